package dev.formfill.core.detect.geometry;

import static dev.formfill.core.detect.geometry.GeneratedPages.lineFromTop;
import static dev.formfill.core.detect.geometry.GeneratedPages.ofType;
import static dev.formfill.core.detect.geometry.GeneratedPages.spans;
import static dev.formfill.core.detect.geometry.GeneratedPages.textFromTop;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.formfill.core.DetectedField;
import dev.formfill.core.FieldType;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A "$" standing on the left end of a short rule marks an amount blank, even right under a line of
 * text: the sign is no end of a sentence running onto the rule. Cents or a per cent sign printed at
 * a box's right end close its blank as the wall would.
 */
class CurrencyLineTest {

    @Test
    void theRuleAfterADollarSignUnderTextIsABlank() throws IOException {
        List<DetectedField> fs = GeneratedPages.detect(cs -> {
            textFromTop(cs, 60, 606, 8, "NOTE: You shouldn't include a cost that you already considered in your answer.");
            textFromTop(cs, 70, 620, 8, "Alimony paid");
            textFromTop(cs, 177.5f, 620.5f, 10, "$");
            cs.setLineWidth(0.96f);
            lineFromTop(cs, 172, 625, 223, 625);
            cs.stroke();
        });
        assertEquals(List.of(List.of(185L, 223L)), spans(ofType(fs, FieldType.TEXT_BOX)), fs::toString);
    }

    @Test
    void theRoomBetweenADollarSignAndPrintedCentsInABoxIsABlank() throws IOException {
        // "Amount requested [$ ________ .00]" and "Rate [________ %]": the endings close the blank like a wall
        List<DetectedField> fs = GeneratedPages.detect(cs -> {
            textFromTop(cs, 50, 250, 10, "Amount requested");
            textFromTop(cs, 153, 250, 10, "$");
            textFromTop(cs, 252, 250, 10, ".00");
            textFromTop(cs, 50, 290, 10, "Interest rate");
            textFromTop(cs, 260, 290, 10, "%");
            cs.setLineWidth(0.6f);
            cs.addRect(150, GeneratedPages.H - 254, 120, 18);
            cs.addRect(150, GeneratedPages.H - 294, 120, 18);
            cs.stroke();
        });
        assertEquals(List.of(List.of(161L, 250L), List.of(151L, 258L)), spans(ofType(fs, FieldType.TEXT_BOX)), fs::toString);
    }
}
