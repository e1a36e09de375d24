package dev.formfill.core.detect.geometry;

import java.util.List;

/**
 * Drawn shapes that stand among a form's rules without being part of its cells or fill-in lines: a
 * bracket leading from a checkbox down to its follow-up question, and a checkbox floating inside a
 * table cell. Works on a {@link PageModel}; stateless.
 */
final class StrayShapes {

    /** How far (pt) a cell's side may stand from the column boundary it makes. */
    private static final double SIDE_SLACK_PT = 2.0;
    /** Longest upper arm (pt) of a bracket drawn from a checkbox to its follow-up question. */
    private static final double LEADER_ARM_PT = 12;

    private StrayShapes() {
    }

    /**
     * Whether a horizontal rule is the lower arm of a bracket ("[" drawn from a checkbox down to its
     * follow-up question, "If yes, which months?"): a vertical rises from one end of the rule to an arm
     * on the same side that is short, under half the rule's length and under half the vertical's, and
     * free at its other end. Such a leader is neither a cell's floor nor a fill-in line. A box drawn with
     * three sides has arms of one length; a checkbox in a corner has a side under its top.
     */
    static boolean leaderArm(PageModel m, Seg f) {
        for (double x : new double[] {f.a(), f.b()}) {
            boolean leftEnd = x == f.a();
            for (Seg v : m.vIn(x - 1.5, x + 1.5)) {
                if (Math.abs(v.b() - f.pos()) > 1.5 || v.length() < 6) {
                    continue; // the vertical must rise from the rule's end
                }
                for (Seg arm : m.hIn(v.a() - 1.5, v.a() + 1.5)) {
                    boolean sameSide = Math.abs((leftEnd ? arm.a() : arm.b()) - x) <= 1.5;
                    if (sameSide && arm.length() <= LEADER_ARM_PT && arm.length() < 0.5 * f.length()
                            && v.length() >= 2 * arm.length() && !closedBelow(m, arm, leftEnd ? arm.b() : arm.a())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether a vertical descends from the arm's free end: the arm is a box's top (a checkbox in the corner). */
    private static boolean closedBelow(PageModel m, Seg arm, double x) {
        for (Seg v : m.vIn(x - 1.5, x + 1.5)) {
            if (Math.abs(v.a() - arm.pos()) <= 1.5 && v.length() >= 3) {
                return true;
            }
        }
        return false;
    }

    /** Whether a side of the cell at x is a side of a box floating in the row ({@link #floatingBoxSide}). */
    static boolean besideFloatingBox(PageModel m, List<Seg> rising, Seg f, double x) {
        for (Seg v : rising) {
            if (Math.abs(v.pos() - x) <= SIDE_SLACK_PT && floatingBoxSide(m, v, f)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a vertical is the side of a small box floating in the row above the floor (a checkbox in
     * a table's "✓ if ..." column): a top and a bottom edge of box size meet its ends, and its foot stops
     * short of the floor. The empty room it cuts off beside the box is no blank. Character cells stand on
     * the floor.
     */
    private static boolean floatingBoxSide(PageModel m, Seg v, Seg f) {
        if (f.pos() - v.b() <= 0.5) {
            return false;
        }
        boolean top = false, bottom = false;
        for (Seg h : m.hIn(v.a() - 0.6, v.b() + 0.6)) {
            boolean meets = (Math.abs(h.a() - v.pos()) <= 1 || Math.abs(h.b() - v.pos()) <= 1)
                    && h.length() >= Cells.BOX_MIN && h.length() <= Cells.BOX_MAX;
            top |= meets && Math.abs(h.pos() - v.a()) <= 0.6;
            bottom |= meets && Math.abs(h.pos() - v.b()) <= 0.6;
        }
        return top && bottom;
    }
}
