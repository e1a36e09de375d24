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
import org.junit.jupiter.api.Test;

/** Sentences listed under "check one box", each indented past the bare space of its checkbox. */
class CheckPromptListsTest {

    @Test
    void optionsUnderACheckInstructionGetACheckboxAtItsMargin() throws IOException {
        List<DetectedField> fs = GeneratedPages.detect(cs -> {
            textFromTop(cs, 36, 200, 10, "Type of request (see the instructions, check one box only):");
            textFromTop(cs, 54, 224, 10, "Vaccination, Part B (including physician, laboratory and imaging services),");
            textFromTop(cs, 54, 236, 10, "foreign travel and shipboard services"); // the option's wrapped second line
            textFromTop(cs, 54, 254, 10, "Durable medical equipment, prosthetics, orthotics and supplies");
            textFromTop(cs, 54, 270, 10, "The provider is not enrolled with Medicare and will not file a claim");
        });
        List<DetectedField> buttons = ofType(fs, FieldType.CHOICE_BUTTON);
        assertEquals(3, buttons.size(), fs::toString);
        for (DetectedField b : buttons) {
            assertEquals(36, b.box().x0() * W, 1, "at the instruction's margin: " + b);
            assertTrue(b.box().x1() * W < 50, "before the option's text: " + b);
        }
        assertTrue(buttons.get(1).box().y0() * H > 240, "none beside the wrapped line: " + buttons);
    }

    @Test
    void indentedTextAfterOtherSentencesGetsNoCheckbox() throws IOException {
        List<DetectedField> fs = GeneratedPages.detect(cs -> {
            textFromTop(cs, 36, 200, 10, "Mark your answers in ink. Keep a copy for your records.");
            textFromTop(cs, 54, 224, 10, "Vaccination, Part B (including physician, laboratory and imaging services),");
            textFromTop(cs, 54, 240, 10, "Durable medical equipment, prosthetics, orthotics and supplies");
            textFromTop(cs, 36, 400, 10, "Check the box below if you moved. If you did, tell us where you live now");
            textFromTop(cs, 36, 412, 10, "and since when; we update our records within thirty days of hearing.");
        });
        assertEquals(List.of(), ofType(fs, FieldType.CHOICE_BUTTON));
    }
}
