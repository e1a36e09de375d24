package dev.formfill.core.detect.geometry;

import dev.formfill.core.FieldType;
import java.util.ArrayList;
import java.util.List;

/**
 * Blanks with no ink of their own: a short caption in small type ("Vorname(n)", "PLZ") with nothing
 * under it for a line's height, on a page region without drawn structure, is the label of a box
 * that only the form's widget drew. The blank runs from the caption to the next caption on its row
 * (or to the text column's right edge) and is one line of writing tall.
 */
final class Captions {

    /** Captions are set at most this fraction of the body size. */
    private static final double SMALL_TYPE = 0.8;
    /** Font sizes read through a PDF's matrices come out a hair off (8.000000000000057 for 8). */
    private static final double SIZE_ROUNDING = 0.01;
    /** The blank under a caption is this tall (pt) at most. */
    private static final double BLANK_PT = 21;
    /** Empty space needed under a caption (pt). */
    private static final double CLEAR_PT = 18;
    /** Gap kept before the next caption on the row (pt). */
    private static final double ROW_GAP_PT = 20;

    private Captions() {
    }

    static void find(PageModel m, List<Candidate> existing, List<double[]> images, List<Candidate> out) {
        double small = SMALL_TYPE * m.bodySize;
        double right = 0;
        for (Word w : m.words) {
            right = Math.max(right, w.x1());
        }
        List<List<Word>> captions = new ArrayList<>();
        for (List<Word> group : CellText.lineRuns(m.words, 2)) {
            Word first = group.get(0), last = group.get(group.size() - 1);
            String text = CellText.text(group);
            if (group.size() > 4 || first.size() > small + SIZE_ROUNDING || text.endsWith(".") || !CellText.hasWord(text)
                    || underRule(m, first.x0(), last.x1(), first.y0())) {
                continue; // a caption printed under a line names that line ("Datum", "Unterschrift")
            }
            captions.add(group);
        }
        for (List<Word> c : captions) {
            Word first = c.get(0);
            double y0 = c.stream().mapToDouble(Word::y1).max().orElse(0) + 1.5;
            double x0 = first.x0();
            double x1 = right + 4;
            for (List<Word> o : captions) {
                Word of = o.get(0);
                if (o != c && Math.abs(of.y0() - first.y0()) < 2 && of.x0() > x0) {
                    x1 = Math.min(x1, of.x0() - ROW_GAP_PT);
                }
            }
            if (x1 - x0 < 40 || !m.bare(x0, y0, x1, y0 + CLEAR_PT, 3, existing, images) || !inkBelow(m, x0, y0, x1)) {
                continue;
            }
            double bottom = y0 + BLANK_PT;
            for (Word w : m.wordsIn(x0, y0, x1, y0 + BLANK_PT + 6, 0.3)) {
                bottom = Math.min(bottom, w.y0() - 6);
            }
            if (bottom - y0 >= 12) {
                out.add(new Candidate(FieldType.TEXT_BOX, x0, y0, x1, bottom, 0.5, 0, "caption-blank", CellText.text(c)));
            }
        }
    }

    /** Whether a rule runs just above the caption, across it. */
    private static boolean underRule(PageModel m, double x0, double x1, double top) {
        for (Seg s : m.hIn(top - 6, top + 1)) {
            if (s.overlap(x0, x1) > 0.5 * (x1 - x0)) {
                return true;
            }
        }
        return false;
    }

    /** Whether text continues below within reach (the caption is not the last thing on the page). */
    private static boolean inkBelow(PageModel m, double x0, double y0, double x1) {
        return !m.wordsIn(0, y0 + CLEAR_PT, m.width, y0 + 120, 0.5).isEmpty();
    }
}
