package dev.formfill.core.eval;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Turns a PDF into what a scanner would give back: every page as displayed, rendered in gray at a
 * chosen resolution, JPEG-compressed and pasted as the only content of a page of the same size. No
 * vector lines: the detector has only pixels, as with a real scan (which would add noise and skew on
 * top). Without a text layer, or with an invisible one where the words were, as text recognition
 * leaves it ({@link RecognisedText}).
 */
final class SimulatedScan {

    /** JPEG quality of the scan images: a scanner's usual default, with visible compression. */
    private static final float JPEG_QUALITY = 0.75f;

    private SimulatedScan() {
    }

    /** Writes the scan of {@code pdf} to {@code out}, with an invisible text layer when {@code textLayer}. */
    static void write(Path pdf, Path out, int dpi, boolean textLayer) throws IOException {
        try (PDDocument src = Loader.loadPDF(pdf.toFile()); PDDocument scan = new PDDocument()) {
            PDFRenderer renderer = new PDFRenderer(src);
            PDType0Font font = textLayer ? RecognisedText.font(scan) : null;
            for (int i = 0; i < src.getNumberOfPages(); i++) {
                PDPage page = src.getPage(i);
                PDRectangle crop = page.getCropBox();
                boolean turned = page.getRotation() % 180 != 0;
                float w = turned ? crop.getHeight() : crop.getWidth(), h = turned ? crop.getWidth() : crop.getHeight();
                BufferedImage image = renderer.renderImageWithDPI(i, dpi, ImageType.GRAY);
                PDPage copy = new PDPage(new PDRectangle(w, h));
                scan.addPage(copy);
                PDImageXObject xo = JPEGFactory.createFromImage(scan, image, JPEG_QUALITY);
                try (PDPageContentStream cs = new PDPageContentStream(scan, copy)) {
                    cs.drawImage(xo, 0, 0, w, h);
                    if (textLayer) {
                        RecognisedText.write(src, i, font, cs, h);
                    }
                }
            }
            scan.save(out.toFile());
        }
    }
}
