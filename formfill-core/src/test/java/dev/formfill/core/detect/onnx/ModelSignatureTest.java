package dev.formfill.core.detect.onnx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.formfill.core.FieldType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Metadata parsing and class-slot mapping. */
class ModelSignatureTest {

    private static ModelSignature withNames(List<String> names) {
        return new ModelSignature(ModelContract.DETR, "input", 64, 0, names, "dets", "labels");
    }

    @Test
    void parsesUltralyticsMetadata() {
        assertEquals(1216, ModelSignature.parseSize("[1216, 1216]"));
        assertEquals(640, ModelSignature.parseSize("640"));
        assertEquals(0, ModelSignature.parseSize("[640, 480]"));
        assertEquals(0, ModelSignature.parseSize(null));
        assertEquals(List.of("TextBox", "ChoiceButton", "Signature"),
                ModelSignature.parseNames("{0: 'TextBox', 1: 'ChoiceButton', 2: 'Signature'}"));
        assertEquals(List.of("a", "", "c"), ModelSignature.parseNames("{0: 'a', 2: \"c\"}"));
        assertEquals(List.of("text", "checkbox"), ModelSignature.parseNames("[\"text\", \"checkbox\"]"));
        assertEquals(List.of(), ModelSignature.parseNames(""));
    }

    @Test
    void classSlots() {
        FieldType[] commonForms = {FieldType.TEXT_BOX, FieldType.CHOICE_BUTTON, FieldType.SIGNATURE, null};
        assertArrayEquals(commonForms, withNames(List.of()).classTypes(4), "ids, background slot last");
        assertArrayEquals(commonForms, withNames(List.of("class_a", "class_b", "class_c")).classTypes(4),
                "names that are no field type fall back to ids");
        assertArrayEquals(new FieldType[] {FieldType.SIGNATURE, null, FieldType.TEXT_BOX},
                withNames(List.of("signature", "logo", "text")).classTypes(3), "recognized names win; others ignored");
    }
}
