package dev.formfill.core.detect.geometry;

import java.util.ArrayList;
import java.util.List;

/**
 * Boxes drawn as areas of tint rather than outlines, read off a page image: light gray or coloured
 * answer boxes and checkboxes. Each box is found as a stack of pixel rows holding a tinted run with
 * the same ends, and becomes four segments, as its outline would.
 */
final class RasterTints {

    /** Darker than this is ink, not tint (text on a tint keeps a tinted run going). */
    private static final int TINT_LO = 185;
    /** The lightest luminance that is ever a tint. */
    private static final int TINT_HI = 251;
    /** A tint is at least this many levels darker than the page's paper. */
    private static final int TINT_MARGIN = 4;
    /** Boxes are at least this wide (pt): a checkbox. */
    private static final double MIN_WIDTH_PT = 9;
    /** Boxes are at least this tall (pt). */
    private static final double MIN_HEIGHT_PT = 6;
    /** Share of a run's pixels that must be tint (the rest is text on it). */
    private static final double TINTED_SHARE = 0.7;

    private final byte[] gray;
    private final int iw;
    private final int ih;
    /** Tint is darker than this. */
    private final int tintHi;

    private RasterTints(byte[] gray, int iw, int ih) {
        this.gray = gray;
        this.iw = iw;
        this.ih = ih;
        // a few levels under the paper: a 3% tint on white paper counts, gray paper is no tint
        this.tintHi = Math.min(TINT_HI, GrayRaster.paper(gray) - TINT_MARGIN);
    }

    /**
     * Adds the edges (displayed points) of the page's tinted boxes.
     *
     * @param gray the page image, one luminance byte per pixel
     * @param sx   pixels per point across
     * @param sy   pixels per point down
     */
    static void boxes(byte[] gray, int iw, int ih, double sx, double sy, List<Seg> hs, List<Seg> vs) {
        RasterTints t = new RasterTints(gray, iw, ih);
        int minLen = (int) Math.round(MIN_WIDTH_PT * sx);
        int tol = Math.max(2, (int) Math.round(1.0 * sx));
        for (int[] o : RunStacks.stack(t.ih, y -> t.tintedRuns(y, minLen), tol, false)) {
            add(o, sx, sy, hs, vs);
        }
    }

    private int at(int x, int y) {
        return gray[y * iw + x] & 0xff;
    }

    /** Runs of tint (text on it allowed) at least minLen long in row y: {x0, x1, 0}. */
    private List<int[]> tintedRuns(int y, int minLen) {
        List<int[]> runs = new ArrayList<>();
        int start = -1, tinted = 0;
        for (int x = 0; x <= iw; x++) {
            int g = x < iw ? at(x, y) : 255;
            if (g < tintHi) {
                if (start < 0) {
                    start = x;
                    tinted = 0;
                }
                if (g >= TINT_LO) {
                    tinted++;
                }
            } else if (start >= 0) {
                if (x - start >= minLen && tinted >= TINTED_SHARE * (x - start)) {
                    runs.add(new int[] {start, x - 1, 0});
                }
                start = -1;
            }
        }
        return runs;
    }

    private static void add(int[] o, double sx, double sy, List<Seg> hs, List<Seg> vs) {
        double x0 = o[0] / sx, x1 = (o[1] + 1) / sx, y0 = o[2] / sy, y1 = (o[3] + 1) / sy;
        if (y1 - y0 < MIN_HEIGHT_PT) {
            return;
        }
        hs.add(new Seg(true, y0, x0, x1, 0.3, false));
        hs.add(new Seg(true, y1, x0, x1, 0.3, false));
        vs.add(new Seg(false, x0, y0, y1, 0.3, false));
        vs.add(new Seg(false, x1, y0, y1, 0.3, false));
    }
}
