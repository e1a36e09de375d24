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
 * A row of character cells ("Account number") whose floor runs 1 pt over the top of an amount box below,
 * the box's left side rising into the row's last cell: the last cell is part of the row, not a checkbox
 * standing on the box's top.
 */
class DoubledFloorTest {

    @Test
    void theLastCharacterCellOverABoxBelowStaysInItsRow() throws IOException {
        List<DetectedField> fs = GeneratedPages.detect(cs -> {
            cs.setLineWidth(0.5f);
            lineFromTop(cs, 180, 516, 424.8f, 516); // the row: top, floor, ends
            lineFromTop(cs, 180, 527, 424.8f, 527);
            lineFromTop(cs, 180, 516, 180, 527);
            lineFromTop(cs, 424.8f, 516, 424.8f, 527);
            lineFromTop(cs, 410.4f, 528, 410.4f, 540); // the box below, its left side under the last separator
            lineFromTop(cs, 410.4f, 528, 482.4f, 528);
            lineFromTop(cs, 410.4f, 540, 482.4f, 540);
            lineFromTop(cs, 482.4f, 528, 482.4f, 540);
            cs.stroke();
            cs.setLineDashPattern(new float[] {1, 1}, 0); // the other cells' dashed separators
            for (int i = 1; i < 17; i++) {
                lineFromTop(cs, 180 + 14.4f * i, 516.5f, 180 + 14.4f * i, 527);
            }
            cs.stroke();
            textFromTop(cs, 100, 525, 8, "Account number");
            textFromTop(cs, 300, 537, 8, "Amount applied");
        });
        assertEquals(List.of(), ofType(fs, FieldType.CHOICE_BUTTON), fs::toString);
        assertEquals(List.of(List.of(181L, 424L), List.of(411L, 482L)), spans(fs), fs::toString);
        assertEquals(17, fs.get(0).combCells(), fs::toString);
    }
}
