package dev.formfill.core.detect.geometry;

import static dev.formfill.core.detect.geometry.GeneratedPages.lineFromTop;
import static dev.formfill.core.detect.geometry.GeneratedPages.spans;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.formfill.core.DetectedField;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A row of two answer cells parted by a spacer column under 8 pt wide (or, on a scan, the counter of a letter
 * closed by its serifs): the spacer holds no written character, so it is no field; the cells either
 * side are.
 */
class NarrowCellTest {

    @Test
    void aSpacerColumnIsNoField() throws IOException {
        assertEquals(List.of(List.of(101L, 249L), List.of(255L, 404L)), spans(twoCellsApart(4.5f)));
    }

    @Test
    void aSpacerTooNarrowForAHandwrittenCharacterIsNoField() throws IOException {
        // 7 pt: the gap between the digit groups of a date ("DD MM YYYY") drawn as one ruled row
        assertEquals(List.of(List.of(101L, 249L), List.of(258L, 406L)), spans(twoCellsApart(7f)));
    }

    private static List<DetectedField> twoCellsApart(float spacer) throws IOException {
        float end = 400 + spacer;
        return GeneratedPages.detect(cs -> {
            cs.setLineWidth(0.5f);
            for (float y : new float[] {300, 316}) {
                lineFromTop(cs, 100, y, end, y);
            }
            for (float x : new float[] {100, 250, 250 + spacer, end}) {
                lineFromTop(cs, x, 300, x, 316);
            }
            cs.stroke();
        });
    }
}
