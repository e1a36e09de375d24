package dev.formfill.core.detect.geometry;

import static dev.formfill.core.detect.geometry.GeneratedPages.H;
import static dev.formfill.core.detect.geometry.GeneratedPages.lineFromTop;
import static dev.formfill.core.detect.geometry.GeneratedPages.ofType;
import static dev.formfill.core.detect.geometry.GeneratedPages.textFromTop;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.formfill.core.DetectedField;
import dev.formfill.core.FieldType;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A bracket drawn from a checkbox down to its follow-up question ("If yes, which months?") is a leader:
 * its lower arm is no fill-in line.
 */
class LeaderBracketTest {

    @Test
    void theLowerArmOfABracketFromACheckboxIsNoBlank() throws IOException {
        assertEquals(List.of(), ofType(bracket(6.3f), FieldType.TEXT_BOX));
    }

    @Test
    void armsOfOneLengthAreNoBracket() throws IOException {
        assertEquals(1, ofType(bracket(25.2f), FieldType.TEXT_BOX).size());
    }

    private static List<DetectedField> bracket(float upperArm) throws IOException {
        return GeneratedPages.detect(cs -> {
            textFromTop(cs, 60, 165, 10, "Does anyone need help paying medical bills?");
            cs.setNonStrokingColor(0.94f, 0.94f, 0.94f);
            cs.addRect(268.9f, H - 169.7f, 17, 17.1f); // the checkbox, a tinted square
            cs.fill();
            cs.setNonStrokingColor(0f, 0f, 0f);
            cs.setLineWidth(0.5f);
            lineFromTop(cs, 260.7f, 161.1f, 260.7f + upperArm, 161.1f);
            lineFromTop(cs, 260.7f, 161.1f, 260.7f, 191.3f);
            lineFromTop(cs, 260.7f, 191.3f, 285.9f, 191.3f);
            cs.stroke();
            textFromTop(cs, 290, 190, 9, "Which months?");
        });
    }
}
