package dev.formfill.core.detect.geometry;

import dev.formfill.core.FieldType;
import dev.formfill.core.detect.geometry.RasterMarks.Mark;
import java.util.ArrayList;
import java.util.List;

/**
 * Comb rows drawn on a scan as separate small square outlines side by side (character boxes with
 * a little space between them): hollow square components of one size on one baseline at a
 * regular pitch, at least three, become one comb text field. Squares that touch form one
 * component and are left to the line rules.
 */
final class RasterSquareRows {

    /** Character box side range, points. */
    static final double SIDE_MIN_PT = 6;
    static final double SIDE_MAX_PT = 30;
    private static final int MIN_CELLS = 3;

    private RasterSquareRows() {
    }

    /** Whether all four sides of the component's box are drawn (a square outline, not a letter). */
    static boolean outlined(Mark m, byte[] gray, int iw, int threshold) {
        return side(gray, iw, threshold, m.x0(), m.y0(), m.x1(), m.y0(), 1, 0, 0, 1)
                && side(gray, iw, threshold, m.x0(), m.y1(), m.x1(), m.y1(), 1, 0, 0, -1)
                && side(gray, iw, threshold, m.x0(), m.y0(), m.x0(), m.y1(), 0, 1, 1, 0)
                && side(gray, iw, threshold, m.x1(), m.y0(), m.x1(), m.y1(), 0, 1, -1, 0);
    }

    /**
     * Along a box side from (x0,y0) to (x1,y1) stepping (dx,dy), at least 85% of the positions have
     * a dark pixel on the side or up to two pixels inwards (ix,iy): strokes of a skewed scan wander.
     */
    static boolean side(byte[] gray, int iw, int threshold, int x0, int y0, int x1, int y1, int dx, int dy,
                                int ix, int iy) {
        int n = 0, dark = 0;
        for (int x = x0, y = y0; x <= x1 && y <= y1; x += dx, y += dy) {
            n++;
            for (int k = 0; k <= 2; k++) {
                if ((gray[(y + k * iy) * iw + x + k * ix] & 0xff) < threshold) {
                    dark++;
                    break;
                }
            }
        }
        return dark >= 0.85 * n;
    }

    /** Comb candidates (displayed points) from the page's components on a {@code iw}-wide luminance raster. */
    static List<Candidate> find(List<Mark> comps, byte[] gray, int iw, int threshold, double sx, double sy) {
        List<Mark> sq = new ArrayList<>();
        for (Mark m : comps) {
            double w = m.w() / sx, h = m.h() / sy;
            // hollow: an outline's pixels are a small part of its box
            if (w >= SIDE_MIN_PT && h >= SIDE_MIN_PT && w <= SIDE_MAX_PT && h <= SIDE_MAX_PT
                    && Math.max(w / h, h / w) <= 1.35 && m.pixels() <= 0.45 * m.w() * m.h()
                    && outlined(m, gray, iw, threshold)) {
                sq.add(m);
            }
        }
        // baseline rows: same top and bottom within a little, same size
        sq.sort((a, b) -> a.y0() != b.y0() ? Integer.compare(a.y0(), b.y0()) : Integer.compare(a.x0(), b.x0()));
        boolean[] used = new boolean[sq.size()];
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < sq.size(); i++) {
            if (used[i]) {
                continue;
            }
            Mark a = sq.get(i);
            double tol = Math.max(2, 0.15 * a.h());
            List<Mark> row = new ArrayList<>();
            for (int j = i; j < sq.size(); j++) {
                Mark b = sq.get(j);
                if (b.y0() - a.y0() > tol) {
                    break;
                }
                if (!used[j] && Math.abs(b.y1() - a.y1()) <= tol && Math.abs(b.w() - a.w()) <= tol) {
                    row.add(b);
                }
            }
            row.sort((p, q) -> Integer.compare(p.x0(), q.x0()));
            // regular runs along the row: the gap between boxes small next to their width
            int k = 0;
            while (k < row.size()) {
                int e = k;
                while (e + 1 < row.size()) {
                    Mark p = row.get(e), q = row.get(e + 1);
                    double gap = q.x0() - p.x1() - 1;
                    double pitch0 = row.get(k + 1).x0() - row.get(k).x0();
                    double pitch = q.x0() - p.x0();
                    if (gap < 0 || gap > 0.6 * p.w() || Math.abs(pitch - pitch0) > tol) {
                        break;
                    }
                    e++;
                }
                if (e - k + 1 >= MIN_CELLS) {
                    Mark f = row.get(k), l = row.get(e);
                    int y0 = Integer.MAX_VALUE, y1 = Integer.MIN_VALUE;
                    for (int m = k; m <= e; m++) {
                        y0 = Math.min(y0, row.get(m).y0());
                        y1 = Math.max(y1, row.get(m).y1() + 1);
                        used[sq.indexOf(row.get(m))] = true;
                    }
                    out.add(new Candidate(FieldType.TEXT_BOX, f.x0() / sx, y0 / sy, (l.x1() + 1) / sx, y1 / sy, 0.85,
                            e - k + 1, "raster-squares", ""));
                }
                k = e + 1;
            }
        }
        return out;
    }
}
