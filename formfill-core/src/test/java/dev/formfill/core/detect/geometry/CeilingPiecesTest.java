package dev.formfill.core.detect.geometry;

import static dev.formfill.core.detect.geometry.GeneratedPages.H;
import static dev.formfill.core.detect.geometry.GeneratedPages.W;
import static dev.formfill.core.detect.geometry.GeneratedPages.textFromTop;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.formfill.core.DetectedField;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.junit.jupiter.api.Test;

/** Two columns side by side under one floor, their top rules broken by a narrow gap ("List B", "List C"). */
class CeilingPiecesTest {

    private static void line(PDPageContentStream cs, float x0, float y0, float x1, float y1) throws IOException {
        cs.moveTo(x0, H - y0);
        cs.lineTo(x1, H - y1);
    }

    /** A box from x 220 to 576, y 300 to 326, its top rule broken at 394–402 when {@code broken}. */
    private static void columns(PDPageContentStream cs, boolean broken) throws IOException {
        cs.setLineWidth(0.5f);
        line(cs, 220, 300, 220, 326);
        line(cs, 576, 300, 576, 326);
        line(cs, 220, 326, 576, 326);
        if (broken) {
            line(cs, 220, 300, 394, 300);
            line(cs, 402, 300, 576, 300);
        } else {
            line(cs, 220, 300, 576, 300);
        }
        cs.stroke();
        textFromTop(cs, 224, 309, 7.5f, "Expiration Date (if any) (mm/dd/yyyy)");
        textFromTop(cs, 406, 309, 7.5f, "Expiration Date (if any) (mm/dd/yyyy)");
    }

    private static List<List<Long>> spans(List<DetectedField> fs) {
        return fs.stream().map(f -> List.of(Math.round(f.box().x0() * W), Math.round(f.box().x1() * W))).toList();
    }

    @Test
    void aBrokenTopRuleGivesEachColumnItsBlank() throws IOException {
        List<DetectedField> fs = GeneratedPages.detect(cs -> columns(cs, true));
        assertEquals(List.of(List.of(221L, 393L), List.of(403L, 575L)), spans(fs), fs::toString);
        assertEquals("Expiration Date (if any) (mm/dd/yyyy)", fs.get(0).label());
    }

    @Test
    void anUnbrokenTopRuleKeepsOneBlank() throws IOException {
        List<DetectedField> fs = GeneratedPages.detect(cs -> columns(cs, false));
        assertEquals(1, fs.size(), fs::toString);
    }
}
