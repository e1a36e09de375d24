package dev.formfill.core.detect.geometry;

import static dev.formfill.core.detect.geometry.GeneratedPages.textFromTop;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.formfill.core.DetectedField;
import dev.formfill.core.FieldType;
import dev.formfill.core.PrepareOptions;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/**
 * Checkboxes and radio circles typed as text ("○ Yes ○ No", a ZapfDingbats ❏): one button on each
 * mark, none in the bare room before it, and the same size on every machine whatever fonts it has.
 */
class TypedMarksTest {

    private static final float H = GeneratedPages.H, W = GeneratedPages.W;

    @Test
    void aTypedRadioCircleIsTheButtonNotAWordOfItsOption() throws IOException {
        List<DetectedField> fs = sorted(GeneratedPages.detect((doc, cs) -> {
            PDFont sans = PDType0Font.load(doc,
                    PDDocument.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf"));
            textFromTop(cs, 50, 300, 10, "Are you employed?");
            mark(cs, sans, 200, 300, "\u25CB"); // ○, an embedded outline: measured as a ring
            textFromTop(cs, 214, 300, 10, "Yes");
            mark(cs, sans, 250, 300, "\u25CB");
            textFromTop(cs, 264, 300, 10, "No");
        }, PrepareOptions.defaults()));
        assertEquals(2, fs.size(), fs::toString);
        assertOnMark(fs.get(0), 200, 300);
        assertOnMark(fs.get(1), 250, 300);
    }

    @Test
    void aSymbolFontTheFileDoesNotCarryIsReadFromItsCodesNotFromAStandIn() throws IOException {
        // ZapfDingbats is never embedded here: whatever font stands in for it on this machine has its
        // own units and shapes, and must not size the boxes (it made them two and a half ems wide)
        PDType1Font dingbats = new PDType1Font(Standard14Fonts.FontName.ZAPF_DINGBATS);
        List<DetectedField> fs = sorted(GeneratedPages.detect(cs -> {
            textFromTop(cs, 50, 300, 10, "Are you employed?");
            mark(cs, dingbats, 200, 300, "\u274F"); // ❏
            textFromTop(cs, 214, 300, 10, "Yes");
            mark(cs, dingbats, 250, 300, "\u274F");
            textFromTop(cs, 264, 300, 10, "No");
            textFromTop(cs, 50, 340, 10, "Are you married?");
            mark(cs, dingbats, 200, 340, "\u274D"); // ❍, a radio circle
            textFromTop(cs, 214, 340, 10, "Yes");
            mark(cs, dingbats, 250, 340, "\u274D");
            textFromTop(cs, 264, 340, 10, "No");
        }));
        assertEquals(4, fs.size(), fs::toString);
        assertOnMark(fs.get(0), 200, 300);
        assertOnMark(fs.get(1), 250, 300);
        assertOnMark(fs.get(2), 200, 340);
        assertOnMark(fs.get(3), 250, 340);
    }

    private static List<DetectedField> sorted(List<DetectedField> fs) {
        List<DetectedField> out = new ArrayList<>(fs);
        out.sort(Comparator.comparingDouble((DetectedField f) -> f.box().y0()).thenComparingDouble(f -> f.box().x0()));
        return out;
    }

    private static void mark(PDPageContentStream cs, PDFont font, float x, float baseline, String mark) throws IOException {
        cs.beginText();
        cs.setFont(font, 10);
        cs.newLineAtOffset(x, H - baseline);
        cs.showText(mark);
        cs.endText();
    }

    /** A button over the 10 pt mark set at x on the baseline: about as large as the mark, centred on it. */
    private static void assertOnMark(DetectedField f, float x, float baseline) {
        double x0 = f.box().x0() * W, x1 = f.box().x1() * W, y0 = f.box().y0() * H, y1 = f.box().y1() * H;
        assertEquals(FieldType.CHOICE_BUTTON, f.type(), f::toString);
        assertTrue(x1 - x0 >= 5 && x1 - x0 <= 14 && y1 - y0 >= 5 && y1 - y0 <= 14, "a mark's size: " + f);
        assertTrue(x0 >= x - 3 && x1 <= x + 13, "on the mark, not before it: " + f);
        assertTrue(y1 >= baseline - 2 && y0 <= baseline - 6, "on the mark's line: " + f);
    }
}
