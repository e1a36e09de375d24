package dev.formfill.core.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.formfill.core.DetectedField;
import dev.formfill.core.FieldType;
import dev.formfill.core.PrepareResult;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Labels made of several lines: rows of character cells share their row's label, lines of running
 * text name no blank, a caption wrapped over the blank names it from its first line.
 */
class CharacterCellNamesTest {

    @TempDir
    Path dir;

    /** Left edges of nine digit cells in groups of 3, 2 and 4, split by dash gaps, as on the W-9. */
    private static final double[] CELLS = {418, 432.4, 446.8, 475.6, 490, 518.8, 533.2, 547.6, 562};
    private static final double CELL_W = 14.4, TOP = 372, BOTTOM = 396;

    /** A paragraph left of the cells, its second line level with them, and a caption over them. */
    private static TestForm ssnForm() {
        TestForm form = new TestForm()
                .text(36, 370, 9, "Enter your TIN in the appropriate box. The TIN provided must match the name")
                .text(36, 380, 9, "given on line 1 to avoid backup withholding. For individuals, this is")
                .text(36, 390, 9, "generally your social security number. However, for a resident alien,")
                .text(36, 400, 9, "sole proprietor, or disregarded entity, see the instructions.")
                .rect(418, 360, 576, 370).text(421, 368, 8, "Social security number");
        for (double x : CELLS) {
            form.rect(x, TOP, x + CELL_W, BOTTOM).field(FieldType.TEXT_BOX, x, TOP, x + CELL_W, BOTTOM);
        }
        return form;
    }

    @Test
    void digitCellsTakeTheCaptionOverTheirRowNotTheParagraphBeside() throws Exception {
        PrepareResult r = ssnForm().run(dir, "ssn");
        List<DetectedField> cells = r.fields().stream().sorted(Comparator.comparingDouble(f -> f.box().x0())).toList();
        assertEquals(CELLS.length, cells.size(), cells::toString);
        assertEquals("social_security_number", cells.get(0).name());
        for (int i = 1; i < cells.size(); i++) {
            assertEquals("social_security_number_" + (i + 1), cells.get(i).name(), cells::toString);
            assertEquals("Social security number", cells.get(i).label());
        }
    }

    @Test
    void captionWrappedOverABlankNamesItFromItsFirstLine() throws Exception {
        PrepareResult r = new TestForm()
                .text(60, 100, 8, "1 Name of entity/individual. An entry is required. (For a sole proprietor, enter the")
                .text(60, 109, 8, "owner's name on line 1, and the business name on line 2.)")
                .rect(58, 112, 575, 126).field(FieldType.TEXT_BOX, 58, 112, 575, 126)
                .run(dir, "wrapped");
        assertEquals("name_of_entity_individual", r.fields().get(0).name());
    }

    @Test
    void stackedLineItemsKeepTheirLabels() throws Exception {
        // line items of a tax form: long, left-aligned, but set a line and a half apart, not as a paragraph
        PrepareResult r = new TestForm()
                .text(72, 100, 8, "Capital gain or (loss). Attach Schedule D if required. If not required")
                .line(380, 102, 460, 102).field(FieldType.TEXT_BOX, 380, 90, 460, 102)
                .text(72, 112, 8, "Other gains or (losses). Attach Form 4797 if you sold business property")
                .line(380, 114, 460, 114).field(FieldType.TEXT_BOX, 380, 103, 460, 114)
                .text(72, 124, 8, "IRA distributions reported to you on Form 1099-R for the year")
                .line(380, 126, 460, 126).field(FieldType.TEXT_BOX, 380, 115, 460, 126)
                .run(dir, "items");
        List<String> names = r.fields().stream().sorted(Comparator.comparingDouble(f -> f.box().y0()))
                .map(DetectedField::name).toList();
        assertEquals(List.of("capital_gain_or_loss", "other_gains_or_losses",
                "ira_distributions_reported_to_you_on"), names);
    }
}
