package dev.formfill.core.detect.onnx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.formfill.core.DetectedField;
import dev.formfill.core.ModelUnavailableException;
import dev.formfill.core.PrepareOptions;
import dev.formfill.core.detect.DetectorRegistry;
import dev.formfill.core.detect.FieldDetector;
import dev.formfill.core.detect.PageImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Model option resolution against a real cache directory holding fixture models under registry file names. */
class DetectorRegistryTest {

    @TempDir
    Path dir;

    private DetectorRegistry registry(FieldDetector... custom) {
        return new DetectorRegistry(dir.resolve("cache"), 1, List.of(custom));
    }

    private void cacheAs(String fixture, String file) throws Exception {
        Files.createDirectories(dir.resolve("cache"));
        Files.copy(Fixtures.copy(fixture, dir), dir.resolve("cache").resolve(file));
    }

    @Test
    void autoFallsBackToGeometryWithAnEmptyCache() {
        try (DetectorRegistry r = registry()) {
            assertEquals("geometry", r.resolve("auto").name());
            assertEquals("geometry", r.resolve("GEOMETRY").name());
            assertTrue(r.autoModel().isEmpty());
        }
    }

    @Test
    void registryNameNotPulledSaysHowToPullIt() {
        try (DetectorRegistry r = registry()) {
            ModelUnavailableException e = assertThrows(ModelUnavailableException.class, () -> r.resolve("ffdnet-s"));
            assertTrue(e.getMessage().contains("run: formfill models pull FFDNet-S"), e.getMessage());
            assertTrue(e.getMessage().contains(dir.resolve("cache").toString()), e.getMessage());
        }
    }

    @Test
    void autoPicksTheBestPulledModel() throws Exception {
        cacheAs("yolo-64.onnx", "FFDNet-S.onnx");
        try (DetectorRegistry r = registry()) {
            FieldDetector s = r.resolve("auto");
            assertEquals("FFDNet-S", s.name());
            assertSame(s, r.resolve("FFDNET-S"), "one session per model");
            cacheAs("detr-64.onnx", "ffdetr-1024.onnx");
            FieldDetector best = r.resolve("auto");
            assertEquals("FFDetr", best.name());
            assertEquals(ModelContract.DETR, ((OnnxDetector) best).signature().contract());
        }
    }

    @Test
    void pathsCustomDetectorsAndUnknownNames() throws Exception {
        Path model = Fixtures.copy("yolo-64.onnx", dir);
        FieldDetector custom = new FieldDetector() {
            @Override
            public String name() {
                return "mine";
            }

            @Override
            public List<DetectedField> detect(PageImage page, PrepareOptions options) {
                return List.of();
            }
        };
        try (DetectorRegistry r = registry(custom)) {
            assertEquals("yolo-64.onnx", r.resolve(model.toString()).name());
            assertSame(r.resolve(model.toString()), r.resolve(dir.resolve(".").resolve("yolo-64.onnx").toString()));
            assertSame(custom, r.resolve("mine"));
            ModelUnavailableException missing = assertThrows(ModelUnavailableException.class,
                    () -> r.resolve(dir.resolve("nope.onnx").toString()));
            assertTrue(missing.getMessage().contains("does not exist"), missing.getMessage());
            ModelUnavailableException unknown = assertThrows(ModelUnavailableException.class, () -> r.resolve("FFDNet-XL"));
            assertTrue(unknown.getMessage().contains("FFDetr, FFDNet-L, FFDNet-S"), unknown.getMessage());
        }
    }

    @Test
    void aCorruptPulledModelFailsLoudly() throws Exception {
        Files.createDirectories(dir.resolve("cache"));
        Files.writeString(dir.resolve("cache").resolve("FFDNet-L.onnx"), "truncated download from elsewhere");
        try (DetectorRegistry r = registry()) {
            ModelUnavailableException e = assertThrows(ModelUnavailableException.class, () -> r.resolve("auto"));
            assertTrue(e.getMessage().contains("FFDNet-L"), e.getMessage());
        }
    }
}
