package dev.formfill.core.detect.geometry;

import static dev.formfill.core.detect.geometry.GeneratedPages.lineFromTop;
import static dev.formfill.core.detect.geometry.GeneratedPages.textFromTop;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.formfill.core.DetectedField;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Words centred in a table cell (a column header, "Type of benefit") leave room on their right that is
 * the cell's margin, not a blank; a label set at the cell's left ("Name") with room after it does leave
 * a blank there.
 */
class CentredHeaderCellTest {

    @Test
    void roomBesideACentredHeaderIsNoBlankButRoomAfterALeftLabelIs() throws IOException {
        List<DetectedField> fs = GeneratedPages.detect(cs -> {
            cs.setLineWidth(0.5f);
            float[] xs = {60, 260, 460};
            for (float x : xs) {
                lineFromTop(cs, x, 300, x, 322);
            }
            for (float y : new float[] {300, 322}) {
                lineFromTop(cs, 60, y, 460, y);
            }
            cs.stroke();
            textFromTop(cs, 110, 314, 9, "Type of benefit"); // centred in [60, 260]
            textFromTop(cs, 263, 314, 9, "Name"); // at the left of [260, 460]
        });
        assertEquals(1, fs.size(), fs::toString);
        assertEquals(459, fs.get(0).box().x1() * GeneratedPages.W, 1.5, fs::toString);
    }
}
