package dev.formfill.core.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.formfill.core.Box;
import dev.formfill.core.FieldType;
import dev.formfill.core.PrepareOptions;
import dev.formfill.core.PrepareResult;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Snapping on generated PDFs, through the real pipeline. */
class SnappingTest {

    @TempDir
    Path dir;

    private static void assertBox(Box expectedPt, Box actualNorm) {
        Box a = TestForm.points(actualNorm);
        assertEquals(expectedPt.x0(), a.x0(), 0.3, "x0 of " + a);
        assertEquals(expectedPt.y0(), a.y0(), 0.3, "y0 of " + a);
        assertEquals(expectedPt.x1(), a.x1(), 0.3, "x1 of " + a);
        assertEquals(expectedPt.y1(), a.y1(), 0.3, "y1 of " + a);
    }

    /** The field whose box (in points) contains the point. */
    private static Box at(PrepareResult r, double x, double y) {
        return r.fields().stream().map(f -> f.box()).filter(b -> {
            Box p = TestForm.points(b);
            return x >= p.x0() && x <= p.x1() && y >= p.y0() && y <= p.y1();
        }).findFirst().orElseThrow(() -> new AssertionError("no field at " + x + "," + y));
    }

    @Test
    void edgesSnapOntoNearbyDrawnBoxesAndLines() throws Exception {
        PrepareResult r = new TestForm()
                .rect(100, 300, 300, 320).field(FieldType.TEXT_BOX, 103, 297, 303, 323) // 3 pt off on every side
                .rect(400, 300, 410, 310).field(FieldType.CHOICE_BUTTON, 398, 302, 408, 312) // checkbox 2 pt off
                .line(100, 402, 300, 402).field(FieldType.TEXT_BOX, 100, 385, 300, 399) // bottom 3 pt above the line
                .field(FieldType.TEXT_BOX, 100, 600, 300, 620) // nothing drawn near
                .run(dir, "snap");
        assertBox(new Box(100, 300, 300, 320), at(r, 200, 310));
        assertBox(new Box(400, 300, 410, 310), at(r, 405, 306));
        assertBox(new Box(100, 385, 300, 402), at(r, 200, 392));
        assertBox(new Box(100, 600, 300, 620), at(r, 200, 610));
    }

    @Test
    void farLinesAndTheOptionOffLeaveBoxesAlone() throws Exception {
        TestForm form = new TestForm()
                .rect(100, 300, 300, 320).field(FieldType.TEXT_BOX, 103, 297, 303, 323)
                .line(100, 420, 300, 420).field(FieldType.TEXT_BOX, 100, 385, 300, 400) // 20 pt: another row
                .line(397, 480, 397, 560).field(FieldType.CHOICE_BUTTON, 400, 510, 410, 520); // one rule beside a checkbox
        PrepareResult off = form.run(dir, "nosnap", PrepareOptions.builder().snapToLines(false));
        assertBox(new Box(103, 297, 303, 323), at(off, 200, 310));
        PrepareResult on = form.run(dir, "far");
        assertBox(new Box(100, 385, 300, 400), at(on, 200, 392));
        assertBox(new Box(400, 510, 410, 520), at(on, 405, 515));
    }

    @Test
    void aCheckboxWithAMarginAroundItsSquareKeepsItsSize() throws Exception {
        PrepareResult r = new TestForm()
                .rect(400, 300, 408, 308).field(FieldType.CHOICE_BUTTON, 398.4, 298.4, 409.6, 309.6) // 1.6 pt margin
                .rect(100, 300, 112, 312).field(FieldType.CHOICE_BUTTON, 101, 301, 111, 311) // inside a larger square
                .run(dir, "margin");
        assertBox(new Box(398.4, 298.4, 409.6, 309.6), at(r, 404, 304));
        assertBox(new Box(100, 300, 112, 312), at(r, 106, 306));
    }
}
