package dev.formfill.core.detect.geometry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The skew of a scanned page, and the page turned level. A scan fed in a little crooked turns every
 * rule by the same small angle, and a rule across the page then spans several pixel rows, which the
 * line pass reads as pieces at different heights. The angle is the one under which the rows of ink
 * line up best: the projection of the dark pixels onto the turned vertical axis is most peaked (its
 * sum of squares is largest), searched coarse then fine within ±{@value #MAX_DEGREES}°.
 */
final class RasterDeskew {

    /** Steeper than this is a page turned on purpose or a photo, not a feed skew. */
    static final double MAX_DEGREES = 3;
    /** Skews below this (degrees) move a rule across a Letter page by under a point: left alone. */
    static final double MIN_DEGREES = 0.1;
    private static final int DARK = 160;
    /** Runs of one rule stepped apart by the skew left over lie at most this far apart (pt). */
    private static final double STEP_PT = 1.2;
    /** Every other pixel each way is plenty to see the rows; rows are binned by the same step, or the
     * sampled rows would favour the angle 0 (every point on a sampled row). */
    private static final int STEP = 2;

    private RasterDeskew() {
    }

    /** The page's skew in degrees (positive: rules fall to the right, in image coordinates y down). */
    static double angle(GrayRaster page) {
        byte[] g = page.gray();
        int w = page.width(), h = page.height();
        int step = STEP;
        int n = 0;
        int[] xs = new int[1 << 16], ys = new int[1 << 16];
        for (int y = 0; y < h; y += step) {
            for (int x = 0; x < w; x += step) {
                if ((g[y * w + x] & 0xff) < DARK) {
                    if (n == xs.length) {
                        xs = java.util.Arrays.copyOf(xs, 2 * n);
                        ys = java.util.Arrays.copyOf(ys, 2 * n);
                    }
                    xs[n] = x;
                    ys[n] = y;
                    n++;
                }
            }
        }
        if (n < 200) {
            return 0;
        }
        double best = 0, bestScore = score(xs, ys, n, 0, w, h);
        for (double d = -MAX_DEGREES; d <= MAX_DEGREES + 1e-9; d += 0.1) {
            double s = score(xs, ys, n, d, w, h);
            if (s > bestScore) {
                bestScore = s;
                best = d;
            }
        }
        double coarse = best;
        for (double d = coarse - 0.1; d <= coarse + 0.1 + 1e-9; d += 0.02) {
            double s = score(xs, ys, n, d, w, h);
            if (s > bestScore) {
                bestScore = s;
                best = d;
            }
        }
        return best;
    }

    /** Sum of squared counts of the dark pixels per row, rows taken along lines falling by {@code degrees}. */
    private static double score(int[] xs, int[] ys, int n, double degrees, int w, int h) {
        double t = Math.tan(Math.toRadians(degrees));
        int pad = (int) Math.ceil(Math.abs(t) * w / STEP) + 1;
        long[] rows = new long[h / STEP + 2 * pad + 1];
        for (int i = 0; i < n; i++) {
            int r = (int) Math.floor((ys[i] - xs[i] * t) / STEP) + pad;
            if (r >= 0 && r < rows.length) {
                rows[r]++;
            }
        }
        double s = 0;
        for (long c : rows) {
            s += (double) c * c;
        }
        return s;
    }

    /**
     * Rules found on a levelled page, with the pieces of one solid rule joined: what is left of the
     * skew (the angle is found to 0.02°) can step a long rule by a pixel row, into two overlapping runs.
     */
    static List<Seg> joinSteps(List<Seg> segs) {
        List<Seg> byLength = new ArrayList<>(segs);
        byLength.sort(Comparator.comparingDouble(Seg::length).reversed());
        List<Seg> out = new ArrayList<>();
        boolean[] used = new boolean[byLength.size()];
        for (int i = 0; i < byLength.size(); i++) {
            if (used[i]) {
                continue;
            }
            Seg s = byLength.get(i);
            if (s.dashed()) {
                out.add(s); // dotted rows are whole already (their dots chain across a step), and stay the typed blanks they are
                continue;
            }
            double a = s.a(), b = s.b(), weighted = s.pos() * s.length(), length = s.length();
            boolean grew = true;
            while (grew) { // the longest piece takes its neighbours, then theirs
                grew = false;
                for (int j = i + 1; j < byLength.size(); j++) {
                    Seg o = byLength.get(j);
                    if (!used[j] && !o.dashed() && Math.abs(o.pos() - s.pos()) <= STEP_PT
                            && o.a() <= b + 1 && o.b() >= a - 1) {
                        used[j] = true;
                        grew = true;
                        a = Math.min(a, o.a());
                        b = Math.max(b, o.b());
                        weighted += o.pos() * o.length();
                        length += o.length();
                    }
                }
            }
            out.add(new Seg(s.horizontal(), length > 0 ? weighted / length : s.pos(), a, b, s.thick(), s.dashed()));
        }
        return out;
    }

    /**
     * The page turned by {@code -degrees} about its centre, on white: the skew undone. Nearest neighbour:
     * blending would give each rule a gray fringe, which the tinted-box pass reads as boxes.
     */
    static GrayRaster level(GrayRaster page, double degrees) {
        int w = page.width(), h = page.height();
        byte[] src = page.gray(), out = new byte[src.length];
        double t = Math.toRadians(degrees), cos = Math.cos(t), sin = Math.sin(t);
        double cx = w / 2.0, cy = h / 2.0;
        for (int y = 0; y < h; y++) {
            double dy = y + 0.5 - cy;
            for (int x = 0; x < w; x++) {
                double dx = x + 0.5 - cx;
                // where this levelled pixel was on the crooked page
                int sx = (int) Math.floor(cx + cos * dx - sin * dy);
                int sy = (int) Math.floor(cy + sin * dx + cos * dy);
                out[y * w + x] = sx >= 0 && sy >= 0 && sx < w && sy < h ? src[sy * w + sx] : (byte) 255;
            }
        }
        return new GrayRaster(out, w, h);
    }

    /** A candidate found on the levelled page, moved back onto the skewed page (its centre turned back; its size kept). */
    static Candidate back(Candidate c, double degrees, double wPt, double hPt) {
        double[] d = shift((c.x0() + c.x1()) / 2, (c.y0() + c.y1()) / 2, degrees, wPt, hPt);
        return new Candidate(c.type(), c.x0() + d[0], c.y0() + d[1], c.x1() + d[0], c.y1() + d[1], c.conf(), c.combCells(),
                c.rule(), c.label());
    }

    /** A candidate read off the skewed page's text layer, moved onto the levelled page: the inverse of {@link #back}. */
    static Candidate level(Candidate c, double degrees, double wPt, double hPt) {
        return back(c, -degrees, wPt, hPt);
    }

    /** A recognised word of the skewed page, moved onto the levelled page (its centre turned; its size kept). */
    static Word level(Word w, double degrees, double wPt, double hPt) {
        double[] d = shift(w.cx(), w.cy(), -degrees, wPt, hPt);
        return new Word(w.text(), w.x0() + d[0], w.y0() + d[1], w.x1() + d[0], w.y1() + d[1], w.size());
    }

    /** A typed line of the skewed page's text layer ("....."), moved onto the levelled page. */
    static Seg level(Seg s, double degrees, double wPt, double hPt) {
        double mid = (s.a() + s.b()) / 2;
        double[] d = s.horizontal() ? shift(mid, s.pos(), -degrees, wPt, hPt) : shift(s.pos(), mid, -degrees, wPt, hPt);
        double along = s.horizontal() ? d[0] : d[1], across = s.horizontal() ? d[1] : d[0];
        return new Seg(s.horizontal(), s.pos() + across, s.a() + along, s.b() + along, s.thick(), s.dashed());
    }

    /** How far the point moves when the page turns by {@code degrees} about its centre. */
    private static double[] shift(double x, double y, double degrees, double wPt, double hPt) {
        double a = Math.toRadians(degrees), cx = wPt / 2, cy = hPt / 2;
        double rx = x - cx, ry = y - cy;
        return new double[] {cx + rx * Math.cos(a) - ry * Math.sin(a) - x, cy + rx * Math.sin(a) + ry * Math.cos(a) - y};
    }
}
