package dev.formfill.core.detect.geometry;

import dev.formfill.core.FieldType;
import java.util.ArrayList;
import java.util.List;

/**
 * A cell's top edge: the nearest rule above its floor that spans the column, or rules of one height
 * broken by narrow gaps between side-by-side columns ("List B", "List C" sharing one floor), which
 * close the cell together. Each piece then tops a column of its own, so the blank under the
 * columns' captions is one blank per piece.
 */
final class Ceilings {

    /** Pieces closer than this (pt) are one rule drawn in parts. */
    private static final double MIN_GAP_PT = 2;

    private Ceilings() {
    }

    /**
     * The nearest horizontal segment above the floor that spans [xl, xr] (allowing for rounded
     * corners), or the pieces at one height that span it together (on drawn pages only: lines
     * read off a scan break wherever the image is faint), or null.
     */
    static Seg over(PageModel m, Seg f, double xl, double xr, double maxCell, double corner) {
        List<Seg> above = m.hIn(f.pos() - maxCell, f.pos() - 3);
        double need = Math.max(0.5 * (xr - xl), 0.9 * (xr - xl) - 2 * corner);
        double nearest = Double.NEGATIVE_INFINITY; // the height of the rule over the column nearest the floor
        for (Seg o : above) {
            if (o.overlap(xl, xr) > 0) {
                nearest = Math.max(nearest, o.pos());
            }
        }
        for (int i = above.size() - 1; i >= 0; i--) {
            Seg c = above.get(i);
            if (c.overlap(xl + 1, xr - 1) >= need) {
                return c;
            }
            if (m.ink != null || c.pos() + 0.5 < nearest) {
                continue; // pieces farther up would have a rule between them and the floor
            }
            double together = 0, a = c.a(), b = c.b();
            int pieces = 0;
            for (Seg o : above) {
                double overlap = o.overlap(xl + 1, xr - 1);
                if (Math.abs(o.pos() - c.pos()) <= 0.5 && overlap > 0) {
                    together += overlap;
                    pieces++;
                    a = Math.min(a, o.a());
                    b = Math.max(b, o.b());
                }
            }
            if (pieces >= 2 && together >= need) {
                return new Seg(true, c.pos(), a, b, c.thick(), c.dashed());
            }
        }
        return null;
    }

    /** The pieces ({x0, x1}) of rule at the ceiling's height over [xl, xr], left to right; one piece for a whole rule. */
    static List<double[]> pieces(PageModel m, Seg ceil, double xl, double xr) {
        List<double[]> pieces = new ArrayList<>();
        for (Seg s : m.hIn(ceil.pos() - 0.5, ceil.pos() + 0.5)) {
            if (s.overlap(xl + 1, xr - 1) > 0) {
                pieces.add(new double[] {Math.max(xl, s.a()), Math.min(xr, s.b())});
            }
        }
        pieces.sort((p, q) -> Double.compare(p[0], q[0]));
        List<double[]> merged = new ArrayList<>(); // overlapping rules (a box's edge on a table's rule) are one piece
        for (double[] p : pieces) {
            double[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && p[0] <= last[1] + MIN_GAP_PT) {
                last[1] = Math.max(last[1], p[1]);
            } else {
                merged.add(p);
            }
        }
        return merged;
    }

    /**
     * One blank per piece under the captions that stand on it, or an empty list when the ceiling is
     * one rule or a piece has no caption of its own (then the cell is one blank).
     *
     * @param inside the words in the cell, all at its top
     * @param bottom the cell's floor
     */
    static List<Candidate> blanksUnder(PageModel m, Seg ceil, double xl, double xr, List<Word> inside, double bottom,
            int comb) {
        List<double[]> pieces = pieces(m, ceil, xl, xr);
        List<Candidate> blanks = new ArrayList<>();
        if (pieces.size() < 2) {
            return blanks;
        }
        for (double[] p : pieces) {
            List<Word> caption = inside.stream().filter(w -> w.cx() > p[0] && w.cx() < p[1]).toList();
            if (caption.isEmpty()) {
                return List.of();
            }
            double below = caption.stream().mapToDouble(Word::y1).max().orElse(bottom);
            blanks.add(new Candidate(FieldType.TEXT_BOX, p[0] + 1, below + 0.5, p[1] - 1, bottom - 1, 0.6,
                    comb, "cell-below-label", CellText.text(caption)));
        }
        return blanks;
    }
}
