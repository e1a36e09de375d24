package dev.formfill.core.detect.geometry;

import static dev.formfill.core.detect.geometry.GeneratedPages.lineFromTop;
import static dev.formfill.core.detect.geometry.GeneratedPages.spans;
import static dev.formfill.core.detect.geometry.GeneratedPages.textFromTop;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.formfill.core.DetectedField;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.junit.jupiter.api.Test;

/**
 * Columns side by side with a narrow gap between their rules ("List B", "List C"): under one floor
 * with their top rules broken, or under one top rule with their floors broken.
 */
class CeilingsTest {

    /** A box from x 220 to 576, y 300 to 326, its top rule broken at 394–402 when {@code broken}. */
    private static void columns(PDPageContentStream cs, boolean broken) throws IOException {
        cs.setLineWidth(0.5f);
        lineFromTop(cs, 220, 300, 220, 326);
        lineFromTop(cs, 576, 300, 576, 326);
        lineFromTop(cs, 220, 326, 576, 326);
        if (broken) {
            lineFromTop(cs, 220, 300, 394, 300);
            lineFromTop(cs, 402, 300, 576, 300);
        } else {
            lineFromTop(cs, 220, 300, 576, 300);
        }
        cs.stroke();
        textFromTop(cs, 224, 309, 7.5f, "Expiration Date (if any) (mm/dd/yyyy)");
        textFromTop(cs, 406, 309, 7.5f, "Expiration Date (if any) (mm/dd/yyyy)");
    }

    @Test
    void aBrokenTopRuleGivesEachColumnItsBlank() throws IOException {
        List<DetectedField> fs = GeneratedPages.detect(cs -> columns(cs, true));
        assertEquals(List.of(List.of(221L, 393L), List.of(403L, 575L)), spans(fs), fs::toString);
        assertEquals("Expiration Date (if any) (mm/dd/yyyy)", fs.get(0).label());
    }

    @Test
    void anUnbrokenTopRuleKeepsOneBlank() throws IOException {
        List<DetectedField> fs = GeneratedPages.detect(cs -> columns(cs, false));
        assertEquals(1, fs.size(), fs::toString);
    }

    @Test
    void aCaptionOfTheNextColumnDoesNotStopABandsHangingLabel() throws IOException {
        List<DetectedField> fs = GeneratedPages.detect(cs -> {
            cs.setLineWidth(0.5f);
            lineFromTop(cs, 36, 300, 576, 300);
            lineFromTop(cs, 218, 300, 218, 340);
            lineFromTop(cs, 576, 300, 576, 340);
            lineFromTop(cs, 220, 322.7f, 394, 322.7f);
            lineFromTop(cs, 402, 322.7f, 576, 322.7f);
            cs.stroke();
            textFromTop(cs, 223, 309, 8, "Document Title");
            textFromTop(cs, 405, 309, 8, "Document Title");
        });
        assertEquals(List.of(List.of(218L, 394L), List.of(402L, 576L)), spans(fs), fs::toString);
    }
}
