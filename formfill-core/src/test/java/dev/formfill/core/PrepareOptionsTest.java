package dev.formfill.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PrepareOptionsTest {

    @Test
    void defaultsFollowUpstream() {
        PrepareOptions o = PrepareOptions.defaults();
        assertEquals("auto", o.model());
        assertEquals(0.3, o.confidence());
        assertEquals(144, o.renderDpi());
        assertEquals(Multiline.AUTO, o.multiline());
        assertFalse(o.keepExistingFields());
        assertTrue(o.snapToLines());
    }

    @Test
    void invalidValuesNameTheirOption() {
        InvalidOptionsException e = assertThrows(InvalidOptionsException.class,
                () -> PrepareOptions.builder().confidence(1.5).build());
        assertEquals("confidence", e.field());
        assertEquals("InvalidOptionsError", e.type());
        assertEquals("imageSize", assertThrows(InvalidOptionsException.class,
                () -> PrepareOptions.builder().imageSize(1000).build()).field());
        assertEquals("renderDpi", assertThrows(InvalidOptionsException.class,
                () -> PrepareOptions.builder().renderDpi(5).build()).field());
        assertEquals("model", assertThrows(InvalidOptionsException.class,
                () -> PrepareOptions.builder().model(" ").build()).field());
    }

    @Test
    void toStringHidesPassword() {
        String s = PrepareOptions.builder().password("hunter2").build().toString();
        assertFalse(s.contains("hunter2"), s);
        assertTrue(s.contains("***"));
    }

    @Test
    void toBuilderRoundTrips() {
        PrepareOptions o = PrepareOptions.builder().model("geometry").pages(PageRange.parse("2-4")).nmsIou(0.6).build();
        assertEquals(o, o.toBuilder().build());
    }

    @Test
    void pageRangeParses() {
        assertEquals(new PageRange(3, 3), PageRange.parse("3"));
        assertEquals(new PageRange(2, 5), PageRange.parse("2-5"));
        assertTrue(PageRange.parse("4-").contains(999));
        assertFalse(PageRange.parse("2-5").contains(0));
        assertThrows(InvalidOptionsException.class, () -> PageRange.parse("5-2"));
        assertThrows(InvalidOptionsException.class, () -> PageRange.parse("x"));
    }

    @Test
    void boxGeometry() {
        Box a = new Box(0, 0, 0.2, 0.1);
        Box b = new Box(0.1, 0, 0.3, 0.1);
        assertEquals(1.0 / 3, a.iou(b), 1e-9);
        assertEquals(0, a.iou(new Box(0.5, 0.5, 0.6, 0.6)));
        assertThrows(IllegalArgumentException.class, () -> new Box(0.5, 0, 0.4, 1));
        assertEquals(new Box(0, 0, 1, 0.5), new Box(-0.2, -1, 1.4, 0.5).clipToUnit());
    }
}
