package dev.formfill.core.detect.onnx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.formfill.core.Box;
import dev.formfill.core.DetectedField;
import dev.formfill.core.FieldType;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DETR contract on real sessions: output matching by name and by shape, sigmoid, no NMS, background slot ignored. */
class DetrDetectorTest {

    @TempDir
    Path dir;

    private List<DetectedField> detect(OnnxDetector d, double confidence) {
        BufferedImage img = new BufferedImage(300, 500, BufferedImage.TYPE_3BYTE_BGR); // stretched: aspect irrelevant
        ModelInput in = d.preprocess(img, 64, null);
        return d.decode(d.infer(in), in, confidence, 0.45, 0);
    }

    private static void assertBox(double x0, double y0, double x1, double y1, Box b) {
        assertEquals(x0, b.x0(), 1e-6);
        assertEquals(y0, b.y0(), 1e-6);
        assertEquals(x1, b.x1(), 1e-6);
        assertEquals(y1, b.y1(), 1e-6);
    }

    @Test
    void namedOutputsWithABackgroundSlot() {
        try (OnnxDetector d = OnnxDetector.open(Fixtures.copy("detr-64.onnx", dir), "detr", 1, 0)) {
            ModelSignature s = d.signature();
            assertEquals(ModelContract.DETR, s.contract());
            assertEquals("dets", s.boxesOutput()); // both outputs are [1,5,4]: only the names tell them apart
            assertEquals("labels", s.scoresOutput());
            assertExpected(detect(d, 0.3));
        }
    }

    @Test
    void anonymousOutputsAreMatchedByShape() {
        try (OnnxDetector d = OnnxDetector.open(Fixtures.copy("detr-anon-64.onnx", dir), "anon", 1, 0)) {
            assertEquals(ModelContract.DETR, d.signature().contract());
            assertEquals("out_a", d.signature().boxesOutput());
            assertEquals("out_b", d.signature().scoresOutput());
            assertExpected(detect(d, 0.3));
            assertEquals(5, detect(d, 0.15).size());
            assertEquals(1, detect(d, 0.9).size());
        }
    }

    private static void assertExpected(List<DetectedField> f) {
        assertEquals(4, f.size(), f.toString()); // the overlapping second text box stays: DETR has no NMS
        assertEquals(FieldType.TEXT_BOX, f.get(0).type());
        assertEquals(0.95, f.get(0).confidence(), 1e-5);
        assertBox(0.10, 0.45, 0.40, 0.55, f.get(0).box());
        assertEquals(FieldType.CHOICE_BUTTON, f.get(1).type());
        assertEquals(0.85, f.get(1).confidence(), 1e-5);
        assertBox(0.675, 0.25, 0.725, 0.35, f.get(1).box());
        assertEquals(FieldType.SIGNATURE, f.get(2).type());
        assertBox(0.40, 0.76, 0.80, 0.84, f.get(2).box());
        assertEquals(FieldType.TEXT_BOX, f.get(3).type());
        assertEquals(0.5, f.get(3).confidence(), 1e-5);
    }
}
