package dev.formfill.core.detect.geometry;

import static dev.formfill.core.detect.geometry.GeneratedPages.H;
import static dev.formfill.core.detect.geometry.GeneratedPages.textFromTop;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.formfill.core.DetectedField;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.junit.jupiter.api.Test;

/** Where two tinted panels meet: a seam within one tint is no line, an edge between two tints is. */
class FillEdgesTest {

    /** Two panels from x 36 to 300 meeting at y 300 (from the top), the lower one of the given grey, and a caption on the seam. */
    private static void panels(PDPageContentStream cs, float lowerGrey) throws IOException {
        cs.setNonStrokingColor(0.97f);
        cs.addRect(36, H - 300, 264, 60);
        cs.fill();
        cs.setNonStrokingColor(lowerGrey);
        cs.addRect(36, H - 360, 264, 60);
        cs.fill();
        cs.setNonStrokingColor(0f);
        textFromTop(cs, 40, 297, 8, "Name of the office");
    }

    @Test
    void theSeamOfOneTintDrawnAsTwoPanelsIsNoLine() throws IOException {
        assertEquals(List.of(), GeneratedPages.detect(cs -> panels(cs, 0.97f)));
    }

    @Test
    void aPanelOfAnotherTintKeepsItsEdges() throws IOException {
        List<DetectedField> fs = GeneratedPages.detect(cs -> panels(cs, 0.92f));
        assertEquals(1, fs.size(), fs::toString);
        assertEquals(300, fs.get(0).box().y0() * H, 2, "the lower panel is a box of its own: " + fs);
    }
}
