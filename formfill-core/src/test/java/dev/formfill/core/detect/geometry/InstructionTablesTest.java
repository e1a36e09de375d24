package dev.formfill.core.detect.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.formfill.core.DetectedField;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.junit.jupiter.api.Test;

/** Tables of instructions are read, not filled, even where a short text leaves room in its cell. */
class InstructionTablesTest {

    private static final float H = GeneratedPages.H;
    private static final float LINE = 10, WIDTH = 130;

    /**
     * Draws a two-column table from the top of the page down: each row as tall as its longer
     * cell plus {@code room}, each cell's text one line per array element.
     */
    private static float table(PDPageContentStream cs, float top, float room, String[][][] rows) throws IOException {
        cs.setLineWidth(0.5f);
        float y = top;
        for (String[][] row : rows) {
            int lines = Math.max(row[0].length, row[1].length);
            float h = lines * LINE + 4 + room;
            for (int col = 0; col < 2; col++) {
                float x = 36 + WIDTH * col;
                cs.addRect(x, H - y - h, WIDTH, h);
                for (int i = 0; i < row[col].length; i++) {
                    GeneratedPages.textFromTop(cs, x + 4, y + 9 + LINE * i, 8, row[col][i]);
                }
            }
            y += h;
        }
        cs.stroke();
        return y;
    }

    private static final String[][][] INSTRUCTIONS = {
            {{"IF the payment is for . . ."}, {"THEN the payment is exempt", "for . . ."}},
            {{"Interest and dividend payments"}, {"All exempt payees except", "for 7."}},
            {{"Broker transactions, sales"}, {"Exempt payees 1 through 4", "and 6 through 11 and all"}},
            {{"Barter exchange transactions", "and patronage dividends"}, {"Exempt payees 1 through 4."}},
            {{"Payments over $600 required", "to be reported"}, {"Generally, exempt payees", "1 through 5."}},
            {{"Payments made in settlement", "of payment card transactions"}, {"Exempt payees 1 through 4", "and 6 through 11."}},
            {{"Payments by federal agencies"}, {"Exempt payees 1 through 5."}},
            {{"Payments of mortgage interest"}, {"Exempt payees 1 through 4."}},
            {{"Interest paid on the bonds of", "a state or a local government"}, {"Exempt payees 1 through 5", "and 7 through 13 as listed."}},
            {{"Royalties paid to a partnership", "or a trust of an estate"}, {"Exempt payees 1 through 4", "and 6 through 9 as listed."}},
    };

    @Test
    void shortTextBesideALongerOneLeavesNoBlankInATableOfText() throws IOException {
        List<DetectedField> fs = GeneratedPages.detect(cs -> table(cs, 300, 0, INSTRUCTIONS));
        assertEquals(List.of(), fs);
    }

    @Test
    void tallRoomUnderACaptionInATableOfTextIsStillABlank() throws IOException {
        // the same table with a last row of captions over room for several lines ("Port of Discharge")
        String[][][] captions = {{{"Port of Discharge"}, {"Place of Delivery"}}};
        List<DetectedField> fs = GeneratedPages.detect(cs -> {
            float bottom = table(cs, 300, 0, INSTRUCTIONS);
            table(cs, bottom, 3 * LINE, captions);
        });
        assertEquals(2, fs.size(), fs::toString);
    }

    @Test
    void captionCellsOfAFormKeepTheirBlanks() throws IOException {
        // a grid of the same shape, its cells captions with room to write under them: the form's blanks
        String[][][] rows = {
            {{"Name of applicant"}, {"Address (number, street,", "and apartment)"}},
            {{"Date of birth"}, {"Telephone number"}},
            {{"Place of birth"}, {"Email address"}},
            {{"Name of employer"}, {"Address of employer (number,", "street, and apartment)"}},
        };
        List<DetectedField> fs = GeneratedPages.detect(cs -> table(cs, 300, 14, rows));
        assertEquals(rows.length * 2, fs.size(), "one blank under each caption: " + fs);
    }
}
