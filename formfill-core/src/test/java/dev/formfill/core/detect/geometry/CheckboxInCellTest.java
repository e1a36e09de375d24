package dev.formfill.core.detect.geometry;

import static dev.formfill.core.detect.geometry.GeneratedPages.H;
import static dev.formfill.core.detect.geometry.GeneratedPages.lineFromTop;
import static dev.formfill.core.detect.geometry.GeneratedPages.ofType;
import static dev.formfill.core.detect.geometry.GeneratedPages.spans;
import static dev.formfill.core.detect.geometry.GeneratedPages.textFromTop;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.formfill.core.DetectedField;
import dev.formfill.core.FieldType;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A table column whose cells each hold a checkbox ("✓ if qualifying child"): the checkbox is the field,
 * not the empty room on either side of it. The text column beside it keeps its blanks.
 */
class CheckboxInCellTest {

    @Test
    void theRoomBesideACheckboxInItsCellIsNoBlank() throws IOException {
        List<DetectedField> fs = GeneratedPages.detect(cs -> {
            textFromTop(cs, 330, 270, 7, "Relationship to you");
            textFromTop(cs, 400, 270, 7, "Qualifying child");
            cs.setLineWidth(0.5f);
            for (float y : new float[] {276, 287.6f, 299.6f}) {
                lineFromTop(cs, 322, y, 473, y);
            }
            for (float x : new float[] {322, 386.5f, 473}) {
                lineFromTop(cs, x, 276, x, 299.6f);
            }
            cs.stroke();
            cs.addRect(424.7f, H - 285.8f, 8, 8); // one checkbox per row, floating in its cell
            cs.addRect(424.7f, H - 297.6f, 8, 8);
            cs.stroke();
        });
        assertEquals(2, ofType(fs, FieldType.CHOICE_BUTTON).size(), fs::toString);
        assertEquals(List.of(List.of(323L, 386L), List.of(323L, 386L)), spans(ofType(fs, FieldType.TEXT_BOX)),
                fs::toString);
    }
}
