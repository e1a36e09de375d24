package dev.formfill.core.pdf;

import dev.formfill.core.Box;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Maps between PDF user space and the normalized, top-left-origin coordinates of the page as
 * displayed (CropBox clipped to the MediaBox, /Rotate applied clockwise). Every detector output
 * and every ground-truth box uses the displayed coordinates; the writer maps them back here.
 */
public final class PageGeometry {

    private final PDRectangle cropBox;
    private final int rotation;

    private PageGeometry(PDRectangle cropBox, int rotation) {
        this.cropBox = cropBox;
        this.rotation = rotation;
    }

    /** Geometry of a page: its effective CropBox and normalized rotation. */
    public static PageGeometry of(PDPage page) {
        return of(page.getCropBox(), page.getRotation());
    }

    /** Geometry from a CropBox in user space and a /Rotate value (any multiple of 90, also negative). */
    public static PageGeometry of(PDRectangle cropBox, int rotate) {
        int r = ((rotate % 360) + 360) % 360;
        if (r % 90 != 0) {
            r = 0; // PDFBox and viewers ignore non-multiples of 90
        }
        return new PageGeometry(new PDRectangle(cropBox.getLowerLeftX(), cropBox.getLowerLeftY(),
                cropBox.getWidth(), cropBox.getHeight()), r);
    }

    /** Rotation in degrees clockwise: 0, 90, 180 or 270. */
    public int rotation() {
        return rotation;
    }

    /** The CropBox in user space (a copy). */
    public PDRectangle cropBox() {
        return new PDRectangle(cropBox.getLowerLeftX(), cropBox.getLowerLeftY(), cropBox.getWidth(), cropBox.getHeight());
    }

    /** Width of the page as displayed, in points. */
    public double displayWidth() {
        return swapsAxes() ? cropBox.getHeight() : cropBox.getWidth();
    }

    /** Height of the page as displayed, in points. */
    public double displayHeight() {
        return swapsAxes() ? cropBox.getWidth() : cropBox.getHeight();
    }

    private boolean swapsAxes() {
        return rotation == 90 || rotation == 270;
    }

    /** Normalized displayed x of a user-space point. */
    public double normX(double ux, double uy) {
        double u = (ux - cropBox.getLowerLeftX()) / cropBox.getWidth();
        double v = (cropBox.getUpperRightY() - uy) / cropBox.getHeight();
        return switch (rotation) {
            case 90 -> 1 - v;
            case 180 -> 1 - u;
            case 270 -> v;
            default -> u;
        };
    }

    /** Normalized displayed y of a user-space point. */
    public double normY(double ux, double uy) {
        double u = (ux - cropBox.getLowerLeftX()) / cropBox.getWidth();
        double v = (cropBox.getUpperRightY() - uy) / cropBox.getHeight();
        return switch (rotation) {
            case 90 -> u;
            case 180 -> 1 - v;
            case 270 -> 1 - u;
            default -> v;
        };
    }

    /** The displayed normalized box covering a user-space rectangle (not clipped). */
    public Box toNormalized(double ux0, double uy0, double ux1, double uy1) {
        double ax = normX(ux0, uy0), ay = normY(ux0, uy0);
        double bx = normX(ux1, uy1), by = normY(ux1, uy1);
        return new Box(Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by));
    }

    /** The displayed normalized box covering a user-space rectangle (not clipped). */
    public Box toNormalized(PDRectangle r) {
        return toNormalized(r.getLowerLeftX(), r.getLowerLeftY(), r.getUpperRightX(), r.getUpperRightY());
    }

    /** The user-space rectangle of a displayed normalized box. */
    public PDRectangle toUserSpace(Box b) {
        double[] p = toUser(b.x0(), b.y0());
        double[] q = toUser(b.x1(), b.y1());
        float llx = (float) Math.min(p[0], q[0]), lly = (float) Math.min(p[1], q[1]);
        float urx = (float) Math.max(p[0], q[0]), ury = (float) Math.max(p[1], q[1]);
        return new PDRectangle(llx, lly, urx - llx, ury - lly);
    }

    private double[] toUser(double x, double y) {
        double u, v; // unrotated, top-left-origin fractions
        switch (rotation) {
            case 90 -> { u = y; v = 1 - x; }
            case 180 -> { u = 1 - x; v = 1 - y; }
            case 270 -> { u = 1 - y; v = x; }
            default -> { u = x; v = y; }
        }
        return new double[] {cropBox.getLowerLeftX() + u * cropBox.getWidth(), cropBox.getUpperRightY() - v * cropBox.getHeight()};
    }
}
