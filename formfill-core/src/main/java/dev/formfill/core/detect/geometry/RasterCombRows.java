package dev.formfill.core.detect.geometry;

import dev.formfill.core.FieldType;
import dev.formfill.core.detect.geometry.RasterMarks.Mark;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Comb rows on scans whose character cells are drawn only as small marks (dots or ticks at the
 * cell corners, dotted cell outlines): no continuous line exists for the line rules to find.
 *
 * <p>Small dark components are grouped into horizontal rows of marks. A <em>boundary run</em> is a
 * stretch of a row with a regular pitch the size of a character cell (at least three cells). The
 * rows above and below holding marks at the same x positions are the same cells' other corners or
 * side dots; a row that also has marks between the boundaries is a dotted top or bottom edge and
 * closes the cell. The stack from top to bottom edge gives the cell height; one comb text field is
 * emitted per run with one cell per pitch. Where the dotted edges leave an interval open the run is
 * split (groups of a date); runs of one or two cells need evenly dotted edges on both sides; cells
 * that hold ink are not blanks (a row of small letters can mimic a pitch). Separate square outlines
 * in a row are handed to {@link RasterSquareRows} from the same component pass.
 *
 * <p>Cost: one luminance pass, one run-labelling pass and work linear in the number of marks.
 */
final class RasterCombRows {

    /** Luminance below this is a mark on white paper: light-grey dots on scans are far lighter than text. */
    static final int MARK_GRAY = 215;
    /** How far below the paper's own luminance a mark must be. */
    private static final int PAPER_MARGIN = 30;
    /** Largest mark, points: a dot or a short tick, not a letter. */
    private static final double MARK_MAX_PT = 3.2;
    /** Character cell pitch range, points. */
    private static final double PITCH_MIN_PT = 6;
    private static final double PITCH_MAX_PT = 36;
    private static final int MIN_CELLS = 3;

    private RasterCombRows() {
    }

    /** A row of marks at one height, sorted by x (pixel centres). */
    private record Row(double cy, double[] xs) {
        boolean hasNear(double x, double tol) {
            int i = Arrays.binarySearch(xs, x);
            int k = i >= 0 ? i : -i - 1;
            return (k < xs.length && Math.abs(xs[k] - x) <= tol) || (k > 0 && Math.abs(xs[k - 1] - x) <= tol);
        }

        /** Marks strictly between a and b (beyond tol from both). */
        int between(double a, double b, double tol) {
            int c = 0;
            for (double x : xs) {
                if (x > a + tol && x < b - tol) {
                    c++;
                }
            }
            return c;
        }
    }

    /** Comb candidates (displayed points) found on the page image of a page {@code wPt} × {@code hPt}. */
    static List<Candidate> find(GrayRaster page, double wPt, double hPt) {
        double sx = page.width() / wPt, sy = page.height() / hPt;
        int maxPx = Math.max(3, (int) Math.round(MARK_MAX_PT * sx));
        byte[] gray = page.gray();
        int threshold = threshold(gray);
        List<Mark> comps = RasterMarks.find(gray, page.width(), page.height(), threshold,
                (int) Math.ceil(RasterSquareRows.SIDE_MAX_PT * sx));
        List<Mark> marks = new ArrayList<>();
        for (Mark m : comps) {
            if (m.w() <= maxPx && m.h() <= maxPx) {
                marks.add(m);
            }
        }
        List<Row> rows = rows(marks, Math.max(1.5, 0.7 * sy));
        List<Candidate> out = new ArrayList<>(RasterSquareRows.find(comps, gray, page.width(), threshold, sx, sy));
        List<int[]> seen = new ArrayList<>(); // {top row, bottom row, first x px} of emitted combs
        for (int ri = 0; ri < rows.size(); ri++) {
            for (double[] run : runs(rows.get(ri).xs, PITCH_MIN_PT * sx, PITCH_MAX_PT * sx)) {
                for (Candidate c : combs(rows, ri, run, sx, sy, seen)) {
                    if (emptyCells(gray, page.width(), page.height(), threshold, c, sx, sy)) {
                        out.add(c);
                    }
                }
            }
        }
        out.addAll(RasterChoiceMarks.find(comps, gray, page.width(), threshold, sx, sy, out));
        return out;
    }

    /**
     * The mark threshold for this page: {@link #MARK_GRAY}, lowered on grey or yellowed paper so
     * the paper itself is not ink. The paper is the most common luminance of the page.
     */
    static int threshold(byte[] gray) {
        return Math.min(MARK_GRAY, GrayRaster.paper(gray) - PAPER_MARGIN);
    }

