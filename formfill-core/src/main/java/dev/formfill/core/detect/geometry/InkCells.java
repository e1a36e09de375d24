package dev.formfill.core.detect.geometry;

import dev.formfill.core.FieldType;
import java.util.List;

/**
 * Cells of image pages that hold ink the text layer does not know (a scan without recognised text): what
 * is drawn in the cell is read from the ink alone. A label along the cell's top leaves a blank below it; a
 * lone sign at its left ("$", "€") is the unit of the amount written after it, and a short mark at its
 * right end (".00", "%") closes the blank before it. Any other ink makes the cell
 * reading matter, for without words a label and its room cannot be told from a table of text.
 */
final class InkCells {

    /** A unit sign stands at most this far (pt) inside its cell's left side. */
    private static final double UNIT_INDENT_PT = 6;
    /** Ink covering more than this fraction of a column or row of half a point is there. */
    private static final double INKED = PageModel.INKED;
    /** A row with less ink than this is paper under a label. */
    private static final double PAPER_ROW = 0.005;
    /** A cell at most this many body sizes tall (and 6 pt) holds one line of writing. */
    private static final double ONE_LINE = 1.6;
    /** A printed ending stands at least this far (pt) from any other ink of its cell. */
    private static final double ENDING_GAP_PT = 20;
    /** The ink is read inside the cell less this much (pt) of each border. */
    private static final double BORDER_PT = 2.5;

    private InkCells() {
    }

    /** Adds the blank of a cell [xl, xr] x [top, bottom] whose inside holds ink, when there is one. */
    static void read(PageModel.Ink ink, double xl, double top, double xr, double bottom, double fs, List<Candidate> out) {
        double h = bottom - top;
        double y = bottom - BORDER_PT;
        while (y - 1 > top + BORDER_PT && ink.fraction(xl + BORDER_PT, y - 1, xr - BORDER_PT, y) < PAPER_ROW) {
            y -= 1;
        }
        if (bottom - y >= Math.max(8, 0.9 * fs) && y - top <= 0.65 * h) {
            out.add(new Candidate(FieldType.TEXT_BOX, xl + 1, y + 0.5, xr - 1, bottom - 1, 0.55, 0, "cell-below-label", ""));
        } else if (h <= 3 * fs + 6 && h >= Math.max(10, fs)) {
            double wl = firstInkedColumn(ink, xl, top, xr, bottom), wr = lastInkedColumn(ink, xl, top, xr, bottom);
            // a short mark at the right end (".00", "%") closes the blank as the wall would
            // (read in cells one line tall only: a taller cell's writing line is not known without its words)
            double ending = h <= ONE_LINE * fs + 6 ? endingStart(ink, xl, top, xr, bottom, wr, fs) : Double.MAX_VALUE;
            double end = ending < wr ? ending - 1 : xr - 1;
            double unitEnd = ending < wr ? lastInkedColumn(ink, xl, top, ending - 1, bottom) : wr;
            boolean unit = wl - xl <= UNIT_INDENT_PT && unitEnd - wl <= Math.max(6, 0.8 * fs);
            if (ending < wr && wl >= ending - 0.5 && ending - xl >= Math.max(30, 4 * fs)) {
                out.add(new Candidate(FieldType.TEXT_BOX, xl + 1, top + 1, end, bottom - 1, 0.5, 0, "cell-before-ending", ""));
            } else if (unit && end - unitEnd >= Math.max(30, 4 * fs)) {
                out.add(new Candidate(FieldType.TEXT_BOX, unitEnd + 2, top + 1, end, bottom - 1, 0.5, 0, "cell-after-unit", ""));
            }
        }
    }

    /**
     * Where the cell's last run of ink starts when it is a short mark standing at the cell's right end
     * after a wide bare gap, else {@code Double.MAX_VALUE}.
     */
    private static double endingStart(PageModel.Ink ink, double xl, double top, double xr, double bottom, double wr, double fs) {
        if (wr <= xl || xr - wr > Math.max(8, fs)) {
            return Double.MAX_VALUE;
        }
        double x = wr, bare = 0;
        while (x - 0.5 >= xl + BORDER_PT && bare < ENDING_GAP_PT) {
            boolean inked = ink.fraction(x - 0.5, top + BORDER_PT, x, bottom - BORDER_PT) > INKED;
            bare = inked ? 0 : bare + 0.5;
            x -= 0.5;
        }
        double start = x + bare; // the left end of the last run
        return bare >= ENDING_GAP_PT && wr - start <= Math.max(12, 1.6 * fs) ? start : Double.MAX_VALUE;
    }

    /** The left end (pt) of the ink inside a cell, less its borders; the cell's right side when bare. */
    private static double firstInkedColumn(PageModel.Ink ink, double xl, double top, double xr, double bottom) {
        for (double x = xl + BORDER_PT; x + 0.5 <= xr - BORDER_PT; x += 0.5) {
            if (ink.fraction(x, top + BORDER_PT, x + 0.5, bottom - BORDER_PT) > INKED) {
                return x;
            }
        }
        return xr;
    }

    /** The right end (pt) of the ink inside a cell, less its borders; the cell's left side when bare. */
    private static double lastInkedColumn(PageModel.Ink ink, double xl, double top, double xr, double bottom) {
        for (double x = xr - BORDER_PT - 0.5; x >= xl + BORDER_PT; x -= 0.5) {
            if (ink.fraction(x, top + BORDER_PT, x + 0.5, bottom - BORDER_PT) > INKED) {
                return x + 0.5;
            }
        }
        return xl;
    }
}
