package dev.formfill.core.detect.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.formfill.core.DetectedField;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.junit.jupiter.api.Test;

/** A label cell over a row of empty cells heads them: the space beside its label is no blank. */
class RowHeaderCellsTest {

    private static final float H = GeneratedPages.H;

    /** Top and bottom of the label cell, top and bottom of the cells 2 pt under it (points from the page top). */
    private static final float TOP = 360, ROW = 370, CELLS = 372, BOTTOM = 396;

    /**
     * A "Social security number" cell from x 418 to 576 with its label at the left; when
     * {@code digits} is set, nine digit cells (3, 2 and 4, split by dashes) stand under it, as on
     * the W-9, whose cells' top edges also read as rules.
     */
    private static void ssnBlock(PDPageContentStream cs, boolean digits) throws IOException {
        cs.setLineWidth(0.5f);
        cs.addRect(418, H - ROW, 158, ROW - TOP);
        cs.stroke();
        GeneratedPages.textFromTop(cs, 421, ROW - 2, 8, "Social security number");
        if (!digits) {
            return;
        }
        float[] starts = {418, 476, 519};
        int[] counts = {3, 2, 4};
        for (int g = 0; g < starts.length; g++) {
            for (int i = 0; i < counts[g]; i++) {
                cs.addRect(starts[g] + 14.4f * i, H - BOTTOM, 14.4f, BOTTOM - CELLS);
            }
        }
        cs.stroke();
    }

    /** A ruled table with column rules at {@code xs}, {@code rows} rows of {@code rowH} pt from {@code top}, stroked. */
    private static void grid(PDPageContentStream cs, float[] xs, float top, float rowH, int rows) throws IOException {
        cs.setLineWidth(0.6f);
        for (int r = 0; r <= rows; r++) {
            GeneratedPages.lineFromTop(cs, xs[0], top + r * rowH, xs[xs.length - 1], top + r * rowH);
        }
        for (float x : xs) {
            GeneratedPages.lineFromTop(cs, x, top, x, top + rows * rowH);
        }
        cs.stroke();
    }

    private static List<DetectedField> inLabelRow(List<DetectedField> fs) {
        return fs.stream().filter(f -> f.box().y1() * H < CELLS + 1).toList();
    }

    @Test
    void labelCellOverARowOfDigitCellsLeavesNoBlankBesideItsLabel() throws IOException {
        List<DetectedField> fs = GeneratedPages.detect(cs -> ssnBlock(cs, true));
        assertEquals(List.of(), inLabelRow(fs), "the label heads the digit cells");
        long cells = fs.stream().filter(f -> f.box().y0() * H > CELLS - 1).count();
        assertTrue(cells >= 3, "the digit cells are still blanks: " + fs);
    }

    @Test
    void wordSittingOnTheBoxItNamesLeavesNoBlankBesideIt() throws IOException {
        // "or" between two boxes, standing on the top edge of the second, which starts right under it
        List<DetectedField> fs = GeneratedPages.detect(cs -> {
            cs.setLineWidth(0.5f);
            cs.addRect(418, H - 418, 144, 10);
            cs.stroke();
            GeneratedPages.textFromTop(cs, 419, 406, 9, "or");
            GeneratedPages.textFromTop(cs, 421, 416, 8, "Employer identification number");
        });
        assertEquals(List.of(), fs.stream().filter(f -> f.box().y1() * H < 409).toList());
    }

    @Test
    void lineNumberOverTheNextLinesNumberBoxStillLabelsItsBlank() throws IOException {
        // tax-form lines: number boxes in a column, each line's amount written on a rule beside its number
        List<DetectedField> fs = GeneratedPages.detect(cs -> {
            cs.setLineWidth(0.5f);
            String[] numbers = {"25a", "25b", "25c"};
            for (int i = 0; i < numbers.length; i++) {
                float top = 300 + 14 * i;
                cs.addRect(370, H - top - 14, 38, 14);
                cs.moveTo(410, H - top - 14);
                cs.lineTo(482, H - top - 14);
                GeneratedPages.textFromTop(cs, 380, top + 10, 8, numbers[i]);
            }
            cs.stroke();
        });
        assertEquals(3, fs.size(), "one blank on each line's rule: " + fs);
    }

    @Test
    void firstColumnTitleOfAHeaderRowOverCheckboxesIsNoBlank() throws IOException {
        // "Income source | Yes | No" over "Wages | ☐ | ☐" and "Pension | ☐ | ☐"; a row of the form
        // ("Name: … | Phone: …" over "Address: … | City: …") keeps the room beside each label
        List<DetectedField> fs = GeneratedPages.detect(cs -> {
            grid(cs, new float[] {50, 300, 360, 420}, 180, 20, 3);
            GeneratedPages.textFromTop(cs, 53, 194, 10, "Income source");
            GeneratedPages.textFromTop(cs, 320, 194, 10, "Yes");
            GeneratedPages.textFromTop(cs, 382, 194, 10, "No");
            GeneratedPages.textFromTop(cs, 53, 214, 10, "Wages");
            GeneratedPages.textFromTop(cs, 53, 234, 10, "Pension");
            for (float y : new float[] {215, 235}) {
                cs.addRect(325, H - y, 10, 10);
                cs.addRect(385, H - y, 10, 10);
            }
            cs.stroke();
            grid(cs, new float[] {50, 280, 500}, 300, 20, 2);
            GeneratedPages.textFromTop(cs, 53, 314, 10, "Name:");
            GeneratedPages.textFromTop(cs, 283, 314, 10, "Phone:");
            GeneratedPages.textFromTop(cs, 53, 334, 10, "Address:");
            GeneratedPages.textFromTop(cs, 283, 334, 10, "City:");
        });
        assertEquals(List.of(), fs.stream().filter(f -> f.box().y1() * H < 201).toList(), "the header row holds titles only");
        assertEquals(4, fs.stream().filter(f -> f.box().y0() * H > 200 && f.box().y1() * H < 241).count(), fs::toString);
        assertEquals(4, fs.stream().filter(f -> f.box().y0() * H > 299).count(), "the form's rows keep their blanks: " + fs);
    }

    @Test
    void titlesOverAColumnOfAmountsAreNoBlanks() throws IOException {
        // "Expense | Monthly amount" over "Rent or mortgage | ⎵", "Utilities | ⎵", "Total | ⎵"
        List<DetectedField> fs = GeneratedPages.detect(cs -> {
            grid(cs, new float[] {50, 400, 520}, 300, 18, 4);
            GeneratedPages.textFromTop(cs, 53, 312, 9, "Expense");
            GeneratedPages.textFromTop(cs, 403, 312, 9, "Monthly amount");
            String[] rows = {"Rent or mortgage", "Utilities", "Total"};
            for (int i = 0; i < rows.length; i++) {
                GeneratedPages.textFromTop(cs, 53, 330 + 18 * i, 9, rows[i]);
            }
        });
        assertEquals(List.of(), fs.stream().filter(f -> f.box().y1() * H < 319).toList(), "the header row holds titles only");
        assertEquals(3, fs.size(), "one amount a row: " + fs);
        assertTrue(fs.stream().allMatch(f -> f.box().x0() * GeneratedPages.W > 399), fs::toString);
    }

    @Test
    void labelCellAloneKeepsTheSpaceBesideItsLabel() throws IOException {
        List<DetectedField> fs = GeneratedPages.detect(cs -> ssnBlock(cs, false));
        assertEquals(1, inLabelRow(fs).size(), fs::toString);
        assertTrue(inLabelRow(fs).get(0).box().x0() * GeneratedPages.W > 480, "beside the label: " + fs);
    }
}
