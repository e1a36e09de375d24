package dev.formfill.core.detect.geometry;

import dev.formfill.core.FieldType;

/**
 * A proposed field in displayed page points before de-duplication.
 *
 * @param type      field class
 * @param x0        left
 * @param y0        top
 * @param x1        right
 * @param y1        bottom
 * @param conf      confidence in 0..1
 * @param combCells character cells for a comb, else 0
 * @param rule      which rule proposed it (for debugging and tie-breaks)
 * @param label     nearby label text, or {@code ""}
 */
record Candidate(FieldType type, double x0, double y0, double x1, double y1, double conf, int combCells, String rule,
                 String label) {

    double width() {
        return x1 - x0;
    }

    double height() {
        return y1 - y0;
    }

    double area() {
        return Math.max(0, width()) * Math.max(0, height());
    }

    double intersection(Candidate o) {
        double w = Math.min(x1, o.x1) - Math.max(x0, o.x0);
        double h = Math.min(y1, o.y1) - Math.max(y0, o.y0);
        return w <= 0 || h <= 0 ? 0 : w * h;
    }

    double iou(Candidate o) {
        double i = intersection(o);
        double u = area() + o.area() - i;
        return u <= 0 ? 0 : i / u;
    }

    Candidate withType(FieldType t, double c) {
        return new Candidate(t, x0, y0, x1, y1, c, combCells, rule, label);
    }
}
