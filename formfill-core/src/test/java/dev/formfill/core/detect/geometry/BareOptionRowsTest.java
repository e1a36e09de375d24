package dev.formfill.core.detect.geometry;

import static dev.formfill.core.detect.geometry.GeneratedPages.H;
import static dev.formfill.core.detect.geometry.GeneratedPages.W;
import static dev.formfill.core.detect.geometry.GeneratedPages.ofType;
import static dev.formfill.core.detect.geometry.GeneratedPages.textFromTop;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.formfill.core.DetectedField;
import dev.formfill.core.FieldType;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.junit.jupiter.api.Test;

/**
 * Options in a row whose checkboxes only the widgets drew: numbered ones ("check the appropriate
 * box 1) Farming 2) Commercial 3) Other") and answer pairs ("Male Female"), with bare gaps where the
 * squares go.
 */
class BareOptionRowsTest {

    /** A band between two rules from x 36 to 576, its text's baseline at {@code baseline} from the top. */
    private static void band(PDPageContentStream cs, float baseline) throws IOException {
        cs.setLineWidth(0.5f);
        for (float y : new float[] {baseline - 12, baseline + 4}) {
            cs.moveTo(36, H - y);
            cs.lineTo(576, H - y);
        }
        cs.stroke();
    }

    @Test
    void bareGapBeforeEachNumberedOptionHoldsItsCheckbox() throws IOException {
        List<DetectedField> fs = GeneratedPages.detect(cs -> {
            band(cs, 200);
            textFromTop(cs, 40, 200, 9, "FUEL USED FOR: [Please check the appropriate box(es)]");
            textFromTop(cs, 290, 200, 10, "1) Farming");
            textFromTop(cs, 355, 200, 10, "2) Commercial");
            textFromTop(cs, 440, 200, 10, "3) Other (specify)");
        });
        List<DetectedField> buttons = ofType(fs, FieldType.CHOICE_BUTTON);
        assertEquals(3, buttons.size(), fs::toString);
        DetectedField first = buttons.get(0);
        assertTrue(first.box().x1() * W < 290 && first.box().x1() * W > 286, "just before its number: " + first);
        assertTrue(first.box().y1() * H > 197 && first.box().y1() * H < 203, "on the line of text: " + first);
    }

    @Test
    void answersFollowedByTheirDrawnBoxesGetNoSecondButtonBefore() throws IOException {
        // "Do you rent?  Yes ☐  No ☐": the room before each answer is spacing; its box follows it
        List<DetectedField> fs = GeneratedPages.detect(cs -> {
            textFromTop(cs, 50, 300, 10, "Do you rent?");
            textFromTop(cs, 150, 300, 10, "Yes");
            textFromTop(cs, 195, 300, 10, "No");
            cs.setLineWidth(0.75f);
            cs.addRect(172, H - 301, 10, 10);
            cs.addRect(212, H - 301, 10, 10);
            cs.stroke();
        });
        List<DetectedField> buttons = ofType(fs, FieldType.CHOICE_BUTTON);
        assertEquals(2, buttons.size(), fs::toString);
        assertTrue(buttons.stream().allMatch(b -> Math.round(b.box().x0() * W) == 171 || Math.round(b.box().x0() * W) == 211),
                fs::toString);
    }

    @Test
    void countingInRunningTextOrInRuledColumnHeadersGivesNoCheckbox() throws IOException {
        List<DetectedField> fs = GeneratedPages.detect(cs -> {
            textFromTop(cs, 40, 200, 10, "Before you mail it: 1) sign the form, 2) date it, 3) attach your W-2.");
            textFromTop(cs, 100, 300, 10, "1) Sign");
            textFromTop(cs, 148, 300, 10, "3) Date"); // not the next number
            band(cs, 400);
            cs.moveTo(125, H - 388);
            cs.lineTo(125, H - 404);
            cs.moveTo(205, H - 388);
            cs.lineTo(205, H - 404);
            cs.stroke();
            textFromTop(cs, 60, 400, 9, "(a) First name");
            textFromTop(cs, 140, 400, 9, "(b) Last name");
            textFromTop(cs, 220, 400, 9, "(c) Relationship");
        });
        assertEquals(List.of(), ofType(fs, FieldType.CHOICE_BUTTON));
    }

    @Test
    void bareGapsBeforeMaleAndFemaleHoldTheirButtons() throws IOException {
        List<DetectedField> fs = GeneratedPages.detect(cs -> {
            textFromTop(cs, 40, 200, 8, "Date of birth (mm/dd/yyyy)");
            textFromTop(cs, 200, 200, 8, "Male");
            textFromTop(cs, 233, 200, 8, "Female");
            textFromTop(cs, 40, 300, 10, "The applicant, male or female, signs below.");
        });
        List<DetectedField> buttons = ofType(fs, FieldType.CHOICE_BUTTON);
        assertEquals(2, buttons.size(), fs::toString);
        assertEquals("Male", buttons.get(0).label());
        assertTrue(buttons.get(0).box().x1() * W < 200 && buttons.get(0).box().x1() * W > 196, buttons::toString);
    }
}
