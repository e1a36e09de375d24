package dev.formfill.core.detect.geometry;

import static dev.formfill.core.detect.geometry.GeneratedPages.H;
import static dev.formfill.core.detect.geometry.GeneratedPages.textFromTop;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.formfill.core.DetectedField;
import dev.formfill.core.FieldType;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A drawn square too large for a checkbox is a box for a number; a checkbox-sized one stays a checkbox. */
class NumberBoxTest {

    @Test
    void aSquareLargerThanAnyCheckboxIsATextBox() throws IOException {
        assertEquals(List.of(FieldType.TEXT_BOX), typesOfBox(21.6f, 18));
    }

    @Test
    void aCheckboxSizedSquareStaysACheckbox() throws IOException {
        assertEquals(List.of(FieldType.CHOICE_BUTTON), typesOfBox(18, 18));
    }

    private static List<FieldType> typesOfBox(float w, float h) throws IOException {
        List<DetectedField> fs = GeneratedPages.detect(cs -> {
            textFromTop(cs, 380, 328, 8, "Dependents listed on 6c:");
            cs.setLineWidth(0.5f);
            cs.addRect(554.4f, H - 333, w, h);
            cs.stroke();
        });
        return fs.stream().map(DetectedField::type).toList();
    }
}
