package dev.formfill.core.detect.geometry;

/**
 * A horizontal or vertical line segment in displayed page points (origin top-left, y down).
 *
 * @param horizontal orientation
 * @param pos        y of a horizontal segment, x of a vertical one
 * @param a          start along the segment (smaller x or y)
 * @param b          end along the segment
 * @param thick      thickness in points
 * @param dashed     dotted or dashed (comb separators, dotted fill-in lines)
 */
record Seg(boolean horizontal, double pos, double a, double b, double thick, boolean dashed) {

    double length() {
        return b - a;
    }

    /** Length of the overlap of [a,b] with [lo,hi]. */
    double overlap(double lo, double hi) {
        return Math.max(0, Math.min(b, hi) - Math.max(a, lo));
    }
}
