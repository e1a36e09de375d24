package dev.formfill.core.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.formfill.core.DetectedField;
import dev.formfill.core.FieldType;
import dev.formfill.core.Multiline;
import dev.formfill.core.PrepareOptions;
import dev.formfill.core.PrepareResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MultilineTest {

    @TempDir
    Path dir;

    private static List<Boolean> flags(PrepareResult r) {
        return r.fields().stream().map(DetectedField::multiline).toList();
    }

    @Test
    void tallTextBoxesTakeSeveralLines() throws Exception {
        TestForm form = new TestForm()
                .field(FieldType.TEXT_BOX, 72, 100, 300, 116) // one line
                .field(FieldType.TEXT_BOX, 72, 200, 540, 260) // a comments box
                .field(FieldType.CHOICE_BUTTON, 72, 300, 82, 340); // never multiline
        assertEquals(List.of(false, true, false), flags(form.run(dir, "auto")));
        assertEquals(List.of(false, false, false), flags(form.run(dir, "off", PrepareOptions.builder().multiline(Multiline.OFF))));
        assertEquals(List.of(true, true, false), flags(form.run(dir, "on", PrepareOptions.builder().multiline(Multiline.ON))));
    }
}
