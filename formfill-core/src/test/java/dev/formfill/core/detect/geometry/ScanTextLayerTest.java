package dev.formfill.core.detect.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.formfill.core.DetectedField;
import dev.formfill.core.FieldType;
import dev.formfill.core.PrepareOptions;
import dev.formfill.core.detect.PageImage;
import dev.formfill.core.pdf.PageGeometry;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
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

    /** An invisible recognised word: text, left x, baseline y (top-left points), font size. */
    private record Ocr(String text, float x, float baseline, float size) {
    }

    /** A dotted fill-in line drawn in the scan at y 300 from x 100 to 300, and the given invisible words. */
    private static List<DetectedField> detect(Ocr... words) throws IOException {
        return detect(false, words);
    }

    private static List<DetectedField> detect(boolean solid, Ocr... words) throws IOException {
        return detect(solid, g -> { }, words);
    }

    /** As above, with more ink drawn into the scan (in scan pixels, {@value #S} per point). */
    private static List<DetectedField> detect(boolean solid, Consumer<Graphics2D> ink, Ocr... words) throws IOException {
        BufferedImage scan = new BufferedImage((int) W * S, (int) H * S, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scan.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, scan.getWidth(), scan.getHeight());
        g.setColor(Color.BLACK);
        for (double x = 100; x <= 300; x += solid ? 1 : 2) {
            g.fillRect((int) (x * S), 300 * S - 1, 2, 2);
        }
        ink.accept(g);
        g.dispose();
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(W, H));
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(LosslessFactory.createFromImage(doc, scan), 0, 0, W, H);
                for (Ocr w : words) {
                    cs.beginText();
                    cs.setRenderingMode(RenderingMode.NEITHER);
                    cs.setFont(HELV, w.size());
                    cs.newLineAtOffset(w.x(), H - w.baseline());
                    cs.showText(w.text());
                    cs.endText();
                }
            }
            BufferedImage img = new PDFRenderer(doc).renderImageWithDPI(0, 144, ImageType.RGB);
            return new GeometryDetector().detect(new PageImage(0, img, 144, PageGeometry.of(page), doc, page),
                    PrepareOptions.defaults());
        }
    }

    private static final Ocr LABEL = new Ocr("Name:", 60, 301, 10);

    @Test
    void dottedLineAfterARecognisedLabelIsABlank() throws IOException {
        List<DetectedField> fs = detect(LABEL);
        assertEquals(1, fs.size(), fs::toString);
        assertTrue(fs.get(0).box().x0() * W >= 95 && fs.get(0).box().x1() * W > 280, fs::toString);
    }

    @Test
    void dotsAlongTheTopOfRecognisedWordsAreTheirLetters() throws IOException {
        // large recognised words whose boxes start just above the dots: the dots are the tops of
        // their letters (OCR boxes rarely sit exactly on the ink), not a fill-in line
        List<DetectedField> fs = detect(LABEL, new Ocr("Predstavlyaetsya organ", 105, 313, 20));
        assertEquals(List.of(), fs);
    }

    @Test
    void solidStrokeInsideARecognisedWordIsNotALine() throws IOException {
        assertEquals(1, detect(true, LABEL).size(), "control: a solid fill-in line after a label");
        // a recognised word whose box starts just above the stroke: the stroke is the top of its letters
        List<DetectedField> fs = detect(true, LABEL, new Ocr("KVARTAL", 110, 306.4f, 10));
        assertEquals(List.of(), fs);
    }

    @Test
    void recognisedColonLabelsOverBareScannedPaperHoldBlanks() throws IOException {
        Ocr name = new Ocr("Name:", 60, 501, 10), phone = new Ocr("Phone:", 60, 521, 10);
        List<DetectedField> fs = detect(false, g -> { }, name, phone);
        assertEquals(2, fs.size(), "one blank beside each label (the unlabelled dots are none): " + fs);
        assertTrue(fs.stream().anyMatch(f -> "Phone".equals(f.label()) && f.box().x0() * W > 90), fs::toString);
        // the space beside "Phone:" holds ink the text layer does not know (a value printed in the scan)
        fs = detect(false, g -> g.fillRect(150 * S, 512 * S, 120 * S, 9 * S), name, phone);
        assertTrue(fs.stream().noneMatch(f -> "Phone".equals(f.label())), fs::toString);
    }

    @Test
    void recognisedYesAndNoAfterBareGapsGetTheirButtons() throws IOException {
        List<DetectedField> fs = detect(false, g -> { }, new Ocr("Are you married?", 60, 501, 10),
                new Ocr("Yes", 180, 501, 10), new Ocr("No", 215, 501, 10));
        assertEquals(2, fs.stream().filter(f -> f.type() == FieldType.CHOICE_BUTTON).count(), fs::toString);
    }

    @Test
    void typedLeadersInTheTextLayerLeaveTheTableToThePixels() throws IOException {
        // a table drawn in the scan, and a recognised text layer with dotted leaders ("Nom ........") elsewhere:
        // the leaders are no drawn structure, so the page is still read as an image
        Ocr[] leaders = new Ocr[8];
        for (int i = 0; i < leaders.length; i++) {
            leaders[i] = new Ocr("..............................", 320, 560 + 20 * i, 10);
        }
        List<DetectedField> fs = detect(false, g -> {
            for (int r = 0; r <= 4; r++) {
                g.fillRect(40 * S, (420 + 24 * r) * S, 260 * S, 2);
            }
            for (int x : new int[] {40, 170, 300}) {
                g.fillRect(x * S, 420 * S, 2, 96 * S);
            }
        }, leaders);
        long cells = fs.stream().filter(f -> f.box().y0() * H > 418 && f.box().y1() * H < 518 && f.box().x1() * W < 302)
                .count();
        assertEquals(8, cells, "two columns of four empty cells: " + fs);
    }
}
