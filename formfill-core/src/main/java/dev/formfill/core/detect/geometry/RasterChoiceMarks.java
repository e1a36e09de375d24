package dev.formfill.core.detect.geometry;

import dev.formfill.core.FieldType;
import dev.formfill.core.detect.geometry.RasterMarks.Mark;
import java.util.ArrayList;
import java.util.List;

/**
 * Checkboxes and radio buttons drawn in a page image: a lone hollow square or ring, a little
 * taller than the letters of the label that follows it on the same line. Letters such as "O" or
 * "D" fail the height test against their neighbours, and a ring's middle must be empty.
 */
final class RasterChoiceMarks {

    private static final double SIDE_MIN_PT = 6;
    private static final double SIDE_MAX_PT = 16;

    private RasterChoiceMarks() {
    }

    /** Choice buttons (displayed points) among the page's components; {@code taken} are cells already used. */
    static List<Candidate> find(List<Mark> comps, byte[] gray, int iw, int threshold, double sx, double sy,
                                List<Candidate> taken) {
        List<Candidate> out = new ArrayList<>();
        for (Mark m : comps) {
            double w = m.w() / sx, h = m.h() / sy;
            if (w < SIDE_MIN_PT || h < SIDE_MIN_PT || w > SIDE_MAX_PT || h > SIDE_MAX_PT
                    || Math.max(w / h, h / w) > 1.25 || m.pixels() > 0.45 * m.w() * m.h()) {
                continue;
            }
            boolean square = RasterSquareRows.outlined(m, gray, iw, threshold);
            if (!square && !ring(m, gray, iw, threshold)) {
                continue;
            }
            Mark label = rightNeighbour(comps, m);
            if (label == null || m.h() < 1.15 * label.h() || label.x0() - m.x1() > 1.5 * m.w()
                    || leftNeighbourClose(comps, m)) {
                continue;
            }
            double x0 = m.x0() / sx, y0 = m.y0() / sy, x1 = (m.x1() + 1) / sx, y1 = (m.y1() + 1) / sy;
            boolean inside = false;
            for (Candidate c : taken) {
                inside |= c.x0() <= x0 + 1 && c.x1() >= x1 - 1 && c.y0() <= y0 + 1 && c.y1() >= y1 - 1;
            }
            if (!inside) {
                out.add(new Candidate(FieldType.CHOICE_BUTTON, x0, y0, x1, y1, 0.6, 0,
                        square ? "raster-square" : "raster-ring", ""));
            }
        }
        return out;
    }

    /** Dark pixels at the four compass points of the box's rim and none in its middle. */
    private static boolean ring(Mark m, byte[] gray, int iw, int threshold) {
        int cx = (m.x0() + m.x1()) / 2, cy = (m.y0() + m.y1()) / 2;
        boolean rim = darkNear(gray, iw, threshold, cx, m.y0(), 0, 1) && darkNear(gray, iw, threshold, cx, m.y1(), 0, -1)
                && darkNear(gray, iw, threshold, m.x0(), cy, 1, 0) && darkNear(gray, iw, threshold, m.x1(), cy, -1, 0);
        if (!rim) {
            return false;
        }
        int rx = Math.max(1, m.w() / 5), ry = Math.max(1, m.h() / 5);
        for (int y = cy - ry; y <= cy + ry; y++) {
            for (int x = cx - rx; x <= cx + rx; x++) {
                if ((gray[y * iw + x] & 0xff) < threshold) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Ink at (x, y) or up to two pixels inwards along (dx, dy): a stroke of the rim. */
    private static boolean darkNear(byte[] gray, int iw, int threshold, int x, int y, int dx, int dy) {
        return RasterSquareRows.side(gray, iw, threshold, x, y, x, y, 1, 0, dx, dy);
    }

    /** The nearest component to the right that shares the mark's line. */
    private static Mark rightNeighbour(List<Mark> comps, Mark m) {
        Mark best = null;
        for (Mark o : comps) {
            if (o == m || o.x0() <= m.x1() || o.cy() < m.y0() || o.cy() > m.y1()) {
                continue;
            }
            if (best == null || o.x0() < best.x0()) {
                best = o;
            }
        }
        return best;
    }

    /** Whether ink sits right against the mark's left side (the mark is a letter inside a word). */
    private static boolean leftNeighbourClose(List<Mark> comps, Mark m) {
        for (Mark o : comps) {
            if (o != m && o.x1() < m.x0() && m.x0() - o.x1() < 0.3 * m.w() && o.cy() >= m.y0() && o.cy() <= m.y1()) {
                return true;
            }
        }
        return false;
    }
}
