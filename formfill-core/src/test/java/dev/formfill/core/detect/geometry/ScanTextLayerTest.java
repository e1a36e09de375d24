package dev.formfill.core.detect.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.formfill.core.DetectedField;
import dev.formfill.core.PrepareOptions;
import dev.formfill.core.detect.PageImage;
import dev.formfill.core.pdf.PageGeometry;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

/** A scanned page with an invisible recognised-text layer over it. */
class ScanTextLayerTest {

    private static final float W = 612, H = 792;
    private static final int S = 2;
    private static final PDType1Font HELV = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    /** A dotted fill-in line drawn in the scan at y 300 from x 100 to 300, and the given invisible words. */
    private static List<DetectedField> detect(String... words) throws IOException {
        BufferedImage scan = new BufferedImage((int) W * S, (int) H * S, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scan.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, scan.getWidth(), scan.getHeight());
        g.setColor(Color.BLACK);
        for (double x = 100; x <= 300; x += 2) {
            g.fillRect((int) (x * S), 300 * S - 1, 2, 2);
        }
        g.dispose();
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(W, H));
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(LosslessFactory.createFromImage(doc, scan), 0, 0, W, H);
                cs.beginText();
                cs.setRenderingMode(RenderingMode.NEITHER);
                float x = 60;
                for (String w : words) {
                    cs.setFont(HELV, 10);
                    cs.newLineAtOffset(x, H - 301);
                    cs.showText(w);
                    x = 0;
                }
                cs.endText();
            }
            BufferedImage img = new PDFRenderer(doc).renderImageWithDPI(0, 144, ImageType.RGB);
            return new GeometryDetector().detect(new PageImage(0, img, 144, PageGeometry.of(page), doc, page),
                    PrepareOptions.defaults());
        }
    }

    @Test
    void dottedLineAfterARecognisedLabelIsABlank() throws IOException {
        List<DetectedField> fs = detect("Name:");
        assertEquals(1, fs.size(), fs::toString);
        assertTrue(fs.get(0).box().x0() * W >= 95 && fs.get(0).box().x1() * W > 280, fs::toString);
    }

    @Test
    void dotsRunningThroughARecognisedWordAreItsLetters() throws IOException {
        // the recognised text covers the dots: they are the letters of a word the OCR read
        List<DetectedField> fs = detect("Name: predstavlyaetsya v nalogovyi organ kod mesta");
        assertEquals(List.of(), fs);
    }
}
