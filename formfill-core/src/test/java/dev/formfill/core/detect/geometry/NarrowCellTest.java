package dev.formfill.core.detect.geometry;

import static dev.formfill.core.detect.geometry.GeneratedPages.lineFromTop;
import static dev.formfill.core.detect.geometry.GeneratedPages.spans;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.formfill.core.DetectedField;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A row of two answer cells parted by a 4.5 pt spacer column (or, on a scan, the counter of a letter
 * closed by its serifs): the spacer holds no written character, so it is no field; the cells either
 * side are.
 */
class NarrowCellTest {

    @Test
    void aSpacerColumnIsNoField() throws IOException {
        List<DetectedField> fs = GeneratedPages.detect(cs -> {
            cs.setLineWidth(0.5f);
            for (float y : new float[] {300, 316}) {
                lineFromTop(cs, 100, y, 404.5f, y);
            }
            for (float x : new float[] {100, 250, 254.5f, 404.5f}) {
                lineFromTop(cs, x, 300, x, 316);
            }
            cs.stroke();
        });
        assertEquals(List.of(List.of(101L, 249L), List.of(255L, 404L)), spans(fs), fs::toString);
    }
}
