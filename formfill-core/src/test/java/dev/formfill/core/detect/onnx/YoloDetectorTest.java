package dev.formfill.core.detect.onnx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.formfill.core.Box;
import dev.formfill.core.DetectedField;
import dev.formfill.core.FieldType;
import dev.formfill.core.InvalidOptionsException;
import dev.formfill.core.ModelUnavailableException;
import dev.formfill.core.PrepareOptions;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** YOLO contract on real ONNX Runtime sessions of the generated fixtures. */
class YoloDetectorTest {

    private static final double EPS = 1e-6;

    @TempDir
    static Path dir;
    static OnnxDetector yolo;

    @BeforeAll
    static void load() {
        yolo = OnnxDetector.open(Fixtures.copy("yolo-64.onnx", dir), "yolo-64", 1, 0);
    }

    @AfterAll
    static void close() {
        yolo.close();
    }

    /** A 640×320 page: letterbox scale 0.1 into 64 px, the image on rows 16..48. */
    static List<DetectedField> run(OnnxDetector d, BufferedImage image, double confidence, double iou, boolean agnostic) {
        ModelInput in = d.preprocess(image, d.inputSize(PrepareOptions.defaults()), null);
        ModelOutput out = d.infer(in);
        int nc = YoloDecoder.classCount(out.boxesShape(), d.signature().classNames().size());
        List<DetectedField> raw = YoloDecoder.decode(out.boxes(), out.boxesShape(), d.signature().classTypes(nc),
                in.letterbox(), confidence, 0);
        return Nms.apply(raw, iou, agnostic);
    }

    static BufferedImage page(int w, int h) {
        return new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    }

    static void assertBox(Box expected, Box actual) {
        assertEquals(expected.x0(), actual.x0(), EPS, "x0 of " + actual);
        assertEquals(expected.y0(), actual.y0(), EPS, "y0 of " + actual);
        assertEquals(expected.x1(), actual.x1(), EPS, "x1 of " + actual);
        assertEquals(expected.y1(), actual.y1(), EPS, "y1 of " + actual);
    }

    @Test
    void readsSignatureAndMetadata() {
        ModelSignature s = yolo.signature();
        assertEquals(ModelContract.YOLO, s.contract());
        assertEquals("images", s.inputName());
        assertEquals("output0", s.boxesOutput());
        assertEquals(64, s.fixedSize());
        assertEquals(64, s.metadataSize());
        assertEquals(List.of("TextBox", "ChoiceButton", "Signature"), s.classNames());
    }

    @Test
    void decodesThresholdsAndSuppressesClassAgnostically() {
        List<DetectedField> f = run(yolo, page(640, 320), 0.3, 0.45, true);
        assertEquals(3, f.size(), f.toString());
        assertEquals(FieldType.TEXT_BOX, f.get(0).type());
        assertEquals(0.9, f.get(0).confidence(), 1e-6);
        assertBox(new Box(6 / 64.0, 6 / 32.0, 26 / 64.0, 10 / 32.0), f.get(0).box());
        assertEquals(FieldType.CHOICE_BUTTON, f.get(1).type());
        assertEquals(0.7, f.get(1).confidence(), 1e-6);
        assertBox(new Box(46 / 64.0, 14 / 32.0, 50 / 64.0, 18 / 32.0), f.get(1).box());
        assertEquals(FieldType.SIGNATURE, f.get(2).type());
        assertBox(new Box(28 / 64.0, 25 / 32.0, 52 / 64.0, 31 / 32.0), f.get(2).box());
    }

    @Test
    void lowerThresholdAddsTheWeakCandidate() {
        List<DetectedField> f = run(yolo, page(640, 320), 0.2, 0.45, true);
        assertEquals(4, f.size(), f.toString());
        DetectedField weak = f.get(3);
        assertEquals(0.25, weak.confidence(), 1e-6);
        assertBox(new Box(6 / 64.0, 22.5 / 32.0, 14 / 64.0, 25.5 / 32.0), weak.box());
        assertEquals(0, run(yolo, page(640, 320), 0.95, 0.45, true).size());
    }

    @Test
    void classAwareNmsStacksACheckboxOnTheTextBox() {
        List<DetectedField> aware = run(yolo, page(640, 320), 0.3, 0.45, false);
        assertEquals(4, aware.size(), aware.toString());
        assertEquals(FieldType.CHOICE_BUTTON, aware.get(1).type());
        assertEquals(1.0, aware.get(0).box().iou(aware.get(1).box()), 1e-9);
        // without NMS the duplicate text box survives too
        assertEquals(5, run(yolo, page(640, 320), 0.3, 1.0, true).size());
    }

    @Test
    void letterboxMapsBackOnATallPage() {
        // 320×640: scale 0.1, the image on columns 16..48; candidate 3 (48,32,4,4) lands at x 30..34 of 32
        List<DetectedField> f = run(yolo, page(320, 640), 0.3, 0.45, true);
        DetectedField cb = f.stream().filter(d -> d.confidence() > 0.69 && d.confidence() < 0.71).findFirst().orElseThrow();
        assertBox(new Box(30 / 32.0, 30 / 64.0, 1.0, 34 / 64.0), cb.box()); // clipped at the right edge (x1 = 34/32)
        DetectedField text = f.get(0);
        assertBox(new Box(0, 22 / 64.0, 10 / 32.0, 26 / 64.0), text.box()); // x0 = -10/32 clipped to 0
    }

