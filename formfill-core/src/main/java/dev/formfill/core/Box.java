package dev.formfill.core;

/**
 * An axis-aligned box on a rendered page, normalized to 0..1 with the origin at the top-left of
 * the page as displayed (CropBox with /Rotate applied). {@code px = x * imageWidth}.
 *
 * @param x0 left edge
 * @param y0 top edge
 * @param x1 right edge (≥ x0)
 * @param y1 bottom edge (≥ y0)
 */
public record Box(double x0, double y0, double x1, double y1) {

    /** Validates the corners are ordered and finite. */
    public Box {
        if (!(Double.isFinite(x0) && Double.isFinite(y0) && Double.isFinite(x1) && Double.isFinite(y1))) {
            throw new IllegalArgumentException("box coordinates must be finite");
        }
        if (x1 < x0 || y1 < y0) {
            throw new IllegalArgumentException("box corners out of order: " + x0 + "," + y0 + "," + x1 + "," + y1);
        }
    }

    /** Box from its centre and size, as detectors emit them. */
    public static Box ofCenter(double cx, double cy, double w, double h) {
        return new Box(cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2);
    }

    public double width() { return x1 - x0; }

    public double height() { return y1 - y0; }

    public double area() { return width() * height(); }

    public double centerX() { return (x0 + x1) / 2; }

    public double centerY() { return (y0 + y1) / 2; }

    /** Area of the overlap with {@code o}, 0 when disjoint. */
    public double intersectionArea(Box o) {
        double w = Math.min(x1, o.x1) - Math.max(x0, o.x0);
        double h = Math.min(y1, o.y1) - Math.max(y0, o.y0);
        return w <= 0 || h <= 0 ? 0 : w * h;
    }

    /** Intersection over union, 0 when disjoint or degenerate. */
    public double iou(Box o) {
        double inter = intersectionArea(o);
        double union = area() + o.area() - inter;
        return union <= 0 ? 0 : inter / union;
    }

    /** This box clipped to the unit square. */
    public Box clipToUnit() {
        double a = clamp(x0), b = clamp(y0), c = clamp(x1), d = clamp(y1);
        return new Box(a, b, Math.max(a, c), Math.max(b, d));
    }

    private static double clamp(double v) {
        return v < 0 ? 0 : v > 1 ? 1 : v;
    }
}
