package dev.formfill.core.detect.geometry;

import static dev.formfill.core.detect.geometry.GeneratedPages.H;
import static dev.formfill.core.detect.geometry.GeneratedPages.spans;
import static dev.formfill.core.detect.geometry.GeneratedPages.textFromTop;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.formfill.core.DetectedField;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.junit.jupiter.api.Test;

/**
 * A date box whose faint placeholder sets its parts well apart ("MM  /  DD  /  YYYY") is one field per
 * part; a hint set at word spacing ("MM / YYYY") leaves the box one field.
 */
class DatePlaceholderPartsTest {

    @Test
    void spacedOutDatePartsAreOneFieldEach() throws IOException {
        List<DetectedField> fs = GeneratedPages.detect(cs -> {
            textFromTop(cs, 360, 69, 7, "Deceased");
            box(cs, 418, 482);
            faint(cs, 418.6f, 7, "MM");
            textFromTop(cs, 434, 69, 7, "/");
            faint(cs, 441.5f, 7, "DD");
            textFromTop(cs, 455.6f, 69, 7, "/");
            faint(cs, 462, 7, "YYYY");
        });
        assertEquals(List.of(List.of(419L, 434L), List.of(436L, 456L), List.of(458L, 481L)), spans(fs), fs::toString);
    }

    @Test
    void aHintAtWordSpacingLeavesOneField() throws IOException {
        List<DetectedField> fs = GeneratedPages.detect(cs -> {
            textFromTop(cs, 360, 69, 7, "End date");
            box(cs, 418, 482);
            faint(cs, 420, 9, "MM / YYYY");
        });
        assertEquals(List.of(List.of(419L, 481L)), spans(fs), fs::toString);
    }

    private static void box(PDPageContentStream cs, float x0, float x1) throws IOException {
        cs.setLineWidth(0.5f);
        cs.addRect(x0, H - 71.4f, x1 - x0, 10.8f);
        cs.stroke();
    }

    private static void faint(PDPageContentStream cs, float x, float size, String part) throws IOException {
        cs.setNonStrokingColor(0.75f, 0.75f, 0.75f);
        textFromTop(cs, x, 69, size, part);
        cs.setNonStrokingColor(0f, 0f, 0f);
    }
}