    @Test
    void letterboxOfOddSlackPutsTheExtraPixelAfter() {
        Letterbox lb = Letterbox.of(1224, 1584, 1216);
        assertEquals(1216, lb.scaledHeight());
        assertEquals(940, lb.scaledWidth()); // round(1224 * 1216/1584) = 939.6
        assertEquals(138, lb.padX());
        assertEquals(0, lb.padY());
        assertNull(lb.toPage(10, 600, 20, 20)); // entirely in the left padding
        Box b = lb.toPage(138 + 470, 608, 940, 1216);
        assertBox(new Box(0, 0, 1, 1), b);
    }

    @Test
    void detectUsesThePipelineOptions() {
        var img = page(640, 320);
        var pageImage = new dev.formfill.core.detect.PageImage(3, img, 72, dev.formfill.core.pdf.PageGeometry.of(
                new org.apache.pdfbox.pdmodel.common.PDRectangle(640, 320), 0), null, null);
        List<DetectedField> f = yolo.detect(pageImage, PrepareOptions.builder().confidence(0.5).build());
        assertEquals(3, f.size());
        assertTrue(f.stream().allMatch(d -> d.page() == 3));
        assertEquals(2, yolo.detect(pageImage, PrepareOptions.builder().confidence(0.6).build()).size());
    }

    @Test
    void imageSizeMustMatchAFixedInput() {
        assertEquals(64, yolo.inputSize(PrepareOptions.builder().imageSize(64).build()));
        InvalidOptionsException e = assertThrows(InvalidOptionsException.class,
                () -> yolo.inputSize(PrepareOptions.builder().imageSize(128).build()));
        assertEquals("imageSize", e.field());
    }

    @Test
    void dynamicInputTakesImageSizeOrTheRegistrySize() {
        try (OnnxDetector dyn = OnnxDetector.open(Fixtures.copy("yolo-dynamic.onnx", dir), "dyn", 1, 0);
             OnnxDetector withFallback = OnnxDetector.open(dir.resolve("yolo-dynamic.onnx"), "dyn", 1, 96)) {
            assertEquals(0, dyn.signature().fixedSize());
            assertTrue(dyn.signature().classNames().isEmpty());
            ModelUnavailableException e = assertThrows(ModelUnavailableException.class,
                    () -> dyn.inputSize(PrepareOptions.defaults()));
            assertTrue(e.getMessage().contains("imageSize"), e.getMessage());
            assertEquals(128, dyn.inputSize(PrepareOptions.builder().imageSize(128).build()));
            assertEquals(96, withFallback.inputSize(PrepareOptions.defaults()));
            // at 64 px the dynamic model (class ids, no names) decodes exactly as the fixed one
            var opts = PrepareOptions.builder().imageSize(64).build();
            ModelInput in = dyn.preprocess(page(640, 320), dyn.inputSize(opts), null);
            List<DetectedField> f = dyn.decode(dyn.infer(in), in, 0.3, 0.45, 0);
            assertEquals(run(yolo, page(640, 320), 0.3, 0.45, true), f);
        }
    }

    @Test
    void fullSizeFixtureDecodesAllCandidates() {
        try (OnnxDetector big = OnnxDetector.open(Fixtures.copy("yolo-1216.onnx", dir), "big", 1, 0)) {
            assertEquals(1216, big.signature().fixedSize());
            ModelInput in = big.preprocess(page(1216, 1216), 1216, null);
            ModelOutput out = big.infer(in);
            assertEquals(30324, out.boxesShape()[2]);
            List<DetectedField> f = big.decode(out, in, 0.3, 0.45, 0);
            assertEquals(3, f.size());
            assertBox(new Box(6 / 1216.0, 22 / 1216.0, 26 / 1216.0, 26 / 1216.0), f.get(0).box());
            // five known candidates survive at 0.005 (two are suppressed), plus the 30,317 faint copies collapsed by NMS into one
            assertEquals(6, big.decode(out, in, 0.005, 0.45, 0).size());
        }
    }

    @Test
    void concurrentCallsShareOneSession() throws Exception {
        List<DetectedField> expected = run(yolo, page(640, 320), 0.3, 0.45, true);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<DetectedField>>> futures = new ArrayList<>();
            var pageImage = new dev.formfill.core.detect.PageImage(0, page(640, 320), 72,
                    dev.formfill.core.pdf.PageGeometry.of(new org.apache.pdfbox.pdmodel.common.PDRectangle(640, 320), 0),
                    null, null);
            for (int i = 0; i < 16; i++) {
                futures.add(pool.submit(() -> yolo.detect(pageImage, PrepareOptions.defaults())));
            }
            for (Future<List<DetectedField>> fu : futures) {
                assertEquals(expected, fu.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void unloadableFilesAreModelUnavailable() throws Exception {
        Path garbage = dir.resolve("garbage.onnx");
        Files.writeString(garbage, "this is not a protobuf");
        ModelUnavailableException bad = assertThrows(ModelUnavailableException.class,
                () -> OnnxDetector.open(garbage, "garbage", 1, 0));
        assertTrue(bad.getMessage().contains("cannot be loaded"), bad.getMessage());
        assertEquals("ModelUnavailableError", bad.type());
        assertThrows(ModelUnavailableException.class, () -> OnnxDetector.open(dir.resolve("missing.onnx"), "m", 1, 0));
        ModelUnavailableException neither = assertThrows(ModelUnavailableException.class,
                () -> OnnxDetector.open(Fixtures.copy("not-a-detector.onnx", dir), "nd", 1, 0));
        assertTrue(neither.getMessage().contains("not a supported detector"), neither.getMessage());
        assertNotNull(neither.getMessage());
    }
}
