package dev.formfill.core.detect.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.formfill.core.DetectedField;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.junit.jupiter.api.Test;

/**
 * Rows that take no entry: tax forms grey out the line number of such a line, and a section's title
 * bar opens with a dark tag ("Part II").
 */
class StruckOutRowsTest {

    private static final float H = GeneratedPages.H;
    private static final float ROW = 12, TOP = 300;

    /**
     * An amount column: a 22 pt number box, then a 72 pt amount cell, one row per entry. A row
     * whose number is null has its number box shaded and empty; {@code grey} shades the number
     * boxes that hold a number as well.
     */
    private static void amounts(PDPageContentStream cs, String[] numbers, boolean grey) throws IOException {
        cs.setLineWidth(0.5f);
        for (int i = 0; i < numbers.length; i++) {
            float y = H - TOP - ROW * (i + 1);
            if (numbers[i] == null || grey) {
                cs.setNonStrokingColor(0.7f);
                cs.addRect(482, y, 22, ROW);
                cs.fill();
                cs.setNonStrokingColor(0f);
            }
            cs.addRect(482, y, 22, ROW);
            cs.addRect(504, y, 72, ROW);
            cs.stroke();
            if (numbers[i] != null) {
                GeneratedPages.text(cs, 486, y + 3, 8, numbers[i]);
            }
        }
    }

    /** Blanks in the amount cell of the row (the column right of the number boxes). */
    private static long blanksInRow(List<DetectedField> fs, int row) {
        double y = TOP + ROW * row + ROW / 2;
        return fs.stream().filter(f -> f.box().y0() * H < y && f.box().y1() * H > y
                && f.box().x0() * GeneratedPages.W > 500).count();
    }

    @Test
    void amountCellBesideAGreyedOutEmptyNumberBoxIsNoBlank() throws IOException {
        List<DetectedField> fs = GeneratedPages.detect(cs -> amounts(cs, new String[] {"1a", null, "2a", "2b"}, false));
        assertEquals(List.of(1L, 0L, 1L, 1L), List.of(blanksInRow(fs, 0), blanksInRow(fs, 1), blanksInRow(fs, 2),
                blanksInRow(fs, 3)), fs::toString);
    }

    /** A bar from x 36 to 576, 12 pt tall, opening with a 36 pt tag of the given grey, then a title. */
    private static void titleBar(PDPageContentStream cs, float grey) throws IOException {
        float y = H - 432;
        cs.setNonStrokingColor(grey);
        cs.addRect(36, y, 36, 12);
        cs.fill();
        cs.setNonStrokingColor(0f);
        cs.setLineWidth(0.5f);
        cs.moveTo(36, y + 12);
        cs.lineTo(576, y + 12);
        cs.moveTo(36, y);
        cs.lineTo(576, y);
        cs.moveTo(576, y);
        cs.lineTo(576, y + 12);
        cs.stroke();
        GeneratedPages.text(cs, 80, y + 3, 9, "All Filers Must Complete This Part");
    }

    @Test
    void titleBarOpeningWithADarkTagIsNoBlank() throws IOException {
        assertEquals(List.of(), GeneratedPages.detect(cs -> titleBar(cs, 0f)));
    }

    @Test
    void rowOpeningWithALightTagKeepsItsBlank() throws IOException {
        List<DetectedField> fs = GeneratedPages.detect(cs -> titleBar(cs, 0.9f));
        assertEquals(1, fs.stream().filter(f -> f.box().x0() * GeneratedPages.W > 200).count(), "beside the title: " + fs);
    }

    @Test
    void greyNumberBoxesThatHoldTheirNumbersStrikeNothingOut() throws IOException {
        List<DetectedField> fs = GeneratedPages.detect(cs -> amounts(cs, new String[] {"1a", "1b", "2a", "2b"}, true));
        for (int row = 0; row < 4; row++) {
            assertEquals(1, blanksInRow(fs, row), "row " + row + ": " + fs);
        }
    }
}
