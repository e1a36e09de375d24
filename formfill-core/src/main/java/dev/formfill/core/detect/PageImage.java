package dev.formfill.core.detect;

import dev.formfill.core.content.PageContent;
import dev.formfill.core.pdf.PageGeometry;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One page handed to a {@link FieldDetector}: the rendered image (the page as displayed, RGB)
 * and the PDF page itself for detectors that read vector drawing and text. Valid only during the
 * page's detect and layout steps: the pipeline drops the image right after, and the document may
 * be closed.
 *
 * <p>Thread-confined: a page is processed by one thread. {@link #content()} parses the page once
 * and keeps the result, so the detector and the layout stage share one extraction.
 */
public final class PageImage {

    private static final Logger LOG = LoggerFactory.getLogger(PageImage.class);

    private final int pageIndex;
    private final BufferedImage image;
    private final double dpi;
    private final PageGeometry geometry;
    private final PDDocument document;
    private final PDPage page;
    private PageContent content; // memoized; confined to the page's thread

    /**
     * @param pageIndex 0-based page index in the document
     * @param image     the page rendered at {@code dpi}, {@code TYPE_INT_RGB} or {@code TYPE_3BYTE_BGR}
     * @param dpi       render resolution of {@code image}
     * @param geometry  user space ↔ normalized displayed coordinates
     * @param document  the open document (read only), may be null
     * @param page      the page (read only), may be null when only the raster is known
     */
    public PageImage(int pageIndex, BufferedImage image, double dpi, PageGeometry geometry, PDDocument document,
                     PDPage page) {
        this.pageIndex = pageIndex;
        this.image = Objects.requireNonNull(image, "image");
        this.dpi = dpi;
        this.geometry = Objects.requireNonNull(geometry, "geometry");
        this.document = document;
        this.page = page;
    }

    /** 0-based page index in the document. */
    public int pageIndex() {
        return pageIndex;
    }

    /** The page rendered at {@link #dpi()}. */
    public BufferedImage image() {
        return image;
    }

    /** Render resolution of {@link #image()}. */
    public double dpi() {
        return dpi;
    }

    /** User space ↔ normalized displayed coordinates. */
    public PageGeometry geometry() {
        return geometry;
    }

    /** The open document (read only), or null. */
    public PDDocument document() {
        return document;
    }

    /** The page (read only), or null. */
    public PDPage page() {
        return page;
    }

    /**
     * The page's vector drawing and text, parsed on first use and kept. A page whose content
     * cannot be parsed (or that has no PDF page attached) yields empty content; detectors then
     * fall back to the raster.
     */
    public PageContent content() {
        if (content == null) {
            content = extract();
        }
        return content;
    }

    private PageContent extract() {
        double w = geometry.displayWidth(), h = geometry.displayHeight();
        if (page == null) {
            return PageContent.empty(w, h);
        }
        try {
            return PageContent.extract(page, geometry);
        } catch (IOException | RuntimeException e) {
            LOG.warn("page {}: cannot read its content stream ({}); using the raster only", pageIndex, e.toString());
            return PageContent.empty(w, h);
        }
    }

    @Override
    public String toString() {
        return "PageImage[page=" + pageIndex + ", " + image.getWidth() + "x" + image.getHeight() + " @" + dpi + "dpi]";
    }
}
