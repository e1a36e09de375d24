package dev.formfill.core.pdf;

import dev.formfill.core.Box;
import dev.formfill.core.DetectedField;
import dev.formfill.core.FieldType;
import dev.formfill.core.PrepareOptions;
import dev.formfill.core.detect.FieldDetector;
import dev.formfill.core.detect.PageImage;
import java.util.List;

/**
 * A real {@link FieldDetector} that "finds" the same fields on every page: a text box, a comb
 * box, a checkbox, a two-option radio group and a signature line. It lets writer and pipeline
 * tests run end to end on any PDF without depending on what a learned or geometric detector finds.
 */
public final class FixedBoxDetector implements FieldDetector {

    /** The name to select it with ({@code PrepareOptions.model}). */
    public static final String NAME = "fixed-boxes";
    /** Fields (PDF fields, the radio group counted once) per page. */
    public static final int FIELDS_PER_PAGE = 5;
    /** Widgets per page. */
    public static final int WIDGETS_PER_PAGE = 6;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<DetectedField> detect(PageImage page, PrepareOptions options) {
        return fields(page.pageIndex());
    }

    /** The fields it returns for page {@code p}. */
    public static List<DetectedField> fields(int p) {
        String group = "pick_" + (p + 1);
        return List.of(
                DetectedField.of(p, FieldType.TEXT_BOX, new Box(0.10, 0.05, 0.45, 0.08), 0.9).withLabel("Name"),
                DetectedField.of(p, FieldType.TEXT_BOX, new Box(0.55, 0.05, 0.90, 0.08), 0.8).withCombCells(6),
                DetectedField.of(p, FieldType.CHOICE_BUTTON, new Box(0.10, 0.12, 0.13, 0.14), 0.7),
                DetectedField.of(p, FieldType.CHOICE_BUTTON, new Box(0.20, 0.12, 0.22, 0.14), 0.7).withGroup(group).withLabel("A"),
                DetectedField.of(p, FieldType.CHOICE_BUTTON, new Box(0.30, 0.12, 0.32, 0.14), 0.7).withGroup(group).withLabel("B"),
                DetectedField.of(p, FieldType.SIGNATURE, new Box(0.10, 0.90, 0.45, 0.95), 0.6));
    }

    /** The boxes it returns on any page, in the order above. */
    public static List<Box> boxes() {
        return fields(0).stream().map(DetectedField::box).toList();
    }
}
