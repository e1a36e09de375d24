package dev.formfill.core.pdf;

import dev.formfill.core.InvalidPdfException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Renders one page at a time as displayed (CropBox, /Rotate applied), RGB. A page whose render
 * would exceed the pixel budget is rendered at a lower DPI instead (detections are normalized,
 * so a smaller image changes only their precision), which keeps memory bounded for posters and
 * the like. Below {@value #SUBSAMPLE_BELOW_DPI} dpi (low-resolution runs, and pages the budget
 * reduced) embedded images are subsampled while decoding: a 600 dpi scan is then not decoded at
 * full size only to be shrunk tenfold. At the usual 144 dpi images decode fully, so thin scanned
 * rules are not lost. Not thread-safe: one renderer per open document.
 */
public final class PageRenderer {

    /** Renders below this resolution subsample embedded images. */
    static final double SUBSAMPLE_BELOW_DPI = 100;

    private final PDFRenderer renderer;
    private final PDDocument document;
    private final long maxPixels;

    /** @param maxPixels pages whose render would exceed this many pixels are rendered at a lower DPI */
    public PageRenderer(PDDocument document, long maxPixels) {
        if (maxPixels < 1) {
            throw new IllegalArgumentException("maxPixels must be >= 1");
        }
        this.document = document;
        this.renderer = new PDFRenderer(document);
        this.maxPixels = maxPixels;
    }

    /** The DPI a page actually renders at: {@code dpi}, lowered so the image stays within the pixel budget. */
    public double effectiveDpi(int pageIndex, double dpi) {
        PageGeometry g = PageGeometry.of(document.getPage(pageIndex));
        double w = Math.max(1, g.displayWidth() / 72.0 * dpi);
        double h = Math.max(1, g.displayHeight() / 72.0 * dpi);
        double pixels = w * h;
        if (pixels <= maxPixels) {
            return dpi;
        }
        // 0.999: PDFBox rounds each side up, which must not push the image back over the budget.
        return dpi * Math.sqrt(maxPixels / pixels) * 0.999;
    }

    /** Renders a page; {@code dpi} should come from {@link #effectiveDpi}. */
    public BufferedImage render(int pageIndex, double dpi) {
        try {
            renderer.setSubsamplingAllowed(dpi < SUBSAMPLE_BELOW_DPI);
            return renderer.renderImageWithDPI(pageIndex, (float) dpi, ImageType.RGB);
        } catch (IOException | RuntimeException e) {
            throw new InvalidPdfException("page " + (pageIndex + 1) + " cannot be rendered: " + e.getMessage(), e);
        }
    }
}
