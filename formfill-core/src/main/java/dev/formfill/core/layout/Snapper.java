package dev.formfill.core.layout;

import dev.formfill.core.Box;
import dev.formfill.core.DetectedField;
import dev.formfill.core.FieldType;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves each edge of a field onto a drawn line when one runs close and parallel to it, so a
 * field lands exactly on its drawn box or underline whatever detector found it.
 *
 * <p>An edge moves to the nearest segment (rule or rectangle edge) that lies within the
 * tolerance across it and runs along at least three quarters of the edge (comb ticks and the
 * borders of neighbouring cells do not). The tolerance is 35% of the
 * field's size across that edge, kept within 2..5 pt: a checkbox moves at most ~3 pt, a text box
 * at most 5 pt, so a field never jumps to the next row. A snap that would shrink the field below
 * 60% of its size on that axis (both edges caught by one line, a rule running through the box) is
 * not taken, nor one that would grow a field inset in its cell by more than a quarter on both
 * sides. A checkbox moves only into a drawn square around it (see {@link #snapSquare}).
 */
final class Snapper {

    static final double MIN_TOL_PT = 2.0;
    static final double MAX_TOL_PT = 5.0;
    static final double TOL_FRACTION = 0.35;
    /** How much of an edge a segment must run along to catch it. */
    static final double MIN_ALONG = 0.75;

    private Snapper() {
    }

    static List<DetectedField> apply(List<DetectedField> fields, PageFrame frame) {
        if (!frame.usable() || (frame.horizontal.isEmpty() && frame.vertical.isEmpty())) {
            return fields;
        }
        List<DetectedField> out = new ArrayList<>(fields.size());
        for (DetectedField f : fields) {
            Box p = frame.toPoints(f.box());
            Box snapped = f.type() == FieldType.CHOICE_BUTTON ? snapSquare(p, frame) : snap(p, frame);
            out.add(snapped.equals(p) ? f : f.withBox(frame.toNormalized(snapped).clipToUnit()));
        }
        return out;
    }

    /** Snaps a box given in points. */
    static Box snap(Box b, PageFrame frame) {
        double tolY = tolerance(b.height());
        double tolX = tolerance(b.width());
        double y0 = nearest(frame.horizontal, b.y0(), tolY, b.x0(), b.x1());
        double y1 = nearest(frame.horizontal, b.y1(), tolY, b.x0(), b.x1());
        double x0 = nearest(frame.vertical, b.x0(), tolX, b.y0(), b.y1());
        double x1 = nearest(frame.vertical, b.x1(), tolX, b.y0(), b.y1());
        if (!(y1 - y0 >= 0.6 * b.height()) || insetGrowth(b.y0(), b.y1(), y0, y1)) {
            y0 = b.y0();
            y1 = b.y1();
        }
        if (!(x1 - x0 >= 0.6 * b.width()) || insetGrowth(b.x0(), b.x1(), x0, x1)) {
            x0 = b.x0();
            x1 = b.x1();
        }
        return new Box(x0, y0, x1, y1);
    }

    /**
     * A checkbox snaps an axis only when lines catch both of its edges (it sits in a drawn square)
     * and its size stays within 70–140%: one edge pulled onto a passing table rule would move a
     * small box by a third of its size. It may shift or grow onto the square but never shrink onto
     * a smaller square inside it: authors draw widgets with a margin around the printed square,
     * and the detectors size checkboxes for that.
     */
    static Box snapSquare(Box b, PageFrame frame) {
        Box s = snap(b, frame);
        double x0 = b.x0(), x1 = b.x1(), y0 = b.y0(), y1 = b.y1();
        if (s.x0() != b.x0() && s.x1() != b.x1() && s.width() >= b.width() - NO_SHRINK_PT && ratioOk(s.width(), b.width())) {
            x0 = s.x0();
            x1 = s.x1();
        }
        if (s.y0() != b.y0() && s.y1() != b.y1() && s.height() >= b.height() - NO_SHRINK_PT && ratioOk(s.height(), b.height())) {
            y0 = s.y0();
            y1 = s.y1();
        }
        return new Box(x0, y0, x1, y1);
    }

    /** How much (points) a checkbox may lose in size when it snaps: line widths, not a smaller square. */
    private static final double NO_SHRINK_PT = 0.5;

    private static boolean ratioOk(double a, double b) {
        return b > 0 && a / b >= 0.7 && a / b <= 1.4;
    }

    /**
     * Whether both edges of an axis would move outward, growing the field by more than a quarter:
     * the field sits inset in its cell on purpose (a widget with a margin inside a table cell), and
     * filling the cell would misplace it.
     */
    private static boolean insetGrowth(double a0, double a1, double b0, double b1) {
        return b0 < a0 && b1 > a1 && (b1 - b0) > 1.25 * (a1 - a0);
    }

    static double tolerance(double size) {
        return Math.max(MIN_TOL_PT, Math.min(MAX_TOL_PT, TOL_FRACTION * size));
    }

    /** The position of the nearest segment within {@code tol} of {@code edge} that runs along {@code a..b}; else {@code edge}. */
    private static double nearest(List<PageFrame.Segment> segments, double edge, double tol, double a, double b) {
        double need = MIN_ALONG * (b - a);
        double best = edge;
        double bestDist = Double.MAX_VALUE;
        for (PageFrame.Segment s : segments) {
            double d = Math.abs(s.pos() - edge);
            if (d <= tol && d < bestDist && s.overlap(a, b) >= need) {
                best = s.pos();
                bestDist = d;
            }
        }
        return best;
    }
}
