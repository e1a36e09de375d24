package dev.formfill.bench;

import dev.formfill.core.Box;
import dev.formfill.core.DetectedField;
import dev.formfill.core.FieldType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes a flat, form-like PDF of N US-Letter pages with PDFBox: a title, instructions, labelled fill-in
 * lines, boxed fields, a table of cells, comb boxes, checkboxes and a signature line, i.e. what a typical
 * government or HR form page holds. The bench generates its own input so it needs nothing outside the
 * repository; the same layout also yields the fields a detector should find, which feeds the writer bench.
 */
public final class FormPdfGenerator {

    private static final float W = PDRectangle.LETTER.getWidth();
    private static final float H = PDRectangle.LETTER.getHeight();
    private static final String INSTRUCTIONS = "Please print clearly in black ink. Complete every section that "
            + "applies to you and attach the supporting documents listed in the instructions.";

    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    /** Writes a {@code pages}-page form to {@code out} and returns the fields drawn on it (normalized boxes). */
    public List<DetectedField> write(Path out, int pages) {
        List<DetectedField> fields = new ArrayList<>();
        try (PDDocument doc = new PDDocument()) {
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    drawPage(cs, p, fields);
                }
            }
            doc.save(out.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the bench form " + out, e);
        }
        return fields;
    }

    private void drawPage(PDPageContentStream cs, int p, List<DetectedField> fields) throws IOException {
        cs.setLineWidth(0.8f);
        text(cs, bold, 16, 54, 742, "Application Form " + (char) ('A' + p % 26) + "-" + (100 + p));
        text(cs, regular, 8, 54, 726, INSTRUCTIONS);
        text(cs, bold, 11, 54, 700, "Section 1. Personal information");
        float y = 676;
        // labelled fill-in lines, two per row
        String[][] rows = {{"Last name", "First name"}, {"Street address", "Apt."}, {"City", "ZIP code"},
                {"Telephone", "E-mail"}};
        for (String[] row : rows) {
            underline(cs, p, fields, 54, y, 300, row[0]);
            underline(cs, p, fields, 330, y, 558, row[1]);
            y -= 26;
        }
        // comb boxes: date of birth and an identification number
        text(cs, regular, 9, 54, y + 4, "Date of birth (MMDDYYYY)");
        comb(cs, p, fields, 180, y, 8);
        text(cs, regular, 9, 330, y + 4, "ID number");
        comb(cs, p, fields, 390, y, 9);
        y -= 34;
        text(cs, bold, 11, 54, y, "Section 2. Status");
        y -= 22;
        String[] choices = {"Single", "Married", "Divorced", "Widowed", "Employed", "Self-employed", "Student", "Retired"};
        for (int i = 0; i < choices.length; i++) {
            float x = 54 + (i % 4) * 128;
            float cy = y - (i / 4) * 18;
            checkbox(cs, p, fields, x, cy);
            text(cs, regular, 9, x + 15, cy + 1, choices[i]);
        }
        y -= 50;
        text(cs, bold, 11, 54, y, "Section 3. Employment history");
        y -= 10;
        y = table(cs, p, fields, y, 4, new float[] {54, 200, 330, 430, 558}, new String[] {"Employer", "Position", "From", "To"});
        y -= 24;
        text(cs, bold, 11, 54, y, "Section 4. Remarks");
        y -= 8;
        box(cs, p, fields, 54, y - 60, 558, y, true);
        y -= 90;
        text(cs, regular, 8, 54, y, "I certify that the information given above is true and complete.");
        y -= 32;
        underline(cs, p, fields, 54, y, 330, null);
        text(cs, regular, 8, 54, y - 10, "Signature of applicant");
        fields.set(fields.size() - 1, fields.get(fields.size() - 1).withType(FieldType.SIGNATURE));
        underline(cs, p, fields, 380, y, 558, null);
        text(cs, regular, 8, 380, y - 10, "Date");
        text(cs, regular, 7, 290, 30, "Page " + (p + 1));
    }

    private void underline(PDPageContentStream cs, int p, List<DetectedField> fields, float x0, float y, float x1,
                           String label) throws IOException {
        float start = x0;
        if (label != null) {
            text(cs, regular, 9, x0, y + 2, label);
            start = x0 + regular.getStringWidth(label) / 1000f * 9 + 6;
        }
        cs.moveTo(start, y);
        cs.lineTo(x1, y);
        cs.stroke();
        fields.add(field(p, FieldType.TEXT_BOX, start, y, x1, y + 14));
    }

    private void comb(PDPageContentStream cs, int p, List<DetectedField> fields, float x, float y, int cells)
            throws IOException {
        float cell = 14;
        cs.addRect(x, y, cell * cells, 16);
        for (int i = 1; i < cells; i++) {
            cs.moveTo(x + i * cell, y);
            cs.lineTo(x + i * cell, y + 5);
        }
        cs.stroke();
        fields.add(field(p, FieldType.TEXT_BOX, x, y, x + cell * cells, y + 16).withCombCells(cells));
    }

    private void checkbox(PDPageContentStream cs, int p, List<DetectedField> fields, float x, float y)
            throws IOException {
        cs.addRect(x, y, 10, 10);
        cs.stroke();
        fields.add(field(p, FieldType.CHOICE_BUTTON, x, y, x + 10, y + 10));
    }

    private float table(PDPageContentStream cs, int p, List<DetectedField> fields, float top, int bodyRows,
                        float[] cols, String[] headers) throws IOException {
        float rowH = 18;
        float bottom = top - rowH * (bodyRows + 1);
        for (int r = 0; r <= bodyRows + 1; r++) {
            cs.moveTo(cols[0], top - r * rowH);
            cs.lineTo(cols[cols.length - 1], top - r * rowH);
        }
        for (float c : cols) {
            cs.moveTo(c, top);
            cs.lineTo(c, bottom);
        }
        cs.stroke();
        for (int c = 0; c < headers.length; c++) {
            text(cs, bold, 8, cols[c] + 3, top - 12, headers[c]);
            for (int r = 1; r <= bodyRows; r++) {
                float y1 = top - r * rowH;
                fields.add(field(p, FieldType.TEXT_BOX, cols[c] + 1, y1 - rowH + 1, cols[c + 1] - 1, y1 - 1));
            }
        }
        return bottom;
    }

    private void box(PDPageContentStream cs, int p, List<DetectedField> fields, float x0, float y0, float x1,
                     float y1, boolean multiline) throws IOException {
        cs.addRect(x0, y0, x1 - x0, y1 - y0);
        cs.stroke();
        fields.add(field(p, FieldType.TEXT_BOX, x0, y0, x1, y1).withMultiline(multiline));
    }

    private static void text(PDPageContentStream cs, PDType1Font font, float size, float x, float y, String s)
            throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }

    /** A field from user-space corners (bottom-left origin) to the normalized top-left convention. */
    private static DetectedField field(int p, FieldType type, float ux0, float uy0, float ux1, float uy1) {
        Box b = new Box(ux0 / W, 1 - uy1 / H, ux1 / W, 1 - uy0 / H);
        return DetectedField.of(p, type, b, 1.0);
    }
}
