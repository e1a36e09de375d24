package dev.formfill.core.detect.geometry;

import static dev.formfill.core.detect.geometry.GeneratedPages.H;
import static dev.formfill.core.detect.geometry.GeneratedPages.W;
import static dev.formfill.core.detect.geometry.GeneratedPages.textFromTop;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.formfill.core.DetectedField;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A caption a line over a rule, at the top of a tall row ("Daytime phone number"), labels the blank on the rule. */
class CaptionAboveLineTest {

    private static List<DetectedField> lineUnder(String caption, float captionX) throws IOException {
        return GeneratedPages.detect(cs -> {
            for (int i = 0; i < 3; i++) {
                textFromTop(cs, 40, 100 + 12 * i, 8, "Under penalties of perjury, I declare that I have examined this return.");
            }
            textFromTop(cs, captionX, 655, 7, caption);
            cs.setLineWidth(0.5f);
            cs.moveTo(460.8f, H - 672);
            cs.lineTo(576, H - 672);
            cs.stroke();
        });
    }

    @Test
    void aCaptionALineOverTheRuleLabelsIt() throws IOException {
        List<DetectedField> fs = lineUnder("Daytime phone number", 463);
        assertEquals(1, fs.size(), fs::toString);
        assertEquals("Daytime phone number", fs.get(0).label());
        assertEquals(461, fs.get(0).box().x0() * W, 1.5, fs::toString);
    }

    @Test
    void textRunningPastTheRulesEndIsNoCaption() throws IOException {
        assertEquals(List.of(), lineUnder("is true, correct and complete to the best of my knowledge.", 380));
    }
}
