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
 * the like. Not thread-safe: one renderer per open document.
 */
public final class PageRenderer {

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
            return renderer.renderImageWithDPI(pageIndex, (float) dpi, ImageType.RGB);
        } catch (IOException | RuntimeException e) {
            throw new InvalidPdfException("page " + (pageIndex + 1) + " cannot be rendered: " + e.getMessage(), e);
        }
    }
}