    /** Groups marks whose centres follow each other within {@code tol} pixels vertically into rows. */
    private static List<Row> rows(List<Mark> marks, double tol) {
        List<Mark> sorted = new ArrayList<>(marks);
        sorted.sort((a, b) -> Double.compare(a.cy(), b.cy()));
        List<Row> rows = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            int j = i + 1;
            double sum = sorted.get(i).cy();
            // chained by neighbours, not by the mean: a skewed scan or two combs side by side put
            // the marks of one row a pixel or two apart, and the row must not split between them
            while (j < sorted.size() && sorted.get(j).cy() - sorted.get(j - 1).cy() <= tol
                    && sorted.get(j).cy() - sorted.get(i).cy() <= 3 * tol) {
                sum += sorted.get(j).cy();
                j++;
            }
            if (j - i >= 2) {
                double[] xs = new double[j - i];
                for (int k = i; k < j; k++) {
                    xs[k - i] = sorted.get(k).cx();
                }
                Arrays.sort(xs);
                rows.add(new Row(sum / (j - i), xs));
            }
            i = j;
        }
        return rows;
    }

    /**
     * Maximal stretches of marks with a regular spacing in [minPitch, maxPitch] and at least two
     * intervals; each as the array of boundary x positions.
     */
    static List<double[]> runs(double[] xs, double minPitch, double maxPitch) {
        List<double[]> out = new ArrayList<>();
        int i = 0;
        while (i + 1 < xs.length) {
            double p = xs[i + 1] - xs[i];
            if (p < minPitch || p > maxPitch) {
                i++;
                continue;
            }
            List<Double> run = new ArrayList<>(List.of(xs[i], xs[i + 1]));
            int j = i + 1;
            double sum = p;
            while (j + 1 < xs.length) {
                double gap = xs[j + 1] - xs[j], mean = sum / (run.size() - 1);
                double tol = Math.max(1.5, 0.12 * mean);
                if (Math.abs(gap - 2 * mean) <= tol && run.size() >= 3) {
                    run.add(xs[j] + gap / 2); // one mark lost in the scan: the boundary is still there
                } else if (Math.abs(gap - mean) > tol) {
                    break;
                }
                run.add(xs[j + 1]);
                sum += gap;
                j++;
            }
            if (run.size() >= 3 || isolated(xs, i, j, minPitch)) { // short runs must be closed by dotted edges (see combs)
                out.add(run.stream().mapToDouble(Double::doubleValue).toArray());
                i = j;
            } else {
                i++;
            }
        }
        return out;
    }

    /**
     * Whether the single interval xs[i]..xs[j] stands apart from its neighbours in the row: a lone
     * cell's two sides, not a piece of a longer irregular sequence.
     */
    private static boolean isolated(double[] xs, int i, int j, double minPitch) {
        double p = xs[j] - xs[i];
        return (i == 0 || xs[i] - xs[i - 1] > Math.max(minPitch, 0.5 * p))
                && (j + 1 >= xs.length || xs[j + 1] - xs[j] > Math.max(minPitch, 0.5 * p));
    }

    /**
     * Stacks rows sharing the run's boundaries above and below it and emits its combs: one, or
     * several where the dotted edges leave an interval open (a gap between groups of cells, as in
     * a date); none when the stack is no cell row.
     */
    private static List<Candidate> combs(List<Row> rows, int ri, double[] xs, double sx, double sy, List<int[]> seen) {
        int cells = xs.length - 1;
        double pitch = (xs[cells] - xs[0]) / cells;
        double tol = Math.max(2, 0.15 * pitch);
        Row own = rows.get(ri);
        int top = ri, bottom = ri;
        int matched = 1;
        // upwards, then downwards; an edge row (dots between the boundaries) ends the cell
        for (int dir = -1; dir <= 1; dir += 2) {
            int last = ri;
            for (int k = ri + dir; k >= 0 && k < rows.size(); k += dir) {
                Row r = rows.get(k);
                // corner marks alone may be a tall cell apart; side dots of a dotted outline lie closer
                double reach = last == ri ? 1.8 * pitch : 1.2 * pitch;
                if (Math.abs(r.cy - rows.get(last).cy) > reach || Math.abs(r.cy - own.cy) > 2.5 * pitch) {
                    break;
                }
                if (!shares(r, xs, tol)) {
                    continue; // an unrelated row (text, noise) at this height
                }
                last = k;
                matched++;
                if (isEdge(r, xs, tol)) {
                    break; // a dotted edge closes the cell
                }
            }
            if (dir < 0) {
                top = last;
            } else {
                bottom = last;
            }
        }
        if (matched > 2 && !isEdge(rows.get(top), xs, tol) && !isEdge(rows.get(bottom), xs, tol)) {
            // corner marks only: which rows pair up is ambiguous in a column of combs, take the nearest
            int up = nearestSharing(rows, ri, -1, xs, tol), down = nearestSharing(rows, ri, 1, xs, tol);
            boolean useUp = up >= 0 && (down < 0 || own.cy - rows.get(up).cy <= rows.get(down).cy - own.cy);
            top = useUp ? up : ri;
            bottom = useUp ? ri : down;
            matched = 2;
        }
        double y0 = rows.get(top).cy, y1 = rows.get(bottom).cy;
        double h = y1 - y0;
        boolean topEdge = top != ri && isEdge(rows.get(top), xs, tol);
        boolean bottomEdge = bottom != ri && isEdge(rows.get(bottom), xs, tol);
        boolean closed = topEdge && bottomEdge;
        if (matched < 2 || h < 0.5 * pitch || h > 2.5 * pitch || (cells < MIN_CELLS && !closed)
                || (cells == 1 && (matched < 3 || h > 2 * pitch))
                || (cells < MIN_CELLS && !(evenlyDotted(rows.get(top), xs, tol) && evenlyDotted(rows.get(bottom), xs, tol)))) {
            return List.of();
        }
        int x0px = (int) Math.round(xs[0]);
        for (int[] s : seen) {
            if (s[0] == top && s[1] == bottom && Math.abs(s[2] - x0px) <= tol) {
                return List.of();
            }
        }
        seen.add(new int[] {top, bottom, x0px});
        // regularity: spread of the intervals relative to the pitch
        double dev = 0;
        for (int i = 0; i < cells; i++) {
            dev = Math.max(dev, Math.abs(xs[i + 1] - xs[i] - pitch));
        }
        double regular = Math.max(0, 1 - dev / (0.15 * pitch));
        double conf = Math.min(0.95, 0.6 + 0.2 * regular + 0.05 * Math.min(3, matched - 1) + (closed ? 0.05 : 0));
        List<Candidate> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i <= cells; i++) {
            boolean open = i < cells && (topEdge || bottomEdge)
                    && (!topEdge || rows.get(top).between(xs[i], xs[i + 1], tol) == 0)
                    && (!bottomEdge || rows.get(bottom).between(xs[i], xs[i + 1], tol) == 0);
            if (i == cells || open) {
                if (i > from) {
                    out.add(new Candidate(FieldType.TEXT_BOX, xs[from] / sx, y0 / sy, xs[i] / sx, y1 / sy, conf, i - from,
                            "raster-comb", ""));
                }
                from = i + 1;
            }
        }
        return out;
    }

    /**
     * Whether the cells' insides (away from the marks on their outline) are nearly free of ink:
     * a row of small letters can look like a pitch of marks, but then the "cells" hold text.
     */
    private static boolean emptyCells(byte[] gray, int w, int h, int threshold, Candidate c, double sx, double sy) {
        double pitch = c.width() / c.combCells();
        int ink = 0, all = 0;
        int y0 = (int) Math.ceil((c.y0() + 0.22 * c.height()) * sy), y1 = (int) Math.floor((c.y1() - 0.22 * c.height()) * sy);
        for (int i = 0; i < c.combCells(); i++) {
            int x0 = (int) Math.ceil((c.x0() + (i + 0.25) * pitch) * sx);
            int x1 = (int) Math.floor((c.x0() + (i + 0.75) * pitch) * sx);
            for (int y = Math.max(0, y0); y <= Math.min(h - 1, y1); y++) {
                for (int x = Math.max(0, x0); x <= Math.min(w - 1, x1); x++) {
                    all++;
                    if ((gray[y * w + x] & 0xff) < threshold) {
                        ink++;
                    }
                }
            }
        }
        return all > 0 && ink <= 0.03 * all;
    }

    /** The next row in direction {@code dir} that shares the boundaries, within 1.8 pitches; -1 if none. */
    private static int nearestSharing(List<Row> rows, int ri, int dir, double[] xs, double tol) {
        double pitch = (xs[xs.length - 1] - xs[0]) / (xs.length - 1);
        for (int k = ri + dir; k >= 0 && k < rows.size(); k += dir) {
            if (Math.abs(rows.get(k).cy - rows.get(ri).cy) > 1.8 * pitch) {
                return -1;
            }
            if (shares(rows.get(k), xs, tol)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Whether the row's marks from the first to the last boundary are evenly spaced dots (at least
     * two between each pair of boundaries): what a short comb needs as proof beyond chance specks.
     */
    private static boolean evenlyDotted(Row r, double[] xs, double tol) {
        double a = xs[0] - tol, b = xs[xs.length - 1] + tol;
        List<Double> in = new ArrayList<>();
        for (double x : r.xs) {
            if (x >= a && x <= b) {
                in.add(x);
            }
        }
        if (in.size() < 3 * (xs.length - 1) + 1) {
            return false;
        }
        double mean = (in.get(in.size() - 1) - in.get(0)) / (in.size() - 1);
        for (int i = 1; i < in.size(); i++) {
            if (Math.abs(in.get(i) - in.get(i - 1) - mean) > Math.max(1.5, 0.3 * mean)) {
                return false;
            }
        }
        return true;
    }

    /** A dotted top or bottom edge: marks between the boundaries in at least half of the intervals. */
    private static boolean isEdge(Row r, double[] xs, double tol) {
        int filled = 0;
        for (int i = 0; i + 1 < xs.length; i++) {
            if (r.between(xs[i], xs[i + 1], tol) > 0) {
                filled++;
            }
        }
        return 2 * filled >= xs.length - 1;
    }

    /** Whether at least three quarters of the boundaries have a mark in this row. */
    private static boolean shares(Row r, double[] xs, double tol) {
        int hit = 0;
        for (double x : xs) {
            if (r.hasNear(x, tol)) {
                hit++;
            }
        }
        return hit >= Math.ceil(0.75 * xs.length);
    }
}
