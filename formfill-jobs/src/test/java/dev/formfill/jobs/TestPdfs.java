package dev.formfill.jobs;

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

/** Small flat forms made with PDFBox: labels followed by fill-in rules and a checkbox square. */
final class TestPdfs {

    private TestPdfs() {
    }

    static byte[] form(int pages) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    float y = 700;
                    for (String label : new String[] {"Name", "Address", "Date of birth", "Phone"}) {
                        cs.beginText();
                        cs.setFont(font, 11);
                        cs.newLineAtOffset(72, y);
                        cs.showText(label + " (page " + (p + 1) + "):");
                        cs.endText();
                        cs.moveTo(200, y - 2);
                        cs.lineTo(520, y - 2);
                        cs.stroke();
                        y -= 40;
                    }
                    cs.addRect(72, y - 4, 10, 10);
                    cs.stroke();
                    cs.beginText();
                    cs.setFont(font, 11);
                    cs.newLineAtOffset(90, y - 2);
                    cs.showText("I agree");
                    cs.endText();
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file from {@code ../shared/eval/bad} (the {@code formfill.shared} system property). */
    static Path bad(String name) {
        String shared = System.getProperty("formfill.shared");
        org.junit.jupiter.api.Assumptions.assumeTrue(shared != null, "formfill.shared is not set");
        Path p = Path.of(shared, "eval", "bad", name);
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(p), "missing " + p);
        return p;
    }
}
