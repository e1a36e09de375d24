package dev.formfill.core.layout;

import dev.formfill.core.DetectedField;
import dev.formfill.core.FieldType;
import dev.formfill.core.Multiline;
import dev.formfill.core.PrepareOptions;
import dev.formfill.core.detect.PageImage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Post-processing shared by every detector: per page while the page is at hand (snapping,
 * labels, signature promotion, multiline), then once for the document (reading order, unique names).
 */
public final class FieldLayout {

    /** Per-page post-processing of one detector's output. */
    public List<DetectedField> processPage(PageImage page, List<DetectedField> fields, PrepareOptions options) {
        return MultilineRule.apply(fields, options.multiline());
    }

    /** Document-wide finishing: reading order and unique, stable names. */
    public List<DetectedField> finish(List<DetectedField> fields, PrepareOptions options) {
        List<DetectedField> ordered = ReadingOrder.sort(fields);
        List<DetectedField> out = new ArrayList<>(ordered.size());
        Set<String> used = new HashSet<>();
        int[] perPageIndex = new int[1];
        int lastPage = -1;
        for (DetectedField f : ordered) {
            if (f.page() != lastPage) {
                lastPage = f.page();
                perPageIndex[0] = 0;
            }
            perPageIndex[0]++;
            String base = f.name() != null && !f.name().isBlank() ? f.name() : genericName(f, perPageIndex[0]);
            String name = base;
            for (int n = 2; !used.add(name); n++) {
                name = base + "_" + n;
            }
            out.add(f.withName(name));
        }
        return out;
    }

    static String genericName(DetectedField f, int index) {
        String prefix = switch (f.type()) {
            case TEXT_BOX -> "textbox";
            case CHOICE_BUTTON -> "checkbox";
            case SIGNATURE -> "signature";
        };
        return String.format(Locale.ROOT, "%s_%d_%d", prefix, f.page() + 1, index);
    }

    /** Multiline decision, kept separate so it can grow. */
    static final class MultilineRule {
        private MultilineRule() {
        }

        static List<DetectedField> apply(List<DetectedField> fields, Multiline mode) {
            List<Double> heights = new ArrayList<>();
            for (DetectedField f : fields) {
                if (f.type() == FieldType.TEXT_BOX && f.combCells() == 0) {
                    heights.add(f.box().height());
                }
            }
            heights.sort(Double::compare);
            double median = heights.isEmpty() ? 0 : heights.get(heights.size() / 2);
            List<DetectedField> out = new ArrayList<>(fields.size());
            for (DetectedField f : fields) {
                boolean text = f.type() == FieldType.TEXT_BOX && f.combCells() == 0;
                boolean m = switch (mode) {
                    case ON -> text;
                    case OFF -> false;
                    // tall relative to the page's other text boxes: room for at least two lines
                    case AUTO -> text && median > 0 && f.box().height() > 2.2 * median;
                };
                out.add(f.withMultiline(m));
            }
            return out;
        }
    }
}
