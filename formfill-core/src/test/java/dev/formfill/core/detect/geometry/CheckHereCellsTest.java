package dev.formfill.core.detect.geometry;

import static dev.formfill.core.detect.geometry.GeneratedPages.H;
import static dev.formfill.core.detect.geometry.GeneratedPages.W;
import static dev.formfill.core.detect.geometry.GeneratedPages.ofType;
import static dev.formfill.core.detect.geometry.GeneratedPages.textFromTop;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.formfill.core.DetectedField;
import dev.formfill.core.FieldType;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.junit.jupiter.api.Test;

/**
 * A row whose last cell holds a few lines of text ending in a checkbox ("Check here if … ☐") is a
 * row of fields, not of instructions: the captioned cells beside it keep their blanks.
 */
class CheckHereCellsTest {

    /** A row from y 132 to 156 (from the top): an address cell to x 418, an apartment cell to 468, a note to 576. */
    private static void row(PDPageContentStream cs, boolean checkbox) throws IOException {
        cs.setLineWidth(0.5f);
        for (float y : new float[] {132, 156}) {
            cs.moveTo(36, H - y);
            cs.lineTo(576, H - y);
        }
        for (float x : new float[] {36, 417.6f, 468}) {
            cs.moveTo(x, H - 132);
            cs.lineTo(x, H - 156);
        }
        if (checkbox) {
            cs.addRect(568, H - 154.7f, 8, 8);
        }
        cs.stroke();
        textFromTop(cs, 38, 139, 7, "Home address (number and street). If you have a P.O. box, see instructions.");
        textFromTop(cs, 420, 139, 7, "Apt. no.");
        textFromTop(cs, 470, 138.5f, 6.5f, "Check here if your main home, and your");
        textFromTop(cs, 470, 146, 6.5f, "spouse's if filing a joint return, was in");
        textFromTop(cs, 470, 153.5f, 6.5f, "the U.S. for more than half of the year.");
    }

    @Test
    void aNoteEndingInACheckboxLeavesTheRowsBlanks() throws IOException {
        List<DetectedField> fs = GeneratedPages.detect(cs -> row(cs, true));
        List<DetectedField> blanks = ofType(fs, FieldType.TEXT_BOX);
        assertEquals(2, blanks.size(), fs::toString);
        assertEquals(36, blanks.get(0).box().x0() * W, 2, blanks::toString);
        assertEquals(1, fs.size() - blanks.size(), "and the checkbox: " + fs);
    }

    @Test
    void aNoteWithoutACheckboxMakesARowOfInstructions() throws IOException {
        assertEquals(List.of(), ofType(GeneratedPages.detect(cs -> row(cs, false)), FieldType.TEXT_BOX));
    }
}
