package dev.formfill.core.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.formfill.core.Box;
import dev.formfill.core.DetectedField;
import dev.formfill.core.FieldType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ReadingOrderTest {

    private static DetectedField at(int page, double x, double y, double h) {
        return DetectedField.of(page, FieldType.TEXT_BOX, new Box(x, y, x + 0.1, y + h), 1).withName(page + ":" + x + ":" + y);
    }

    @Test
    void rowsLeftToRightThenDown() {
        // a checkbox slightly higher than the text box beside it still belongs to the same line
        List<DetectedField> in = List.of(at(0, 0.5, 0.100, 0.02), at(0, 0.1, 0.104, 0.012), at(0, 0.1, 0.2, 0.02),
                at(1, 0.0, 0.0, 0.02), at(0, 0.7, 0.098, 0.02));
        List<String> names = ReadingOrder.sort(in).stream().map(DetectedField::name).toList();
        assertEquals(List.of("0:0.1:0.104", "0:0.5:0.1", "0:0.7:0.098", "0:0.1:0.2", "1:0.0:0.0"), names);
    }

    @Test
    void orderDoesNotDependOnInputOrder() {
        Random rnd = new Random(7);
        List<DetectedField> fields = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            fields.add(at(rnd.nextInt(2), rnd.nextDouble() * 0.9, rnd.nextDouble() * 0.95, 0.01 + rnd.nextDouble() * 0.03));
        }
        List<DetectedField> expected = ReadingOrder.sort(fields);
        for (int k = 0; k < 10; k++) {
            Collections.shuffle(fields, rnd);
            assertEquals(expected, ReadingOrder.sort(fields));
        }
    }
}
