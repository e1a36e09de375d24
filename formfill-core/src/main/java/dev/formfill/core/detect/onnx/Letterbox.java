package dev.formfill.core.detect.onnx;

import dev.formfill.core.Box;

/**
 * Where a page image lands inside the square model input: scaled with its aspect kept to
 * {@code scaledWidth × scaledHeight} and centred, with {@code padX}/{@code padY} pixels of padding on the
 * left/top (Ultralytics' {@code LetterBox} placement). A plain resize is the special case without padding
 * and with {@code scaledWidth = scaledHeight = size}.
 *
 * @param size         side of the square input, pixels
 * @param srcWidth     page image width, pixels
 * @param srcHeight    page image height, pixels
 * @param scaledWidth  width of the scaled page inside the input
 * @param scaledHeight height of the scaled page inside the input
 * @param padX         columns of padding left of the page
 * @param padY         rows of padding above the page
 */
public record Letterbox(int size, int srcWidth, int srcHeight, int scaledWidth, int scaledHeight, int padX, int padY) {

    /** Validates the geometry. */
    public Letterbox {
        if (size < 1 || srcWidth < 1 || srcHeight < 1 || scaledWidth < 1 || scaledHeight < 1
                || padX < 0 || padY < 0 || padX + scaledWidth > size || padY + scaledHeight > size) {
            throw new IllegalArgumentException("inconsistent letterbox " + size + " " + srcWidth + "x" + srcHeight
                    + " -> " + scaledWidth + "x" + scaledHeight + " +" + padX + "+" + padY);
        }
    }

    /** The aspect-keeping, centred placement of a {@code srcWidth × srcHeight} image in a {@code size}² square. */
    public static Letterbox of(int srcWidth, int srcHeight, int size) {
        double r = Math.min((double) size / srcWidth, (double) size / srcHeight);
        int w = Math.max(1, Math.min(size, (int) Math.round(srcWidth * r)));
        int h = Math.max(1, Math.min(size, (int) Math.round(srcHeight * r)));
        // Ultralytics rounds (pad/2 - 0.1): the odd pixel goes right/bottom, i.e. floor of half the slack
        return new Letterbox(size, srcWidth, srcHeight, w, h, (size - w) / 2, (size - h) / 2);
    }

    /** The whole square is the page, stretched (DETR preprocessing). */
    public static Letterbox stretch(int srcWidth, int srcHeight, int size) {
        return new Letterbox(size, srcWidth, srcHeight, size, size, 0, 0);
    }

    /**
     * The page box of a centre box given in input pixels, normalized over the page image (top-left origin)
     * and clipped to it; {@code null} when nothing of it lies on the page.
     */
    public Box toPage(double cx, double cy, double w, double h) {
        double x0 = (cx - w / 2 - padX) / scaledWidth;
        double x1 = (cx + w / 2 - padX) / scaledWidth;
        double y0 = (cy - h / 2 - padY) / scaledHeight;
        double y1 = (cy + h / 2 - padY) / scaledHeight;
        if (!(x1 > 0 && y1 > 0 && x0 < 1 && y0 < 1 && x1 > x0 && y1 > y0)) {
            return null;
        }
        return new Box(x0, y0, x1, y1).clipToUnit();
    }
}
