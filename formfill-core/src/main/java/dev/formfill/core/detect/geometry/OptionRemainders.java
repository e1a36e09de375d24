package dev.formfill.core.detect.geometry;

import dev.formfill.core.FieldType;
import java.util.ArrayList;
import java.util.List;

/**
 * A question answered with checkboxes ("Marital status: ☐ Married ☐ Single") leaves empty space
 * in its cell after the last option; that space is not a text blank. Only the rest-of-the-cell
 * rule is affected: a drawn line after an option ("☐ Other: ____") stays a field.
 */
final class OptionRemainders {

    private OptionRemainders() {
    }

    static List<Candidate> drop(List<Candidate> cands) {
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
            if (!"cell-right-of-label".equals(c.rule()) || !optionBefore(c, boxes)) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * Whether a list of options (two or more checkboxes) sits on the text box's line, to its left,
     * the nearest within reach. One checkbox before a box is "☐ If yes, who? [____]", a real blank.
     */
    private static boolean optionBefore(Candidate c, List<Candidate> boxes) {
        int options = 0;
        double nearest = Double.MAX_VALUE;
        for (Candidate b : boxes) {
            double cy = (b.y0() + b.y1()) / 2;
            if (cy > c.y0() && cy < c.y1() && b.x1() <= c.x0() + 2 && c.x0() - b.x1() < 400) {
                options++;
                nearest = Math.min(nearest, c.x0() - b.x1());
            }
        }
        return options >= 2 && nearest < 150;
    }
}
