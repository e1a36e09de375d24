package dev.formfill.core.layout;

import dev.formfill.core.DetectedField;
import dev.formfill.core.FieldNaming;
import dev.formfill.core.FieldType;
import dev.formfill.core.Multiline;
import dev.formfill.core.PrepareOptions;
import dev.formfill.core.content.PageContent;
import dev.formfill.core.detect.PageImage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Post-processing shared by every detector (the geometry detector and ONNX models alike).
 *
 * <p>Per page, while its content is at hand ({@link #processPage}):
 * <ol>
 *   <li><b>snapping</b> (option {@code snapToLines}): box edges move onto nearby drawn rules and
 *       box edges (see {@code Snapper});</li>
 *   <li><b>multiline</b>: tall text boxes take several lines;</li>
 *   <li><b>labels</b>: each field's label is read off the page (same cell, left, column header,
 *       above; a checkbox's option text and its question) and becomes the tooltip
 *       ({@link DetectedField#label()}) and, with {@code FieldNaming.LABELS}, the name
 *       ({@code first_name}, {@code date_of_birth});</li>
 *   <li><b>signature promotion</b> (option {@code useSignatureFields}): a text box on a line
 *       labelled as a signature becomes a {@code SIGNATURE};</li>
 *   <li><b>radio groups</b>: options that evidently exclude each other (Yes/No, "check one") share
 *       a {@link DetectedField#group()}; every other checkbox stays independent.</li>
 * </ol>
 * Then once for the document ({@link #finish}): reading order, and names made unique.
 *
 * <p>Contract with the writer: {@code group()} is the radio field's name, unique in the form and
 * distinct from every field name; a radio option's {@code label()} is its answer ("Yes"), which
 * the writer uses as the export value; any other field's {@code label()} is its tooltip.
 */
public final class FieldLayout {

    /** Per-page post-processing of one detector's output. */
    public List<DetectedField> processPage(PageImage page, List<DetectedField> fields, PrepareOptions options) {
        if (fields.isEmpty()) {
            return fields;
        }
        PageContent content = page.content();
        PageFrame frame = new PageFrame(content);
        List<DetectedField> out = fields;
        if (options.snapToLines()) {
            out = Snapper.apply(out, frame);
        }
        out = MultilineRule.apply(out, options.multiline(), page.geometry().displayHeight());
        return FieldLabels.apply(out, content, frame, options);
    }

    /** Document-wide finishing: reading order, unique and stable names and group names. */
    public List<DetectedField> finish(List<DetectedField> fields, PrepareOptions options) {
        boolean generic = options.fieldNames() == FieldNaming.GENERIC;
        List<DetectedField> ordered = ReadingOrder.sort(fields);
        List<DetectedField> out = new ArrayList<>(ordered.size());
        Set<String> used = new HashSet<>();
        // group names first claim their names, so a field never takes a radio group's name
        Map<String, String> groups = new LinkedHashMap<>();
        int radios = 0;
        int lastPage = -1;
        for (DetectedField f : ordered) {
            if (f.page() != lastPage) {
                lastPage = f.page();
                radios = 0;
            }
            if (f.group() != null && !groups.containsKey(groupKey(f))) {
                radios++;
                String base = generic ? String.format(Locale.ROOT, "radio_%d_%d", f.page() + 1, radios) : f.group();
                groups.put(groupKey(f), claim(base, used));
            }
        }
        int perPageIndex = 0;
        lastPage = -1;
        for (DetectedField f : ordered) {
            if (f.page() != lastPage) {
                lastPage = f.page();
                perPageIndex = 0;
            }
            perPageIndex++;
            String own = generic ? null : f.name();
            String base = own != null && !own.isBlank() ? own : genericName(f, perPageIndex);
            DetectedField named = f.withName(claim(base, used));
            out.add(f.group() == null ? named : named.withGroup(groups.get(groupKey(f))));
        }
        return out;
    }

    /** Radio groups are per page: the same question on two pages makes two groups. */
    private static String groupKey(DetectedField f) {
        return f.page() + "/" + f.group();
    }

    private static String claim(String base, Set<String> used) {
        String name = base;
        for (int n = 2; !used.add(name); n++) {
            name = base + "_" + n;
        }
        return name;
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

        /** A text box this tall (points) has room for two lines of form text: 60 of 78 multiline dev fields, 3 of 1,355 others. */
        static final double MULTILINE_PT = 30;

        static List<DetectedField> apply(List<DetectedField> fields, Multiline mode, double pageHeightPt) {
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
                    // room for two lines, or tall relative to the page's other text boxes
                    case AUTO -> text && (f.box().height() * pageHeightPt >= MULTILINE_PT
                            || (median > 0 && f.box().height() > 2.2 * median));
                };
                out.add(f.withMultiline(m));
            }
            return out;
        }
    }
}
