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
 * text: the sign is no end of a sentence running onto the rule.
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
}
