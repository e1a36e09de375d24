package dev.formfill.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Small flat forms drawn with PDFBox: labels with fill-in lines, boxes and checkbox squares. */
final class TestPdfs {

    private TestPdfs() {
    }

    /** A one- or multi-page flat form. */
    static byte[] form(int pages) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 16);
                    cs.newLineAtOffset(72, 720);
                    cs.showText("Application form, page " + (p + 1));
                    cs.endText();
                    String[] labels = {"Full name:", "Street address:", "City:", "Date of birth:", "Phone:"};
                    float y = 660;
                    for (String label : labels) {
                        text(cs, font, label, 72, y);
                        line(cs, 180, y - 2, 520, y - 2);
                        y -= 40;
                    }
                    String[] boxes = {"Yes", "No", "Maybe"};
                    float x = 72;
                    for (String b : boxes) {
                        cs.addRect(x, y - 4, 12, 12);
                        cs.stroke();
                        text(cs, font, b, x + 18, y - 2);
                        x += 110;
                    }
                    y -= 50;
                    text(cs, font, "Comments:", 72, y);
                    cs.addRect(72, y - 110, 448, 96);
                    cs.stroke();
                    y -= 160;
                    text(cs, font, "Signature:", 72, y);
                    line(cs, 150, y - 2, 360, y - 2);
                    text(cs, font, "Date:", 380, y);
                    line(cs, 420, y - 2, 520, y - 2);
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bytes of a file from the shared evaluation set ({@code formfill.shared} system property). */
    static byte[] shared(String relative) throws IOException {
        String root = System.getProperty("formfill.shared", "../../shared");
        return Files.readAllBytes(Path.of(root, "eval", relative));
    }

    static boolean sharedAvailable() {
        String root = System.getProperty("formfill.shared", "../../shared");
        return Files.isDirectory(Path.of(root, "eval", "bad"));
    }

    private static void text(PDPageContentStream cs, PDType1Font font, String s, float x, float y) throws IOException {
        cs.beginText();
        cs.setFont(font, 11);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }

    private static void line(PDPageContentStream cs, float x0, float y0, float x1, float y1) throws IOException {
        cs.setLineWidth(0.8f);
        cs.moveTo(x0, y0);
        cs.lineTo(x1, y1);
        cs.stroke();
    }
}
