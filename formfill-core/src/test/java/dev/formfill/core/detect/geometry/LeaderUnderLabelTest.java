package dev.formfill.core.detect.geometry;

import static dev.formfill.core.detect.geometry.GeneratedPages.textFromTop;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.formfill.core.DetectedField;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A typed leader set on the line right under its label, single spaced ("Nom et prénom :" then a line of
 * dots): the label is on the line above, not beside the leader, and the leader's line is the blank, though
 * the two lines' text boxes overlap.
 */
class LeaderUnderLabelTest {

    @Test
    void theLeaderUnderItsLabelIsABlank() throws IOException {
        List<DetectedField> fs = GeneratedPages.detect(cs -> {
            textFromTop(cs, 52, 400, 12, "Nom et prénom :");
            textFromTop(cs, 52, 412, 12, ".".repeat(66));
        });
        assertEquals(1, fs.size(), fs::toString);
        DetectedField f = fs.get(0);
        assertEquals(52, f.box().x0() * GeneratedPages.W, 1.5, f::toString);
        assertEquals(412, f.box().y1() * GeneratedPages.H, 2, f::toString);
    }
}
