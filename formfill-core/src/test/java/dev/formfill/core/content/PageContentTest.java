package dev.formfill.core.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.formfill.core.Box;
import dev.formfill.core.detect.PageImage;
import dev.formfill.core.pdf.PageGeometry;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;

class PageContentTest {

    private static final double EPS = 1e-3;
    private static final double W = 612, H = 792;

    private static PageContent contentOf(PDDocument doc, PDPage page) {
        PageImage img = new PageImage(0, new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB), 72,
                PageGeometry.of(page), doc, page);
        PageContent c = img.content();
        assertTrue(c == img.content(), "content is extracted once and kept");
        return c;
    }

    @Test
    void linesRectsAndWordsLandAtTheirNormalizedPositions() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle((float) W, (float) H));
            doc.addPage(page);
            PDType1Font helv = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.setLineWidth(1);
                cs.moveTo(100, 700); // underline
                cs.lineTo(300, 700);
                cs.stroke();
                cs.addRect(50, 100, 20, 20); // stroked square
                cs.stroke();
                cs.setNonStrokingColor(0.8f); // gray filled box
                cs.addRect(300, 300, 200, 50);
                cs.fill();
                cs.setNonStrokingColor(0f); // thin filled rectangle = a vertical rule
                cs.addRect(400, 500, 1, 100);
                cs.fill();
                cs.setLineDashPattern(new float[] {2, 2}, 0); // dashed line, one stroke
                cs.moveTo(100, 600);
                cs.lineTo(200, 600);
                cs.stroke();
                cs.setLineDashPattern(new float[] {}, 0);
                for (int x = 100; x < 200; x += 4) { // dotted line made of separate short dashes
                    cs.moveTo(x, 550);
                    cs.lineTo(x + 1, 550);
                }
                cs.stroke();
                cs.beginText();
                cs.setFont(helv, 12);
                cs.newLineAtOffset(100, 720);
                cs.showText("Full name:");
                cs.endText();
            }
            PageContent c = contentOf(doc, page);
            assertEquals(W, c.widthPt(), EPS);

            Rule underline = only(c.horizontalRules(), r -> Math.abs(r.position() - (H - 700) / H) < EPS);
            assertEquals(100 / W, underline.start(), EPS);
            assertEquals(300 / W, underline.end(), EPS);
            assertEquals(1.0, underline.thicknessPt(), EPS);
            assertFalse(underline.dashed());

            DrawnRect square = only(c.rects(), r -> r.stroked() && r.box().width() < 0.05);
            assertBox(new Box(50 / W, (H - 120) / H, 70 / W, (H - 100) / H), square.box());
            assertFalse(square.filled());
            // its four edges are rules too
            assertTrue(c.verticalRules().stream().anyMatch(r -> Math.abs(r.position() - 50 / W) < EPS));

            DrawnRect gray = only(c.rects(), DrawnRect::filled);
            assertBox(new Box(300 / W, (H - 350) / H, 500 / W, (H - 300) / H), gray.box());
            assertEquals(0.8, gray.fillLuminance(), 0.01);
            assertFalse(gray.whiteFill());

            Rule thin = only(c.verticalRules(), r -> Math.abs(r.position() - 400.5 / W) < EPS);
            assertEquals((H - 600) / H, thin.start(), EPS);
            assertEquals((H - 500) / H, thin.end(), EPS);
            assertEquals(1.0, thin.thicknessPt(), EPS);

            Rule dashed = only(c.horizontalRules(), r -> Math.abs(r.position() - (H - 600) / H) < EPS);
            assertTrue(dashed.dashed());
            Rule dotted = only(c.horizontalRules(), r -> Math.abs(r.position() - (H - 550) / H) < EPS);
            assertTrue(dotted.dashed(), "short pieces merge into one dotted rule");
            assertEquals(100 / W, dotted.start(), EPS);
            assertEquals(197 / W, dotted.end(), EPS);

            List<String> words = c.words().stream().map(TextWord::text).collect(Collectors.toList());
            assertEquals(List.of("Full", "name:"), words);
            TextWord full = c.words().get(0);
            assertEquals(100 / W, full.box().x0(), EPS);
            double fullWidth = helv.getStringWidth("Full") / 1000 * 12;
            assertEquals((100 + fullWidth) / W, full.box().x1(), EPS);
            // Helvetica: ascent 718, descent -207 (AFM font descriptor)
            assertEquals((H - 720 - 12 * 0.718) / H, full.box().y0(), 0.002);
            assertEquals((H - 720 + 12 * 0.207) / H, full.box().y1(), 0.002);
            assertEquals(12, full.fontSizePt(), EPS);
            assertTrue(full.upright());
            assertEquals(10, c.glyphs().size(), "every shown glyph, the space included");
        }
    }

    @Test
    void rotatedPageIsReportedAsDisplayed() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle((float) W, (float) H));
            page.setRotation(90);
            doc.addPage(page);
            PDType1Font helv = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.moveTo(100, 700); // user-space horizontal: displayed vertical
                cs.lineTo(300, 700);
                cs.stroke();
                cs.moveTo(500, 100); // user-space vertical: displayed horizontal
                cs.lineTo(500, 400);
                cs.stroke();
                cs.beginText();
                cs.setFont(helv, 10);
                // text running up the user page reads left to right once the page turns clockwise
                cs.setTextMatrix(Matrix.getRotateInstance(Math.PI / 2, 520, 100));
                cs.showText("Date");
                cs.endText();
            }
            PageContent c = contentOf(doc, page);
            assertEquals(H, c.widthPt(), EPS);
            assertEquals(W, c.heightPt(), EPS);
            // Rotate 90: x = 1 - v, y = u with u = ux/W, v = (H-uy)/H
            Rule v = only(c.verticalRules(), r -> true);
            assertEquals(1 - (H - 700) / H, v.position(), EPS);
            assertEquals(100 / W, v.start(), EPS);
            assertEquals(300 / W, v.end(), EPS);
            Rule h = only(c.horizontalRules(), r -> true);
            assertEquals(500 / W, h.position(), EPS);
            assertEquals(1 - (H - 100) / H, h.start(), EPS);
            assertEquals(1 - (H - 400) / H, h.end(), EPS);

            TextWord date = only(c.words(), w -> true);
            assertEquals("Date", date.text());
            assertTrue(date.upright());
            assertEquals(100 / H, date.box().x0(), EPS);
            // baseline at user x = 520 → displayed y = 520/W; glyphs rise above it (towards smaller y)
            assertEquals((520 - 10 * 0.718) / W, date.box().y0(), 0.002);
            assertEquals((520 + 10 * 0.207) / W, date.box().y1(), 0.002);
        }
    }

    private static <T> T only(List<T> items, java.util.function.Predicate<T> p) {
        List<T> hits = items.stream().filter(p).collect(Collectors.toList());
        assertEquals(1, hits.size(), () -> "expected one match in " + items);
        return hits.get(0);
    }

    private static void assertBox(Box expected, Box actual) {
        assertEquals(expected.x0(), actual.x0(), EPS, "x0");
        assertEquals(expected.y0(), actual.y0(), EPS, "y0");
        assertEquals(expected.x1(), actual.x1(), EPS, "x1");
        assertEquals(expected.y1(), actual.y1(), EPS, "y1");
    }
}
