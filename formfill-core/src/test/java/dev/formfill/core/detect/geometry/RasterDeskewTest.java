package dev.formfill.core.detect.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.formfill.core.FieldType;
import org.junit.jupiter.api.Test;

/** What a crooked page's content gives moves onto the levelled page, and what is found there moves back. */
class RasterDeskewTest {

    private static final double W = 612, H = 792, DEGREES = 1.5;

    /** Where a point of the levelled page lies on the page turned by {@link #DEGREES} (y down). */
    private static double[] crooked(double x, double y) {
        double a = Math.toRadians(DEGREES), rx = x - W / 2, ry = y - H / 2;
        return new double[] {W / 2 + rx * Math.cos(a) - ry * Math.sin(a), H / 2 + rx * Math.sin(a) + ry * Math.cos(a)};
    }

    @Test
    void aRecognisedWordOfTheCrookedPageLandsWhereTheLevelledImageShowsIt() {
        double[] c = crooked(520, 90); // a word far from the centre moves most
        Word onCrooked = new Word("Date:", c[0] - 15, c[1] - 5, c[0] + 15, c[1] + 5, 10);
        Word level = RasterDeskew.level(onCrooked, DEGREES, W, H);
        assertEquals(520, level.cx(), 1e-6);
        assertEquals(90, level.cy(), 1e-6);
        assertEquals(30, level.x1() - level.x0(), 1e-9, "its size is kept");
    }

    @Test
    void aTypedLineMovesWithItsMiddle() {
        double[] c = crooked(300, 700);
        Seg onCrooked = new Seg(true, c[1], c[0] - 50, c[0] + 50, 0.6, true);
        Seg level = RasterDeskew.level(onCrooked, DEGREES, W, H);
        assertEquals(700, level.pos(), 1e-6);
        assertEquals(250, level.a(), 1e-6);
        assertEquals(350, level.b(), 1e-6);
    }

    @Test
    void aFieldMovedOntoTheLevelledPageComesBackWhereItWas() {
        Candidate c = new Candidate(FieldType.CHOICE_BUTTON, 40, 700, 50, 710, 0.8, 0, "box-glyph", "");
        Candidate there = RasterDeskew.back(RasterDeskew.level(c, DEGREES, W, H), DEGREES, W, H);
        assertEquals(c.x0(), there.x0(), 1e-9);
        assertEquals(c.y1(), there.y1(), 1e-9);
    }
}
