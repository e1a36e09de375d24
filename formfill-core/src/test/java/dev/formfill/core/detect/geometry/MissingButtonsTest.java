package dev.formfill.core.detect.geometry;

import static dev.formfill.core.detect.geometry.GeneratedPages.textFromTop;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.formfill.core.DetectedField;
import dev.formfill.core.FieldType;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.junit.jupiter.api.Test;

/**
 * A row of options with drawn squares before all but the last ("☐ Married ☐ Divorced ☐ Single ⎵ Widowed"):
 * the last gets a square of the row's size where the others have theirs. Words after a Yes/No pair are what
 * it answers, and a label wrapped onto the next line under its option's text is no option of its own.
 */
class MissingButtonsTest {

    private static final float H = GeneratedPages.H, W = GeneratedPages.W;

    @Test
    void theOptionWithoutItsSquareGetsOne() throws IOException {
        List<DetectedField> fs = GeneratedPages.detect(cs -> {
            cs.setLineWidth(0.5f);
            float[] xs = {60, 130, 200};
            String[] options = {"Married", "Divorced", "Single"};
            for (int i = 0; i < 3; i++) {
                option(cs, xs[i], 300, options[i]);
            }
            textFromTop(cs, 282, 308, 9, "Widowed"); // its square is missing
            // "☐ Yes ☐ No Employment": the item the pair answers
            option(cs, 60, 340, "Yes");
            option(cs, 95, 340, "No");
            textFromTop(cs, 140, 348, 9, "Employment");
            // "☐ American Indian or" wrapped onto "Alaska Native", between two options of the next line
            option(cs, 40, 380, "White");
            option(cs, 160, 380, "American Indian or");
            option(cs, 40, 390, "Black");
            textFromTop(cs, 172, 398, 9, "Alaska Native");
            option(cs, 300, 390, "Japanese");
            cs.stroke();
        });
        List<DetectedField> buttons = GeneratedPages.ofType(fs, FieldType.CHOICE_BUTTON);
        assertEquals(10, buttons.size(), fs::toString);
        DetectedField widowed = buttons.stream().filter(b -> Math.abs(b.box().y0() * H - 300) < 2 && b.box().x0() * W > 250)
                .findFirst().orElseThrow(() -> new AssertionError(fs.toString()));
        assertEquals(270, widowed.box().x0() * W, 1.5, widowed::toString);
        assertEquals(279, widowed.box().x1() * W, 1.5, widowed::toString);
    }

    /** A 9 pt square with its top at {@code top} (from the page top), and its option's text 3 pt after it. */
    private static void option(PDPageContentStream cs, float x, float top, String text) throws IOException {
        cs.addRect(x, H - top - 9, 9, 9);
        textFromTop(cs, x + 12, top + 8, 9, text);
    }
}
