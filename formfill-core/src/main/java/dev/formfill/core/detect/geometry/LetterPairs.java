package dev.formfill.core.detect.geometry;

import dev.formfill.core.FieldType;
import java.util.List;

/**
 * Answer letters split by a short divider ("Y | N"): the boxes around the two letters were drawn
 * by the widgets, the flat page keeps only the letters and the stroke between them. Each letter
 * gets a box reaching from the divider outwards, a little taller than the divider and about as wide
 * as tall. The divider must stand free: a rule touching it belongs to a table or a comb.
 */
final class LetterPairs {

    /** Dividers between answer letters are this tall (pt). */
    private static final double MIN_DIVIDER_PT = 8, MAX_DIVIDER_PT = 24;
    /** A letter stands at most this far (pt) from the divider. */
    private static final double MAX_LETTER_GAP_PT = 8;
    private static final double MARGIN_PT = 2;

    private LetterPairs() {
    }

    static void find(PageModel m, List<Candidate> existing, List<Candidate> out) {
        for (Seg v : m.vs) {
            double h = v.length();
            if (v.dashed() || h < MIN_DIVIDER_PT || h > MAX_DIVIDER_PT || touched(m, v)) {
                continue;
            }
            Word left = letter(m, v, true), right = letter(m, v, false);
            if (left == null || right == null) {
                continue;
            }
            double top = v.a() - MARGIN_PT, bottom = v.b() + MARGIN_PT, side = h + 3;
            Candidate a = new Candidate(FieldType.TEXT_BOX, v.pos() - side, top, v.pos(), bottom, 0.5, 0, "letter-pair",
                    left.text());
            Candidate b = new Candidate(FieldType.TEXT_BOX, v.pos(), top, v.pos() + side, bottom, 0.5, 0, "letter-pair",
                    right.text());
            if (free(existing, a) && free(existing, b)) {
                out.add(a);
                out.add(b);
            }
        }
    }

    /** The single letter or digit right beside the divider, centred on it, or null. */
    private static Word letter(PageModel m, Seg v, boolean leftSide) {
        double lo = leftSide ? v.pos() - MAX_LETTER_GAP_PT - 12 : v.pos(), hi = leftSide ? v.pos() : v.pos() + MAX_LETTER_GAP_PT + 12;
        Word found = null;
        for (Word w : m.wordsIn(lo, v.a() - 4, hi, v.b() + 4, 0.5)) {
            double gap = leftSide ? v.pos() - w.x1() : w.x0() - v.pos();
            if (gap < 0 || gap > MAX_LETTER_GAP_PT) {
                continue;
            }
            if (w.text().length() != 1 || !Character.isLetterOrDigit(w.text().charAt(0))
                    || Math.abs(w.cy() - (v.a() + v.b()) / 2) > 0.25 * v.length() || found != null) {
                return null; // anything else beside the divider: not a letter pair
            }
            found = w;
        }
        return found;
    }

    /** Whether a horizontal rule meets the divider (it is part of a table, a box or a comb). */
    private static boolean touched(PageModel m, Seg v) {
        for (Seg s : m.hIn(v.a() - MARGIN_PT, v.b() + MARGIN_PT)) {
            if (s.a() <= v.pos() + MARGIN_PT && s.b() >= v.pos() - MARGIN_PT) {
                return true;
            }
        }
        return false;
    }

    private static boolean free(List<Candidate> existing, Candidate c) {
        for (Candidate o : existing) {
            if (o.intersection(c) > 0.2 * c.area()) {
                return false;
            }
        }
        return true;
    }
}
