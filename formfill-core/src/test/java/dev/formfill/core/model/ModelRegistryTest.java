package dev.formfill.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.formfill.core.detect.onnx.ModelContract;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped registry parses and says what the design card says. */
class ModelRegistryTest {

    @Test
    void builtInRegistry() {
        ModelRegistry r = ModelRegistry.builtIn();
        assertEquals(List.of("FFDetr", "FFDNet-L", "FFDNet-S"), r.autoOrder().stream().map(ModelSpec::name).toList());
        ModelSpec s = r.find("ffdnet-s").orElseThrow();
        assertEquals("FFDNet-S.onnx", s.file());
        assertEquals("https://huggingface.co/jbarrow/FFDNet-S-cpu/resolve/main/FFDNet-S.onnx", s.url().toString());
        assertEquals(1216, s.imageSize());
        assertEquals(ModelContract.YOLO, s.contract());
        assertTrue(s.license().contains("unclear"));
        ModelSpec d = r.find("FFDETR").orElseThrow();
        assertEquals(ModelContract.DETR, d.contract());
        assertEquals(1024, d.imageSize());
        assertEquals("Apache-2.0", d.license());
        assertEquals("https://huggingface.co/docspring/ffdetr-onnx/resolve/main/ffdetr-1024.onnx", d.url().toString());
        assertEquals("https://huggingface.co/jbarrow/FFDNet-L-cpu/resolve/main/FFDNet-L.onnx",
                r.find("FFDNet-L").orElseThrow().url().toString());
        assertTrue(r.find("nope").isEmpty());
    }
}
