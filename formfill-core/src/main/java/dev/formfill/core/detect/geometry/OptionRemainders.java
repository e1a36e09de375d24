package dev.formfill.core.detect.geometry;

import dev.formfill.core.FieldType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A question answered with checkboxes ("Marital status: ☐ Married ☐ Single") leaves empty space
 * in its cell after the last option; that space is not a text blank. Only the rest-of-the-cell
 * rule is affected: a drawn line after an option ("☐ Other: ____") stays a field, and so does the
 * room after an "Other" option, where the filler says what.
 */
final class OptionRemainders {

    /** "☐ Other ____", "☐ Autre": the option that asks the filler to say what, in the room after it. */
    private static final Pattern OTHER = Pattern.compile(
            "^(other|others|autre|autres|andere|anderes|sonstige|sonstiges|otro|otra|otros|altro|altri|outro|outra)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private OptionRemainders() {
    }

    /** Whether the candidate is the room after an "Other" option, where the filler says what. */
    static boolean asksWhat(Candidate c) {
        return OTHER.matcher(c.label().strip()).find();
    }

    static List<Candidate> drop(List<Candidate> cands, PageModel model) {
        List<Candidate> boxes = new ArrayList<>();
        for (Candidate c : cands) {
            if (c.type() == FieldType.CHOICE_BUTTON) {
                boxes.add(c);
            }
        }
        if (boxes.isEmpty()) {
            return cands;
        }
        List<Candidate> out = new ArrayList<>(cands.size());
        for (Candidate c : cands) {
            if (!"cell-right-of-label".equals(c.rule()) || c.label().strip().endsWith(":") || asksWhat(c)
                    || !optionBefore(c, boxes, model)) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * Whether the text box follows checkbox options on its line: a list of two or more within
     * reach, or a single one in the same cell (no drawn separator between it and the box). A box
     * after a prompt ending in ":" ("☐ Other (specify): ____") is kept by the caller, and so is one
     * set apart by a rule ("☐ If yes, who? [____]").
     */
    private static boolean optionBefore(Candidate c, List<Candidate> boxes, PageModel model) {
        int options = 0;
        Candidate nearest = null;
        for (Candidate b : boxes) {
            double cy = (b.y0() + b.y1()) / 2;
            if (cy > c.y0() && cy < c.y1() && b.x1() <= c.x0() + 2 && c.x0() - b.x1() < 400) {
                options++;
                if (nearest == null || b.x1() > nearest.x1()) {
                    nearest = b;
                }
            }
        }
        if (nearest == null || c.x0() - nearest.x1() >= 150) {
            return false;
        }
        return options >= 2 || !separated(nearest, c, model);
    }

    /** Whether a vertical rule stands between the checkbox and the text box, across the box's line. */
    private static boolean separated(Candidate box, Candidate c, PageModel model) {
        double y = (c.y0() + c.y1()) / 2;
        for (Seg v : model.vIn(box.x1() + 0.5, c.x0() + 1.5)) {
            if (v.a() <= y && v.b() >= y) {
                return true;
            }
        }
        return false;
    }
}
