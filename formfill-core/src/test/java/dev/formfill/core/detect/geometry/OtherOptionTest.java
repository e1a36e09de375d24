package dev.formfill.core.detect.geometry;

import static dev.formfill.core.detect.geometry.GeneratedPages.H;
import static dev.formfill.core.detect.geometry.GeneratedPages.W;
import static dev.formfill.core.detect.geometry.GeneratedPages.textFromTop;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.formfill.core.DetectedField;
import dev.formfill.core.FieldType;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.junit.jupiter.api.Test;

/** The room after a checkbox option is no blank, except after "Other", where the filler says what. */
class OtherOptionTest {

    /** A row from y 300 to 312 (from the top): a checkbox and an option in a cell to x 240, then two empty cells. */
    private static void row(PDPageContentStream cs, String option) throws IOException {
        cs.setLineWidth(0.5f);
        for (float y : new float[] {300, 312}) {
            cs.moveTo(36, H - y);
            cs.lineTo(576, H - y);
        }
        for (float x : new float[] {36, 240, 410, 576}) {
            cs.moveTo(x, H - 300);
            cs.lineTo(x, H - 312);
        }
        cs.addRect(38, H - 310, 8, 8);
        cs.stroke();
        textFromTop(cs, 49, 309, 7, option);
    }

    /** The text fields' left edges, rounded to whole points. */
    private static List<Long> textStarts(List<DetectedField> fs) {
        return fs.stream().filter(f -> f.type() == FieldType.TEXT_BOX).map(f -> Math.round(f.box().x0() * W)).toList();
    }

    @Test
    void theRoomAfterOtherIsABlankBesideTheRowsCells() throws IOException {
        List<DetectedField> fs = GeneratedPages.detect(cs -> row(cs, "Other"));
        assertEquals(3, textStarts(fs).size(), fs::toString);
    }

    @Test
    void theRoomAfterAnotherOptionIsNone() throws IOException {
        List<DetectedField> fs = GeneratedPages.detect(cs -> row(cs, "Married"));
        assertEquals(2, textStarts(fs).size(), fs::toString);
    }
}
