package dev.formfill.core.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.formfill.core.Box;
import java.awt.image.BufferedImage;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

class PageRendererTest {

    @Test
    void scannedPagesRenderWithInk() throws IOException {
        var file = TestPdfs.eval("dev").resolve("pdfjs_issue12963.pdf");
        try (PDDocument doc = new PdfOpener(2000).open(file, null)) {
            PageRenderer r = new PageRenderer(doc, 40_000_000L);
            // Page 1 is a colour scan; page 2 a JBIG2 scan, which renders all white (0 dark pixels)
            // when the JBIG2 decoder is missing from the classpath.
            for (int page = 0; page < 2; page++) {
                BufferedImage img = r.render(page, r.effectiveDpi(page, 50));
                double share = Pixels.darkCount(img, null) / (double) (img.getWidth() * img.getHeight());
                assertTrue(share > 0.004, "page " + (page + 1) + " dark share " + share);
            }
        }
    }

    @Test
    void hugePageRendersWithinThePixelBudget() throws IOException {
        float side = 200 * 72; // a 200 x 200 inch poster: 829 Mpx at 144 dpi
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(side, side));
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.addRect(side / 2, side / 2, side / 4, side / 4); // a square in the upper-right quadrant
                cs.fill();
            }
            long budget = 2_000_000L;
            PageRenderer r = new PageRenderer(doc, budget);
            double dpi = r.effectiveDpi(0, 144);
            assertTrue(dpi < 144 && dpi > 5, "dpi " + dpi);
            BufferedImage img = r.render(0, dpi);
            assertTrue((long) img.getWidth() * img.getHeight() <= budget, img.getWidth() + "x" + img.getHeight());
            assertTrue(img.getWidth() > 1000, "reduced, not starved: " + img.getWidth());
            Box ink = Pixels.darkBounds(img, null);
            Box expected = new Box(0.5, 0.25, 0.75, 0.5);
            assertTrue(ink.iou(expected) > 0.98, ink.toString());
        }
    }

    @Test
    void ordinaryPageKeepsTheRequestedDpi() throws IOException {
        try (PDDocument doc = TestPdfs.textDocument(1)) {
            PageRenderer r = new PageRenderer(doc, 40_000_000L);
            assertEquals(144.0, r.effectiveDpi(0, 144));
            BufferedImage img = r.render(0, 72);
            assertEquals(612, img.getWidth());
            assertEquals(792, img.getHeight());
        }
    }
}
