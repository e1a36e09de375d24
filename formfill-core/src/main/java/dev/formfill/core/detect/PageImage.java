package dev.formfill.core.detect;

import dev.formfill.core.pdf.PageGeometry;
import java.awt.image.BufferedImage;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * One page handed to a {@link FieldDetector}: the rendered image (the page as displayed, RGB)
 * and the PDF page itself for detectors that read vector drawing and text. Valid only during the
 * {@code detect} call: the pipeline drops the image right after, and the document may be closed.
 *
 * @param pageIndex 0-based page index in the document
 * @param image     the page rendered at {@code dpi}, {@code TYPE_INT_RGB} or {@code TYPE_3BYTE_BGR}
 * @param dpi       render resolution of {@code image}
 * @param geometry  user space ↔ normalized displayed coordinates
 * @param document  the open document (read only)
 * @param page      the page (read only)
 */
public record PageImage(int pageIndex, BufferedImage image, double dpi, PageGeometry geometry, PDDocument document,
                        PDPage page) {

    /** Checks the required parts. */
    public PageImage {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(geometry, "geometry");
    }
}
