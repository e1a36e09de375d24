package dev.formfill.core.detect.geometry;

import java.awt.image.BufferedImage;

/**
 * A page image as 0..255 luminance, row-major: what every raster pass reads. Converted once per image
 * page; a pass that paints over it (masking the text layer) works on its own {@link #copy()}.
 */
record GrayRaster(byte[] gray, int width, int height) {

    static GrayRaster of(BufferedImage img) {
        return new GrayRaster(RasterMarks.luminance(img), img.getWidth(), img.getHeight());
    }

    GrayRaster copy() {
        return new GrayRaster(gray.clone(), width, height);
    }
}
