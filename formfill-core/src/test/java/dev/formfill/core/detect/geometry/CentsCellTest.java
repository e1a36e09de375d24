package dev.formfill.core.detect.geometry;

import static dev.formfill.core.detect.geometry.GeneratedPages.lineFromTop;
import static dev.formfill.core.detect.geometry.GeneratedPages.spans;
import static dev.formfill.core.detect.geometry.GeneratedPages.textFromTop;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.formfill.core.DetectedField;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An amount in a middle column ("8b [dollars|cents]"): the cells are open at the top, and the cents
 * cell's right side is the next column's tall wall.
 */
class CentsCellTest {

    @Test
    void theCentsCellBesideAColumnWallIsABlank() throws IOException {
        List<DetectedField> fs = GeneratedPages.detect(cs -> {
            cs.setLineWidth(0.5f);
            lineFromTop(cs, 345, 372, 461, 372); // the amount's floor, from its line number box on
            lineFromTop(cs, 367.2f, 360, 367.2f, 372); // the dollars cell's sides, a line tall
            lineFromTop(cs, 439.2f, 360, 439.2f, 372);
            lineFromTop(cs, 460.8f, 336, 460.8f, 600); // the next column's wall
            cs.stroke();
            textFromTop(cs, 40, 369, 8, "Tax-exempt interest. Do not include on line 8a");
            textFromTop(cs, 350, 369, 8, "8b");
        });
        assertEquals(List.of(List.of(368L, 439L), List.of(440L, 460L)), spans(fs), fs::toString);
    }
}
