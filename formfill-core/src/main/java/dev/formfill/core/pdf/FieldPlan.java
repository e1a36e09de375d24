package dev.formfill.core.pdf;

import dev.formfill.core.Box;
import dev.formfill.core.DetectedField;
import dev.formfill.core.FieldType;
import dev.formfill.core.PrepareOptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the writer will create, decided before touching the document: which detections become
 * fields, their final unique names, and which checkboxes form one radio group. The same plan
 * gives the names {@code detect} reports and the names {@code write} writes.
 */
final class FieldPlan {

    private static final Logger LOG = LoggerFactory.getLogger(FieldPlan.class);

    /** Below this size (points) a widget cannot be clicked or shown: such detections are dropped. */
    static final float MIN_SIDE_PT = 1f;
    /** A detection overlapping a kept existing widget this much is that widget seen again. */
    static final double SAME_WIDGET_IOU = 0.5;

    /** One field to create: a single widget, or a radio group of several. */
    record Entry(String name, FieldType type, List<DetectedField> widgets, String[] onStates) {
        boolean isRadio() {
            return onStates != null;
        }
    }

    private final List<Entry> entries;
    private final List<DetectedField> named;

    private FieldPlan(List<Entry> entries, List<DetectedField> named) {
        this.entries = entries;
        this.named = named;
    }

    List<Entry> entries() {
        return entries;
    }

    /**
     * The detections that will be written, in order, carrying their final field names (for radio
     * options: the option's own name, and the radio field's final name as group).
     */
    List<DetectedField> named() {
        return named;
    }

    static FieldPlan of(PDDocument doc, List<DetectedField> fields, PrepareOptions options) {
        List<DetectedField> usable = new ArrayList<>();
        Map<Integer, List<Box>> existing = new HashMap<>();
        for (DetectedField f : fields) {
            if (f.page() >= doc.getNumberOfPages() || tooSmall(doc, f)) {
                LOG.debug("dropped a detection too small to use or off the document: {}", f);
                continue;
            }
            if (options.keepExistingFields()) {
                List<Box> kept = existing.computeIfAbsent(f.page(), p -> ExistingForm.widgetBoxes(doc.getPage(p)));
                if (kept.stream().anyMatch(b -> b.iou(f.box()) > SAME_WIDGET_IOU)) {
                    LOG.debug("dropped a detection that is a kept widget seen again: {}", f);
                    continue;
                }
            }
            usable.add(f);
        }
        Set<String> reserved = options.keepExistingFields() ? ExistingForm.topLevelNames(doc) : Set.of();
        return build(usable, new FieldNames(reserved));
    }

    private static FieldPlan build(List<DetectedField> fields, FieldNames names) {
        Map<String, List<DetectedField>> groups = new LinkedHashMap<>();
        for (DetectedField f : fields) {
            if (isGrouped(f)) {
                groups.computeIfAbsent(f.group(), g -> new ArrayList<>()).add(f);
            }
        }
        List<Entry> entries = new ArrayList<>();
        Map<DetectedField, String> finalName = new IdentityHashMap<>();
        Map<String, Boolean> groupDone = new HashMap<>();
        for (DetectedField f : fields) {
            List<DetectedField> members = isGrouped(f) ? groups.get(f.group()) : null;
            if (members != null && members.size() > 1) {
                if (groupDone.putIfAbsent(f.group(), true) != null) {
                    continue;
                }
                String name = names.claim(f.group(), "radio_" + (f.page() + 1));
                List<String> labels = members.stream().map(DetectedField::label).toList();
                List<String> optionNames = members.stream().map(DetectedField::name).toList();
                entries.add(new Entry(name, FieldType.CHOICE_BUTTON, List.copyOf(members),
                        FieldNames.onStates(labels, optionNames)));
            } else {
                String name = names.claim(f.name(), FieldNames.generic(f));
                entries.add(new Entry(name, f.type(), List.of(f), null));
                finalName.put(f, name);
            }
        }
        List<DetectedField> named = new ArrayList<>();
        for (Entry e : entries) {
            for (DetectedField w : e.widgets()) {
                // a radio option keeps its own name; its group carries the PDF field's name
                named.add(e.isRadio() ? w.withGroup(e.name()) : w.withName(finalName.get(w)));
            }
        }
        return new FieldPlan(entries, named);
    }

    private static boolean isGrouped(DetectedField f) {
        return f.type() == FieldType.CHOICE_BUTTON && f.group() != null && !f.group().isBlank();
    }

    private static boolean tooSmall(PDDocument doc, DetectedField f) {
        PDRectangle r = PageGeometry.of(doc.getPage(f.page())).toUserSpace(f.box().clipToUnit());
        return r.getWidth() < MIN_SIDE_PT || r.getHeight() < MIN_SIDE_PT;
    }
}
