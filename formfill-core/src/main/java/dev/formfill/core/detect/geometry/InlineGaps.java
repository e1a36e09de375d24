package dev.formfill.core.detect.geometry;

import dev.formfill.core.FieldType;
import java.util.List;

/**
 * Blanks inside a line of text that only the widget drew, found from the sentence around them:
 * <ul>
 *   <li>a wide bare gap before a word that opens with a comma, semicolon or closing bracket
 *   ("tax year beginning ⎵⎵⎵⎵, 2010, ending ⎵⎵⎵⎵, 20"): text never sets a space before such a mark,
 *   so the gap is where the missing entry goes;</li>
 *   <li>a bare gap after a century "20" or "19" that follows a comma (", 20⎵⎵"): the two digits of a year.</li>
 * </ul>
 * Each gap must be wider than {@value #MIN_GAP_EMS} font sizes and bare: no ink, rule, image or
 * other candidate in it. A short underline in the gap ("20__,") is the blank's own rule, too short
 * for the fill-in line rules; it sets the blank's extent.
 */
final class InlineGaps {

    /** A gap narrower than this many font sizes is spacing, not room for an entry; with its own underline, this many. */
    private static final double MIN_GAP_EMS = 1.5, MIN_UNDERLINED_EMS = 1.0;
    /** A vertical rule this close (pt) to a gap's end ends the gap there. */
    private static final double EDGE_PT = 3;
    /** A year's two digits take at most this many font sizes. */
    private static final double YEAR_EMS = 2.5;
    /** Words this many font sizes apart still belong to one line of a sentence. */
    private static final double LINE_GAP_EMS = 40;

    private InlineGaps() {
    }

    static void find(PageModel m, List<Candidate> existing, List<double[]> images, List<Candidate> out) {
        for (List<Word> line : CellText.lineRuns(m.words, LINE_GAP_EMS)) {
            for (int i = 0; i < line.size(); i++) {
                Word w = line.get(i);
                Candidate c = null;
                if (i > 0 && startsWithClosingMark(w.text())) {
                    Word before = line.get(i - 1);
                    c = gap(m, existing, images, before, before.x1() + 1, w.x0() - 0.5, w.size());
                } else if (i > 0 && isCentury(w.text()) && line.get(i - 1).text().endsWith(",")) {
                    double top = w.y0() + 1, bottom = w.y1() - 1;
                    double end = Math.min(ArrowPrompts.end(m, existing, images, w.x1() + 1, top, bottom, m.width),
                            w.x1() + YEAR_EMS * w.size());
                    c = gap(m, existing, images, w, w.x1() + 0.5, end, w.size());
                }
                if (c != null) {
                    out.add(c);
                }
            }
        }
    }

    /**
     * A blank from x0 to x1 on the word's line when the gap is wide and bare, else null. A short
     * rule under the gap is the blank's own underline: the blank takes its extent, and a narrower
     * gap will do, since the rule shows that something goes there.
     */
    private static Candidate gap(PageModel m, List<Candidate> existing, List<double[]> images, Word w, double x0, double x1,
            double size) {
        double h = w.y1() - w.y0(), top = w.y0() - 0.15 * h, bottom = w.y1() + 0.15 * h;
        for (Seg v : m.vIn(x0, x1)) { // the edge of a box drawn round the whole line, at a gap's end: the gap stops there
            if (v.overlap(w.y0(), w.y1()) > 0.5 * h && Math.min(v.pos() - x0, x1 - v.pos()) <= EDGE_PT) {
                if (v.pos() - x0 < x1 - v.pos()) {
                    x0 = v.pos() + 0.5;
                } else {
                    x1 = v.pos() - 0.5;
                }
            }
        }
        Seg under = underline(m, w, x0, x1);
        if (under != null) {
            x0 = Math.max(x0, under.a());
            x1 = Math.min(x1, under.b());
            bottom = under.pos();
        }
        if (x1 - x0 < (under != null ? MIN_UNDERLINED_EMS : MIN_GAP_EMS) * size
                || !m.bare(x0, w.y0() + 0.1 * h, x1, Math.min(w.y1() - 0.1 * h, bottom - 1), 0, existing, images)) {
            return null;
        }
        return new Candidate(FieldType.TEXT_BOX, x0, top, x1, bottom, 0.5, 0, "inline-gap", w.text());
    }

    /** A rule along the line's foot that lies within the gap and fills most of it, or null. */
    private static Seg underline(PageModel m, Word w, double x0, double x1) {
        double h = w.y1() - w.y0();
        for (Seg s : m.hIn(w.y1() - 0.35 * h, w.y1() + 0.35 * h)) {
            if (s.a() >= x0 - 2 && s.b() <= x1 + 2 && s.length() >= 0.7 * Math.min(x1 - x0, s.length() + 1)) {
                return s;
            }
        }
        return null;
    }

    private static boolean startsWithClosingMark(String text) {
        return !text.isEmpty() && ",;)".indexOf(text.charAt(0)) >= 0;
    }

    private static boolean isCentury(String text) {
        return text.equals("20") || text.equals("19");
    }
}
