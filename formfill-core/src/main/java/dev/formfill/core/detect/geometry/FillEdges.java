package dev.formfill.core.detect.geometry;

import dev.formfill.core.Box;
import dev.formfill.core.content.DrawnRect;
import java.util.List;

/**
 * The edges of filled boxes that read as lines: a tinted box on white, a white box on a tint. Where
 * two tinted fills of one colour meet, the seam is invisible (a page's tint drawn as two panels), so
 * that edge is no line. White boxes keep their seams: side by side on a tint they are the cells of
 * one row, each a blank of its own.
 */
final class FillEdges {

    /** Fills whose luminance differs by less than this look the same. */
    private static final double SAME_SHADE = 0.01;
    /** Fills this close (pt) meet. */
    private static final double TOUCH_PT = 0.5;
    /** The thickness given to an edge. */
    private static final double EDGE_THICK = 0.3;

    private FillEdges() {
    }

    /**
     * Adds the visible edges of the boxes (page points, displayed) to the horizontal and vertical segments.
     *
     * @param edged the fills whose edges may read as lines
     * @param fills every filled rectangle of the page, which may continue one of them
     */
    static void add(List<DrawnRect> edged, List<DrawnRect> fills, double w, double h, List<Seg> hs, List<Seg> vs) {
        List<DrawnRect> tints = fills.stream().filter(f -> !f.whiteFill()).toList(); // what may continue a tinted fill
        for (DrawnRect r : edged) {
            Box b = r.box();
            double x0 = b.x0() * w, y0 = b.y0() * h, x1 = b.x1() * w, y1 = b.y1() * h;
            if (!sealed(r, tints, w, h, true, y0, x0, x1, false)) {
                hs.add(new Seg(true, y0, x0, x1, EDGE_THICK, false));
            }
            if (!sealed(r, tints, w, h, true, y1, x0, x1, true)) {
                hs.add(new Seg(true, y1, x0, x1, EDGE_THICK, false));
            }
            if (!sealed(r, tints, w, h, false, x0, y0, y1, false)) {
                vs.add(new Seg(false, x0, y0, y1, EDGE_THICK, false));
            }
            if (!sealed(r, tints, w, h, false, x1, y0, y1, true)) {
                vs.add(new Seg(false, x1, y0, y1, EDGE_THICK, false));
            }
        }
    }

    /**
     * Whether a fill of the same shade continues across the edge at {@code pos} from {@code a} to
     * {@code b}: one starting where this one ends ({@code far} edge) or ending where it starts.
     */
    private static boolean sealed(DrawnRect r, List<DrawnRect> fills, double w, double h, boolean horizontal, double pos,
            double a, double b, boolean far) {
        if (r.whiteFill()) {
            return false;
        }
        for (DrawnRect o : fills) {
            if (o == r || Math.abs(o.fillLuminance() - r.fillLuminance()) >= SAME_SHADE) {
                continue;
            }
            Box ob = o.box();
            double near = horizontal ? (far ? ob.y0() * h : ob.y1() * h) : (far ? ob.x0() * w : ob.x1() * w);
            double lo = horizontal ? ob.x0() * w : ob.y0() * h, hi = horizontal ? ob.x1() * w : ob.y1() * h;
            if (Math.abs(near - pos) <= TOUCH_PT && lo <= a + TOUCH_PT && hi >= b - TOUCH_PT) {
                return true;
            }
        }
        return false;
    }
}
