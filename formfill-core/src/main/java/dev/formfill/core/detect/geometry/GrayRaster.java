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

    /** The paper's luminance: the most common one on the page (white, gray or yellowed paper). */
    static int paper(byte[] gray) {
        int[] hist = new int[256];
        for (int i = 0; i < gray.length; i += 7) { // a sample is plenty for the mode
            hist[gray[i] & 0xff]++;
        }
        int paper = 255;
        for (int v = 255; v >= 0; v--) {
            if (hist[v] > hist[paper]) {
                paper = v;
            }
        }
        return paper;
    }
}
