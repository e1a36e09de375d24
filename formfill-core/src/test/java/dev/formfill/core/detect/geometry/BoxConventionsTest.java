package dev.formfill.core.detect.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.formfill.core.Box;
import dev.formfill.core.DetectedField;
import dev.formfill.core.FieldType;
import dev.formfill.core.PrepareOptions;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.junit.jupiter.api.Test;

/** The widget-placement conventions, through the whole geometry detector on generated pages. */
class BoxConventionsTest {

    private static final float W = GeneratedPages.W, H = GeneratedPages.H;

    private static List<DetectedField> detect(FieldType type, GeneratedPages.Strokes strokes) throws IOException {
        return GeneratedPages.detect(strokes, PrepareOptions.defaults()).stream()
                .filter(f -> f.type() == type).collect(Collectors.toList());
    }

    private static void text(PDPageContentStream cs, float x, float y, String s) throws IOException {
        GeneratedPages.text(cs, x, y, 9, s);
    }

    /** A stroked rectangle given in PDF user space (origin bottom-left). */
    private static void rect(PDPageContentStream cs, float x, float y, float w, float h) throws IOException {
        cs.setLineWidth(0.5f);
        cs.addRect(x, y, w, h);
        cs.stroke();
    }

    /** Box in displayed points (origin top-left). */
    private static double[] pt(Box b) {
        return new double[] {b.x0() * W, b.y0() * H, b.x1() * W, b.y1() * H};
    }

    @Test
    void smallSquareBecomesACheckboxOfTheConventionalSizeCentredOnIt() throws IOException {
        List<DetectedField> fs = detect(FieldType.CHOICE_BUTTON, cs -> {
            rect(cs, 100, 600, 8, 8);
            text(cs, 112, 601, "Yes, I agree");
        });
        assertEquals(1, fs.size(), fs::toString);
        double[] b = pt(fs.get(0).box());
        double side = 8 * BoxConventions.SQUARE_GROWTH;
        assertEquals(side, b[2] - b[0], 0.6);
        assertEquals(side, b[3] - b[1], 0.6);
        assertEquals(104, (b[0] + b[2]) / 2, 0.6); // centred on the drawn square
        assertEquals(H - 604, (b[1] + b[3]) / 2, 0.6);
    }

    @Test
    void largeSquareKeepsItsDrawnSize() throws IOException {
        List<DetectedField> fs = detect(FieldType.CHOICE_BUTTON, cs -> {
            rect(cs, 100, 600, 15, 15);
            text(cs, 120, 604, "Yes, I agree");
        });
        assertEquals(1, fs.size(), fs::toString);
        double[] b = pt(fs.get(0).box());
        assertEquals(15, b[2] - b[0], 1.0);
        assertEquals(H - 615, b[1], 1.0);
    }

    @Test
    void tallAmountCellWithItsRowLabelOnTheBottomLineGetsOneLineAtTheBottom() throws IOException {
        // a two-line row label; its last line and the line number next to the cell sit on the bottom line
        // of a 26 pt amount cell (tax-form style)
        List<DetectedField> fs = detect(FieldType.TEXT_BOX, cs -> {
            text(cs, 72, 515, "Add lines 1 through 7. This is your");
            text(cs, 72, 503, "total income");
            text(cs, 288, 503, "9");
            rect(cs, 300, 500, 120, 26);
        });
        assertEquals(1, fs.size(), fs::toString);
        double[] b = pt(fs.get(0).box());
        assertEquals(H - 500, b[3], 1.5);
        assertTrue(b[3] - b[1] >= 11 && b[3] - b[1] <= 15, () -> "one line high: " + (b[3] - b[1]));
        assertTrue(b[0] >= 299 && b[2] <= 421, () -> "inside the cell: " + b[0] + ".." + b[2]);
    }

    @Test
    void centsCellBesideATallAmountCellMovesToTheSameBottomLine() throws IOException {
        List<DetectedField> fs = detect(FieldType.TEXT_BOX, cs -> {
            text(cs, 72, 515, "Subtract line 7 from line 6. If line 7 is larger than line 6, enter");
            text(cs, 72, 503, "the difference");
            text(cs, 288, 503, "8");
            rect(cs, 300, 500, 120, 24); // dollars
            rect(cs, 420, 500, 22, 24); // cents: too narrow to be judged on its own
        });
        assertEquals(2, fs.size(), fs::toString);
        for (DetectedField f : fs) {
            double[] b = pt(f.box());
            assertEquals(H - 500, b[3], 1.5, f::toString);
            assertTrue(b[3] - b[1] <= 15, () -> "one line high: " + f);
        }
    }

    @Test
    void tallCellWithDollarSignOnItsBottomLineStartsRightOfTheSignAndKeepsOneLine() throws IOException {
        List<DetectedField> fs = detect(FieldType.TEXT_BOX, cs -> {
            text(cs, 72, 503, "Net amount of credit");
            rect(cs, 400, 500, 120, 28);
            text(cs, 403, 503, "$");
        });
        assertEquals(1, fs.size(), fs::toString);
        double[] b = pt(fs.get(0).box());
        assertTrue(b[0] > 403 + 4, () -> "starts right of the $: " + b[0]);
        assertEquals(H - 500, b[3], 1.5);
        assertTrue(b[3] - b[1] <= 15, () -> "one line high: " + (b[3] - b[1]));
    }

    @Test
    void cleanCellWithCentredLabelBesideItIsUnchanged() throws IOException {
        List<DetectedField> fs = detect(FieldType.TEXT_BOX, cs -> {
            text(cs, 72, 509, "If yes, who?");
            rect(cs, 200, 500, 200, 26);
        });
        assertEquals(1, fs.size(), fs::toString);
        double[] b = pt(fs.get(0).box());
        assertTrue(b[3] - b[1] >= 23, () -> "whole cell: " + (b[3] - b[1]));
        assertEquals(H - 526, b[1], 2.0);
    }

    @Test
    void emptyCellWithoutLabelIsUnchanged() throws IOException {
        List<DetectedField> fs = detect(FieldType.TEXT_BOX, cs -> rect(cs, 200, 500, 200, 30));
        assertEquals(1, fs.size(), fs::toString);
        double[] b = pt(fs.get(0).box());
        assertTrue(b[3] - b[1] >= 27, () -> "whole cell: " + (b[3] - b[1]));
    }
}
