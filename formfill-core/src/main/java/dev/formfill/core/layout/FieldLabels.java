package dev.formfill.core.layout;

import dev.formfill.core.Box;
import dev.formfill.core.DetectedField;
import dev.formfill.core.FieldNaming;
import dev.formfill.core.FieldType;
import dev.formfill.core.PrepareOptions;
import dev.formfill.core.content.PageContent;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads each field's label off the page and acts on it: the tooltip (full label text), the name
 * (its identifier, with {@link FieldNaming#LABELS}), signature promotion of text fields labelled
 * as signatures, and names and radio groups for runs of checkboxes (see {@link ChoiceGroups}).
 */
final class FieldLabels {

    /** A signature line is at least this wide (points): a short box labelled "Signed" is a date or initials. */
    private static final double MIN_SIGNATURE_WIDTH_PT = 60;
    /** A box's own caption starts within this many of its line heights of the box's left end. */
    private static final double OWN_CAPTION_INSET = 1.5;

    private FieldLabels() {
    }

    static List<DetectedField> apply(List<DetectedField> fields, PageContent content, PageFrame frame, PrepareOptions options) {
        if (fields.isEmpty() || !frame.usable()) {
            return fields;
        }
        List<Box> boxes = new ArrayList<>(fields.size());
        for (DetectedField f : fields) {
            boxes.add(frame.toPoints(f.box()));
        }
        PageText text = PageText.of(content.words(), frame, boxes);
        LabelFinder finder = new LabelFinder(text, frame, boxes);
        boolean named = options.fieldNames() == FieldNaming.LABELS;

        List<DetectedField> out = new ArrayList<>(fields);
        LabelFinder.Label[] labels = new LabelFinder.Label[out.size()];
        for (int i = 0; i < out.size(); i++) {
            labels[i] = finder.find(boxes.get(i), out.get(i).type());
        }
        CharacterCells.shareLabels(out, boxes, labels, finder);
        List<ChoiceGroups.Option> options2 = new ArrayList<>();
        List<Box> nonButtons = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            DetectedField f = out.get(i);
            Box b = boxes.get(i);
            LabelFinder.Label label = labels[i];
            String tip = label == null ? null : Identifiers.tooltip(label.text());
            if (f.type() == FieldType.CHOICE_BUTTON) {
                options2.add(new ChoiceGroups.Option(i, b, tip, finder.ringAt(b)));
            } else {
                nonButtons.add(b);
                if (f.type() == FieldType.TEXT_BOX && options.useSignatureFields() && promotes(f, b, label, finder)) {
                    f = f.withType(FieldType.SIGNATURE).withMultiline(false);
                }
            }
            // the label read here wins; a detector's own label is the fallback
            if (tip != null) {
                f = f.withLabel(tip);
            } else if (f.label() != null) {
                f = f.withLabel(Identifiers.tooltip(f.label()));
            }
            if (named && f.name() == null) {
                String id = f.label() == null ? null : Identifiers.of(f.label());
                if (id == null && f.type() == FieldType.SIGNATURE) {
                    id = "signature";
                }
                f = f.withName(id);
            }
            out.set(i, f);
        }
        java.util.Set<String> pageGroups = new java.util.HashSet<>();
        for (ChoiceGroups.Run run : ChoiceGroups.find(options2, nonButtons, finder)) {
            String question = Identifiers.tooltip(run.question());
            String qid = Identifiers.of(question);
            String group = null;
            if (run.exclusive()) {
                group = qid != null ? qid : Identifiers.of(String.join(" ",
                        run.options().stream().map(ChoiceGroups.Option::text).toList()));
                if (group == null) {
                    group = "radio";
                }
                // two runs on one page are two groups even when their questions read alike
                String base = group;
                for (int n = 2; !pageGroups.add(group); n++) {
                    group = base + "_" + n;
                }
            }
            for (ChoiceGroups.Option o : run.options()) {
                DetectedField f = out.get(o.index());
                if (group != null) {
                    // a radio option's label is its own answer: the writer makes it the export value
                    f = f.withLabel(o.text());
                } else if (question != null) {
                    f = f.withLabel(o.text() == null ? question : question + ": " + o.text());
                }
                if (named && (f.name() == null || question != null)) {
                    f = f.withName(join(qid, Identifiers.of(o.text())));
                }
                if (group != null && f.group() == null) {
                    f = f.withGroup(group);
                }
                out.set(o.index(), f);
            }
        }
        return out;
    }

    /** question_option, the question part shortened so the option survives the length cap. */
    private static String join(String question, String option) {
        if (question == null) {
            return option;
        }
        if (option == null) {
            return question;
        }
        int room = Identifiers.MAX_LENGTH - option.length() - 1;
        String q = question;
        if (q.length() > room) {
            int cut = room > 0 ? q.lastIndexOf('_', room) : -1;
            q = cut > 0 ? q.substring(0, cut) : (room > 3 ? q.substring(0, room) : "");
        }
        return q.isEmpty() ? option : q + "_" + option;
    }

    /** A text field on a line whose label (or caption below) asks for a signature. */
    private static boolean promotes(DetectedField f, Box b, LabelFinder.Label label, LabelFinder finder) {
        if (f.combCells() > 0 || b.width() < MIN_SIGNATURE_WIDTH_PT || b.width() < 2.5 * b.height()) {
            return false;
        }
        if (label != null && label.source() != LabelFinder.Source.BELOW) {
            return SignatureLabels.isSignature(label.text()) || captionIsSignature(b, finder, label);
        }
        return label != null && SignatureLabels.isSignature(label.text());
    }

    /** Whether the caption stands right over the box's left end, as a box's own caption does. */
    private static boolean ownCaption(Box b, Box caption) {
        double lineHeight = caption.height();
        return Math.abs(caption.x0() - b.x0()) <= OWN_CAPTION_INSET * lineHeight && b.y0() - caption.y1() <= lineHeight;
    }

    /** The caption under a signature line, when the label found first is a generic one above or left. */
    private static boolean captionIsSignature(Box b, LabelFinder finder, LabelFinder.Label label) {
        if (label.source() == LabelFinder.Source.CELL || label.source() == LabelFinder.Source.HEADER) {
            return false; // a table cell belongs to its column, not to a caption printed under the table
        }
        if (label.source() == LabelFinder.Source.ABOVE && ownCaption(b, label.box())) {
            return false; // a box with its caption at its top left: the caption under it heads the next box
        }
        LabelFinder.Label below = finder.below(b);
        // the caption is printed under the line; one that only reaches under its end is a neighbour's
        return below != null && below.box().centerX() > b.x0() && below.box().centerX() < b.x1()
                && SignatureLabels.isSignature(below.text());
    }
}
