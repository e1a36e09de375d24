package dev.formfill.core.detect.geometry;

import java.awt.image.BufferedImage;
import java.util.List;

/** Line detection on the rendered page for scans: long runs of dark pixels, rows and columns. */
final class RasterLines {

    private RasterLines() {
    }

    static void detect(BufferedImage img, double w, double h, List<Seg> hs, List<Seg> vs) {
        // filled in below
    }
}
