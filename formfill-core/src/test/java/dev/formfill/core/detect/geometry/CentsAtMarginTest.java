package dev.formfill.core.detect.geometry;

import static dev.formfill.core.detect.geometry.GeneratedPages.lineFromTop;
import static dev.formfill.core.detect.geometry.GeneratedPages.spans;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.formfill.core.DetectedField;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Amounts in the page's right-hand column, split into dollars and cents, with no rule along the column's
 * right side (a tax form's amount column at the margin): the first line's cents cell is open at its top
 * and at the page side, and is a blank like the dollars beside it and the cells of the next line.
 */
class CentsAtMarginTest {

    @Test
    void theCentsOfTheFirstAmountAreABlank() throws IOException {
        List<DetectedField> fs = GeneratedPages.detect(cs -> {
            cs.setLineWidth(0.5f);
            lineFromTop(cs, 460.5f, 576, 576.3f, 576); // the first amount's floor, from its line number box on
            lineFromTop(cs, 482.4f, 600, 576.3f, 600); // the next amount's floor
            lineFromTop(cs, 482.4f, 563.8f, 482.4f, 624); // the amount column's walls, from a line over the floor down
            lineFromTop(cs, 554.4f, 563.8f, 554.4f, 624);
            cs.stroke();
        });
        List<List<Long>> firstLine = spans(fs.stream().filter(f -> f.box().y1() * GeneratedPages.H < 577).toList());
        assertEquals(List.of(List.of(483L, 554L), List.of(555L, 576L)), firstLine, fs::toString);
    }
}
