package dev.formfill.core.detect.geometry;

import static dev.formfill.core.detect.geometry.GeneratedPages.H;
import static dev.formfill.core.detect.geometry.GeneratedPages.W;
import static dev.formfill.core.detect.geometry.GeneratedPages.spans;
import static dev.formfill.core.detect.geometry.GeneratedPages.textFromTop;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.formfill.core.DetectedField;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Blanks inside a sentence that only their widgets drew: a gap before a comma, the digits after ", 20". */
class InlineGapsTest {

    @Test
    void bareGapsBeforeCommasAndAfterACenturyAreBlanks() throws IOException {
        List<DetectedField> fs = GeneratedPages.detect(cs -> {
            textFromTop(cs, 40, 200, 8, "For the year Jan. 1-Dec. 31, 2010, or other tax year beginning");
            textFromTop(cs, 300, 200, 8, ", 2010, ending");
            textFromTop(cs, 420, 200, 8, ", 20");
        });
        assertEquals(3, fs.size(), fs::toString);
        List<List<Long>> spans = spans(fs);
        assertEquals(300, spans.get(0).get(1), 1.5, "the first blank ends at its comma: " + spans);
        assertEquals(420, spans.get(1).get(1), 1.5, "the second too: " + spans);
        long yearStart = spans.get(2).get(0);
        assertEquals(20, spans.get(2).get(1) - yearStart, 1.5, "two digits of a year after the century: " + spans);
        assertEquals(200, fs.get(0).box().y1() * H, 3, "on the line of text: " + fs);
    }

    @Test
    void shortUnderlineBeforeACommaIsTheBlanksOwnRule() throws IOException {
        List<DetectedField> fs = GeneratedPages.detect(cs -> {
            textFromTop(cs, 40, 300, 9, "For calendar year 20");
            cs.setLineWidth(0.5f);
            cs.moveTo(132, H - 301);
            cs.lineTo(144, H - 301);
            cs.stroke();
            textFromTop(cs, 145, 300, 9, ", or tax year beginning soon");
        });
        assertEquals(List.of(List.of(132L, 144L)), spans(fs), fs::toString);
    }

    @Test
    void wordSpacingBeforeACommaAndCountingInTextAreNoBlanks() throws IOException {
        List<DetectedField> fs = GeneratedPages.detect(cs -> {
            textFromTop(cs, 40, 200, 10, "Smith");
            textFromTop(cs, 72, 200, 10, ", John"); // a stray space before the comma
            textFromTop(cs, 40, 240, 10, "Page 20 of 31 of the form that was revised in 2019, 20 pages long.");
        });
        assertEquals(List.of(), fs);
    }

    @Test
    void aBoxEdgeAtTheGapsEndEndsTheBlankThere() throws IOException {
        List<DetectedField> fs = GeneratedPages.detect(cs -> {
            textFromTop(cs, 40, 200, 8, "For the year Jan. 1-Dec. 31, 2010, or other tax year beginning");
            cs.setLineWidth(0.3f);
            cs.moveTo(298, H - 190); // the right side of a box drawn round the line's first part
            cs.lineTo(298, H - 203);
            cs.stroke();
            textFromTop(cs, 300, 200, 8, ", 2010, ending soon");
        });
        assertEquals(1, fs.size(), fs::toString);
        assertEquals(298, fs.get(0).box().x1() * W, 1, fs::toString);
    }
}
