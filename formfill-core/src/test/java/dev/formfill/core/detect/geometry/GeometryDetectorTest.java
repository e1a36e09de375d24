package dev.formfill.core.detect.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.formfill.core.DetectedField;
import dev.formfill.core.FieldType;
import dev.formfill.core.PrepareOptions;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/** The layout rules on generated pages with known answers. */
class GeometryDetectorTest {

    private static final float W = GeneratedPages.W, H = GeneratedPages.H;
    private static final PDType1Font HELV = GeneratedPages.HELV;

    private static List<DetectedField> detect(GeneratedPages.Strokes strokes, PrepareOptions options) throws IOException {
        return GeneratedPages.detect(strokes, options);
    }

    private static List<DetectedField> detect(GeneratedPages.Strokes strokes) throws IOException {
        return GeneratedPages.detect(strokes, PrepareOptions.defaults());
    }

    private static void text(PDPageContentStream cs, float x, float y, float size, String s) throws IOException {
        GeneratedPages.text(cs, x, y, size, s);
    }

    private static void line(PDPageContentStream cs, float x0, float y0, float x1, float y1) throws IOException {
        cs.moveTo(x0, y0);
        cs.lineTo(x1, y1);
        cs.stroke();
    }

    private static List<DetectedField> ofType(List<DetectedField> fs, FieldType t) {
        return fs.stream().filter(f -> f.type() == t).collect(Collectors.toList());
    }

    @Test
    void underlineWithLabelGivesOneTextBoxSittingOnTheLine() throws IOException {
        List<DetectedField> fs = detect(cs -> {
            text(cs, 72, 702, 10, "Name:");
            cs.setLineWidth(0.5f);
            line(cs, 110, 700, 400, 700);
        });
        assertEquals(1, fs.size(), fs::toString);
        DetectedField f = fs.get(0);
        assertEquals(FieldType.TEXT_BOX, f.type());
        assertEquals(110 / W, f.box().x0(), 0.003);
        assertEquals(400 / W, f.box().x1(), 0.003);
        assertEquals((H - 700) / H, f.box().y1(), 0.002, "the box stands on the line");
        double heightPt = f.box().height() * H;
        assertTrue(heightPt > 11 && heightPt < 20, "about one line of text tall: " + heightPt);
        assertEquals("Name:", f.label());
    }

    @Test
    void typedUnderscoresAreAFillInLine() throws IOException {
        List<DetectedField> fs = detect(cs -> text(cs, 72, 600, 10, "City: ____________________"));
        assertEquals(1, fs.size(), fs::toString);
        assertEquals(FieldType.TEXT_BOX, fs.get(0).type());
        double x0 = (72 + HELV.getStringWidth("City: ") / 100) / W;
        assertEquals(x0, fs.get(0).box().x0(), 0.005);
    }

    @Test
    void smallSquareIsACheckbox() throws IOException {
        List<DetectedField> fs = detect(cs -> {
            cs.addRect(100, 500, 10, 10);
            cs.stroke();
            text(cs, 114, 501, 10, "Yes");
        });
        List<DetectedField> boxes = ofType(fs, FieldType.CHOICE_BUTTON);
        assertEquals(1, boxes.size(), fs::toString);
        assertEquals(1, fs.size(), fs::toString);
        DetectedField b = boxes.get(0);
        assertEquals(100 / W, b.box().x0(), 0.002);
        assertEquals(110 / W, b.box().x1(), 0.002);
        assertEquals((H - 510) / H, b.box().y0(), 0.002);
        assertEquals((H - 500) / H, b.box().y1(), 0.002);
    }

    @Test
    void signatureLineIsASignature() throws IOException {
        List<DetectedField> fs = detect(cs -> {
            text(cs, 72, 202, 10, "Signature of applicant:");
            line(cs, 190, 200, 400, 200);
            text(cs, 420, 202, 10, "Date:");
            line(cs, 450, 200, 540, 200);
        });
        assertEquals(1, ofType(fs, FieldType.SIGNATURE).size(), fs::toString);
        assertEquals(1, ofType(fs, FieldType.TEXT_BOX).size(), fs::toString);
        DetectedField sig = ofType(fs, FieldType.SIGNATURE).get(0);
        assertEquals(190 / W, sig.box().x0(), 0.003);
    }

    @Test
    void tableGetsBoxesOnlyForEmptyCells() throws IOException {
        // 3 columns x 3 rows of 120 x 24 pt cells; the header row and one body cell hold text
        float x0 = 72, y0 = 500, cw = 120, ch = 24;
        List<DetectedField> fs = detect(cs -> {
            for (int r = 0; r <= 3; r++) {
                line(cs, x0, y0 + r * ch, x0 + 3 * cw, y0 + r * ch);
            }
            for (int c = 0; c <= 3; c++) {
                line(cs, x0 + c * cw, y0, x0 + c * cw, y0 + 3 * ch);
            }
            text(cs, x0 + 4, y0 + 2 * ch + 8, 10, "Name");
            text(cs, x0 + cw + 4, y0 + 2 * ch + 8, 10, "Date of birth");
            text(cs, x0 + 2 * cw + 4, y0 + 2 * ch + 8, 10, "Relationship");
            text(cs, x0 + 4, y0 + 8, 10, "Jane Doe Smith Example");
        });
        List<DetectedField> text = ofType(fs, FieldType.TEXT_BOX);
        assertEquals(5, text.size(), fs::toString); // 6 body cells, one of them filled in
        for (DetectedField f : text) {
            double cy = (1 - f.box().centerY()) * H; // back to user-space y
            assertTrue(cy > y0 && cy < y0 + 2 * ch, "only body rows: " + f);
            assertTrue(f.box().height() * H > ch - 3, "fills its cell: " + f);
            boolean filledCell = f.box().x0() * W < x0 + cw && cy < y0 + ch;
            assertTrue(!filledCell, "the cell holding text gets no field: " + f);
        }
    }

    @Test
    void boxWithTickSeparatorsIsOneCombField() throws IOException {
        List<DetectedField> fs = detect(cs -> {
            text(cs, 72, 406, 10, "Account number");
            cs.addRect(160, 400, 200, 20);
            cs.stroke();
            for (int i = 1; i < 10; i++) { // ticks rising 4 pt from the bottom edge
                line(cs, 160 + 20 * i, 400, 160 + 20 * i, 404);
            }
        });
        assertEquals(1, fs.size(), fs::toString);
        DetectedField f = fs.get(0);
        assertEquals(FieldType.TEXT_BOX, f.type());
        assertEquals(10, f.combCells());
        assertEquals(160 / W, f.box().x0(), 0.004);
        assertEquals(360 / W, f.box().x1(), 0.004);
    }

    @Test
    void longRowOfTouchingSquaresIsOneCombField() throws IOException {
        List<DetectedField> fs = detect(cs -> {
            for (int i = 0; i < 8; i++) {
                cs.addRect(200 + 14 * i, 300, 14, 14);
            }
            cs.stroke();
        });
        assertEquals(1, fs.size(), fs::toString);
        assertEquals(FieldType.TEXT_BOX, fs.get(0).type());
        assertEquals(8, fs.get(0).combCells());
        assertEquals(200 / W, fs.get(0).box().x0(), 0.003);
        assertEquals(312 / W, fs.get(0).box().x1(), 0.003);
    }

    @Test
    void shortRowOfTouchingSquaresIsOneFieldPerCell() throws IOException {
        List<DetectedField> fs = detect(cs -> {
            for (int i = 0; i < 3; i++) {
                cs.addRect(200 + 14 * i, 300, 14, 14);
            }
            cs.stroke();
        });
        assertEquals(0, ofType(fs, FieldType.CHOICE_BUTTON).size(), fs::toString);
        assertEquals(3, ofType(fs, FieldType.TEXT_BOX).size(), fs::toString);
    }

    @Test
    void paragraphResultingOnARuleIsNotABlank() throws IOException {
        List<DetectedField> fs = detect(cs -> {
            text(cs, 72, 520, 10, "The first line of an instruction paragraph runs across");
            text(cs, 72, 508, 10, "and ends here.");
            line(cs, 72, 506, 540, 506);
        });
        assertEquals(0, fs.size(), fs::toString);
    }

    /** The line above may hold a long word that only partly stands over the last line's end. */
    @Test
    void paragraphEndingOnATableTopUnderALongWordIsNotABlank() throws IOException {
        List<DetectedField> fs = detect(cs -> {
            text(cs, 36, 520, 8, "for some interest/dividends/royalties listed");
            text(cs, 36, 511, 8, "above, 1 through 13.");
            cs.setLineWidth(1f);
            line(cs, 36, 508, 296, 508);
        });
        assertEquals(0, fs.size(), fs::toString);
    }

    /** A band edge to edge of the page (a panel's border) is decoration; the same box within the margins is a blank. */
    @Test
    void emptyBandRunningToThePageEdgesIsNoBlank() throws IOException {
        List<DetectedField> fs = detect(cs -> {
            cs.setLineWidth(0.5f);
            cs.addRect(1, H - 183, W - 2, 13);
            cs.addRect(36, H - 233, W - 72, 13);
            cs.stroke();
        });
        assertEquals(1, fs.size(), fs::toString);
        assertEquals(36 / W, fs.get(0).box().x0(), 0.01, fs::toString);
    }

    @Test
    void confidenceOptionThresholds() throws IOException {
        GeneratedPages.Strokes d = cs -> {
            text(cs, 72, 702, 10, "Name:");
            line(cs, 110, 700, 400, 700);
            cs.addRect(100, 500, 10, 10);
            cs.stroke();
        };
        List<DetectedField> all = detect(d, PrepareOptions.builder().confidence(0.0).build());
        assertEquals(2, all.size(), all::toString);
        for (DetectedField f : all) {
            assertTrue(f.confidence() > 0 && f.confidence() <= 1);
        }
        assertEquals(0, detect(d, PrepareOptions.builder().confidence(0.99).build()).size());
    }

    @Test
    void emptyPageHasNoFields() throws IOException {
        assertEquals(0, detect(cs -> text(cs, 72, 700, 12, "Just a heading")).size());
    }

    @Test
    void spaceAfterAListOfOptionsIsNotATextBlank() throws IOException {
        List<DetectedField> fs = detect(cs -> {
            cs.setLineWidth(0.5f);
            cs.addRect(72, 600, 468, 18); // one cell: question, three options, empty rest
            cs.stroke();
            text(cs, 76, 605, 8, "Marital status");
            float x = 150;
            for (String option : new String[] {"Married", "Single", "Widowed"}) {
                cs.addRect(x, 604, 9, 9);
                cs.stroke();
                text(cs, x + 12, 605, 8, option);
                x += 60;
            }
        });
        assertEquals(3, ofType(fs, FieldType.CHOICE_BUTTON).size(), fs::toString);
        assertEquals(0, ofType(fs, FieldType.TEXT_BOX).size(), fs::toString);
    }

    @Test
    void tallCellInAnAmountColumnIsWrittenOnItsLastLine() throws IOException {
        // a column of one-row amount cells (top-left y 100..184) with one cell two rows tall
        float[] edges = {100, 112, 124, 136, 160, 172, 184};
        List<DetectedField> fs = detect(cs -> {
            cs.setLineWidth(0.5f);
            for (float y : edges) {
                line(cs, 400, H - y, 472, H - y);
            }
            line(cs, 400, H - 100, 400, H - 184);
            line(cs, 472, H - 100, 472, H - 184);
        });
        List<DetectedField> boxes = ofType(fs, FieldType.TEXT_BOX);
        assertEquals(6, boxes.size(), fs::toString);
        DetectedField tall = boxes.stream().filter(f -> f.box().y1() * H > 158 && f.box().y1() * H < 161).findFirst()
                .orElseThrow(() -> new AssertionError(fs.toString()));
        assertEquals(148, tall.box().y0() * H, 1.5, "only the last line of the tall cell: " + tall);
    }

    @Test
    void labelOverAWideBoxNamesTheBoxNotTheSpaceBesideIt() throws IOException {
        List<DetectedField> fs = detect(cs -> {
            cs.setLineWidth(0.5f);
            text(cs, 40, H - 200, 8, "10. Name of Federal Agency:");
            cs.addRect(36, H - 222, 470, 18); // the box right under the label line, wider than the label
            cs.stroke();
        });
        assertEquals(1, fs.size(), fs::toString);
        assertEquals(36 / W, fs.get(0).box().x0(), 0.004);
        assertEquals((H - (H - 204)) / H, fs.get(0).box().y0(), 0.004, "the box, not the line above it");
    }

    @Test
    void headingCentredOverItsRuleLeavesNoBlanksBesideIt() throws IOException {
        String title = "CONTRACTOR ADDRESS TABLE";
        float width = HELV.getStringWidth(title) / 1000 * 11;
        List<DetectedField> fs = detect(cs -> {
            text(cs, 306 - width / 2, H - 100, 11, title);
            cs.setLineWidth(0.5f);
            line(cs, 36, H - 104, 576, H - 104);
        });
        assertEquals(List.of(), fs);
    }

    @Test
    void lastLineOfAWrappedHeadingOnARuleIsNotABlank() throws IOException {
        List<DetectedField> fs = detect(cs -> {
            text(cs, 40, H - 100, 12, "FOR VACCINATION CLAIMS, PART B (INCLUDES PHYSICIAN, LABORATORY,");
            text(cs, 40, H - 113, 12, "IMAGING SERVICES)");
            cs.setLineWidth(0.5f);
            line(cs, 36, H - 123, 576, H - 123);
            text(cs, 40, H - 133, 7, "If you received a service in a state listed below, mail your claim to the address given.");
        });
        assertEquals(List.of(), fs);
    }

    @Test
    void signatureAndDateSharingOneCellGetOneBlankEach() throws IOException {
        List<DetectedField> fs = detect(cs -> {
            cs.setLineWidth(0.5f);
            cs.addRect(72, H - 620, 504, 24);
            cs.stroke();
            text(cs, 76, H - 606, 7, "Signature of");
            text(cs, 76, H - 614, 7, "U.S. person");
            text(cs, 380, H - 614, 8, "Date");
        });
        assertEquals(2, fs.size(), fs::toString);
        DetectedField sig = fs.stream().filter(f -> f.type() == FieldType.SIGNATURE).findFirst()
                .orElseThrow(() -> new AssertionError(fs.toString()));
        assertTrue(sig.box().x0() * W > 110 && sig.box().x1() * W < 380, "between the label and Date: " + sig);
        DetectedField date = fs.stream().filter(f -> f.type() == FieldType.TEXT_BOX).findFirst().orElseThrow();
        assertTrue(date.box().x0() * W > 395, "after Date: " + date);
        assertEquals("Date", date.label());
    }

    @Test
    void noBlankAfterASectionHeading() throws IOException {
        List<DetectedField> fs = detect(cs -> {
            text(cs, 72, H - 300, 9, "Enter your number in the appropriate box below, as shown on your return.");
            text(cs, 72, H - 312, 9, "For individuals this is generally the number on your card.");
            text(cs, 72, H - 330, 12, "Part II  Certification");
            cs.setLineWidth(0.5f);
            line(cs, 36, H - 334, 576, H - 334);
            text(cs, 72, H - 346, 9, "Under penalties of perjury, I certify that the number shown is correct.");
        });
        assertEquals(List.of(), fs);
    }

    @Test
    void ruleJustUnderAParagraphIsASeparator() throws IOException {
        List<DetectedField> fs = detect(cs -> {
            text(cs, 72, H - 400, 10, "Each applicant must sign the form. The office keeps a copy of");
            text(cs, 72, H - 412, 10, "every page, and returns the originals to you by mail after review");
            text(cs, 72, H - 424, 10, "of the application and its supporting documents is complete.");
            cs.setLineWidth(0.5f);
            line(cs, 72, H - 438, 380, H - 438);
            text(cs, 72, H - 448, 8, "Form 100 (Rev. 1-2024)");
        });
        assertEquals(List.of(), fs);
    }

    @Test
    void ruleWithShortTicksIsOneOpenComb() throws IOException {
        List<DetectedField> fs = detect(cs -> {
            text(cs, 36, H - 202, 10, "NUMERO D'IMMATRICULATION :");
            cs.setLineWidth(0.8f);
            line(cs, 210, H - 204, 378, H - 204);
            for (int i = 0; i <= 12; i++) { // 12 cells of 14 pt, taller ticks every third
                float x = 210 + 14 * i;
                line(cs, x, H - 204, x, H - 204 + (i % 3 == 0 ? 10 : 6));
            }
        });
        List<DetectedField> boxes = ofType(fs, FieldType.TEXT_BOX);
        assertEquals(1, boxes.size(), fs::toString);
        assertEquals(12, boxes.get(0).combCells(), fs::toString);
        assertEquals(210 / W, boxes.get(0).box().x0(), 0.004);
        assertEquals(378 / W, boxes.get(0).box().x1(), 0.004);
    }

    @Test
    void currencyCellBesideAnEmptyCellIsStillABlank() throws IOException {
        List<DetectedField> fs = detect(cs -> {
            cs.setLineWidth(0.5f);
            cs.addRect(350, H - 470, 72, 23); // "$ [amount]"
            cs.addRect(422, H - 470, 120, 23); // "how often" cell, empty
            cs.stroke();
            text(cs, 356, H - 463, 12, "$");
        });
        assertEquals(2, ofType(fs, FieldType.TEXT_BOX).size(), fs::toString);
        assertTrue(fs.stream().anyMatch(f -> f.box().x0() * W > 360 && f.box().x1() * W < 423), fs::toString);
    }

    @Test
    void headerOfATableOfTextIsNotABlank() throws IOException {
        List<DetectedField> fs = detect(cs -> {
            cs.setLineWidth(0.5f);
            cs.addRect(36, H - 130, 104, 30); // header: caption at the top, room below it
            cs.addRect(140, H - 130, 436, 30);
            cs.addRect(36, H - 200, 104, 70); // body: addresses
            cs.addRect(140, H - 200, 436, 70);
            cs.stroke();
            text(cs, 40, H - 110, 8, "If you live in");
            text(cs, 144, H - 110, 8, "Mail your claim form to");
            text(cs, 40, H - 142, 9, "New Jersey");
            text(cs, 144, H - 142, 9, "Novitas Solutions");
            text(cs, 144, H - 154, 9, "P.O. Box 3030");
            text(cs, 144, H - 166, 9, "Mechanicsburg, PA 17055");
        });
        assertEquals(List.of(), fs);
    }

    @Test
    void oneOptionInItsOwnCellLeavesNoBlankUnlessItAsksForOne() throws IOException {
        List<DetectedField> fs = detect(cs -> {
            cs.setLineWidth(0.5f);
            cs.addRect(36, H - 340, 540, 17); // "☐ 1. A citizen of the United States" and empty rest
            cs.addRect(36, H - 357, 540, 17); // "☐ 3. A permanent resident (number):" and a blank
            cs.addRect(40, H - 336, 10, 10);
            cs.addRect(40, H - 353, 10, 10);
            cs.stroke();
            text(cs, 54, H - 334, 8, "1. A citizen of the United States");
            text(cs, 54, H - 351, 8, "3. A lawful permanent resident (Alien Registration Number):");
        });
        assertEquals(2, ofType(fs, FieldType.CHOICE_BUTTON).size(), fs::toString);
        List<DetectedField> text = ofType(fs, FieldType.TEXT_BOX);
        assertEquals(1, text.size(), fs::toString);
        assertTrue(text.get(0).box().y0() * H > 340, "the blank after the prompt: " + text.get(0));
    }

    @Test
    void sliverBetweenDrawnShapesIsNotACell() throws IOException {
        List<DetectedField> fs = detect(cs -> {
            cs.setLineWidth(0.5f);
            cs.addRect(100, H - 304, 300, 4); // a 4 pt strip
            cs.stroke();
        });
        assertEquals(List.of(), fs);
    }

    @Test
    void whiteSquaresOnADarkBandAreCheckboxesButGlyphIconsThereAreNot() throws IOException {
        PDType1Font dingbats = new PDType1Font(Standard14Fonts.FontName.ZAPF_DINGBATS);
        List<DetectedField> fs = detect(cs -> {
            cs.setNonStrokingColor(0.1f, 0.1f, 0.1f);
            cs.addRect(36, H - 60, 540, 30); // the band
            cs.fill();
            cs.setNonStrokingColor(1f, 1f, 1f);
            cs.addRect(190, H - 52, 10, 10);
            cs.addRect(240, H - 52, 10, 10);
            cs.fill();
            text(cs, 40, H - 50, 12, "Do you need more pages?");
            text(cs, 203, H - 51, 9, "Yes");
            text(cs, 253, H - 51, 9, "No");
            cs.beginText(); // an icon set in a symbol font at the band's right end
            cs.setFont(dingbats, 18);
            cs.newLineAtOffset(540, H - 52);
            cs.showText("\u274F");
            cs.endText();
        });
        List<DetectedField> boxes = ofType(fs, FieldType.CHOICE_BUTTON);
        assertEquals(2, boxes.size(), fs::toString);
        assertTrue(boxes.stream().allMatch(b -> b.box().x1() * W < 260), fs::toString);
    }

    @Test
    void cellsOpenAtTheTopAreCharacterCellsUnderAnyLineAbove() throws IOException {
        // "|_|_|_|_|-|_|_|" drawn under a long fill-in line: the line above is not their ceiling, the
        // cells are as tall as their sides, and the gap holding the dash is no checkbox
        List<DetectedField> fs = detect(cs -> {
            text(cs, 36, H - 200, 10, "Name");
            cs.setLineWidth(0.6f);
            line(cs, 70, H - 202, 560, H - 202);
            text(cs, 36, H - 222, 10, "Social Security number");
            cs.setLineWidth(1f);
            for (float[] group : new float[][] {{312, 4}, {372, 2}}) {
                float x0 = group[0];
                int n = (int) group[1];
                line(cs, x0, H - 224, x0 + 12 * n, H - 224);
                for (int i = 0; i <= n; i++) {
                    line(cs, x0 + 12 * i, H - 224, x0 + 12 * i, H - 211); // sides as tall as a line of writing
                }
            }
            line(cs, 363, H - 217, 369, H - 217); // the dash between the groups
        });
        assertEquals(List.of(), ofType(fs, FieldType.CHOICE_BUTTON), "no checkbox anywhere");
        List<DetectedField> cells = fs.stream().filter(f -> f.box().y1() * H > 220).toList();
        assertEquals(6, cells.size(), "one field per cell, not one comb: " + fs);
        for (DetectedField c : cells) {
            assertEquals(211, c.box().y0() * H, 1.5, "a cell starts at the top of its sides: " + c);
            assertEquals(224, c.box().y1() * H, 1.5, c::toString);
        }
    }

    @Test
    void bandBetweenTheSidesOfItsNeighboursIsACell() throws IOException {
        // two grey cells with a white column between them that has no top rule of its own: the white
        // column is a cell too, written below its caption
        List<DetectedField> fs = detect(cs -> {
            cs.setNonStrokingColor(0.9f, 0.9f, 0.9f);
            cs.addRect(30, H - 150, 135, 36);
            cs.addRect(303, H - 150, 135, 36);
            cs.fill();
            cs.setNonStrokingColor(0f, 0f, 0f);
            cs.setLineWidth(0.5f);
            line(cs, 165, H - 150, 165, H - 114);
            line(cs, 303, H - 150, 303, H - 114);
            line(cs, 30, H - 150, 438, H - 150);
            text(cs, 34, H - 122, 7, "Employee Name");
            text(cs, 169, H - 122, 7, "Employee Name");
            text(cs, 307, H - 122, 7, "Employee Name");
        });
        DetectedField middle = fs.stream().filter(f -> Math.abs(f.box().x0() * W - 166) < 3).findFirst().orElseThrow(
                () -> new AssertionError(fs.toString()));
        assertTrue(middle.box().y0() * H < 128 && middle.box().y1() * H > 148, middle::toString);
        assertTrue(middle.box().x1() * W > 300 && middle.box().x1() * W < 304, middle::toString);
    }

    @Test
    void tableHeadedForOfficeUseOnlyGivesNoBlanks() throws IOException {
        for (String title : new String[] {"For office use only", "Applicant details"}) {
            List<DetectedField> fs = detect(cs -> {
                cs.setLineWidth(0.5f);
                cs.addRect(36, H - 113, 540, 17); // the title bar
                for (int i = 0; i < 3; i++) {
                    cs.addRect(36 + 180 * i, H - 145, 180, 32); // a row of cells under it
                }
                cs.stroke();
                text(cs, 250, H - 108, 10, title);
                String[] captions = {"CASE NUMBER", "WORKER NAME", "DATE RECEIVED"};
                for (int i = 0; i < 3; i++) {
                    text(cs, 40 + 180 * i, H - 122, 6, captions[i]);
                }
            });
            if (title.startsWith("For office")) {
                assertEquals(List.of(), fs, "the office's blanks are not the filler's");
            } else {
                assertEquals(3, fs.size(), fs::toString);
            }
        }
    }

    /**
     * A table of instructions ("• Corporation | Corporation.") is read, not filled: a cell starting
     * with a bullet or ending a sentence leaves no blank beside its text. A row of labels ("Tel.",
     * "Name") in the same grid keeps its blanks.
     */
    @Test
    void cellsOfATableOfInstructionsAreNoBlanks() throws IOException {
        String[][] rows = {{"\u2022 Corporation", "Corporation."}, {"\u2022 Partnership", "Partnership."},
            {"\u2022 Trust/estate", "Trust/estate."}, {"Tel.", "Name"}};
        List<DetectedField> fs = detect(cs -> {
            cs.setLineWidth(0.5f);
            for (int i = 0; i < rows.length; i++) {
                float top = H - 200 - 16 * i;
                cs.addRect(36, top - 16, 200, 16);
                cs.addRect(236, top - 16, 200, 16);
                text(cs, 40, top - 11, 9, rows[i][0]);
                text(cs, 240, top - 11, 9, rows[i][1]);
            }
            cs.stroke();
        });
        assertEquals(2, fs.size(), fs::toString);
        assertTrue(fs.stream().allMatch(f -> f.box().y0() * H > 200 + 16 * 3 - 1), "only the last row's blanks: " + fs);
    }

    @Test
    void ruleUnderAParagraphEndingInAShortLineIsASeparator() throws IOException {
        List<DetectedField> fs = detect(cs -> {
            text(cs, 36, H - 700, 9, "A disregarded entity should check the appropriate box for the tax classification of");
            text(cs, 36, H - 709, 9, "its owner. Otherwise, it should check the box and enter its appropriate tax classification.");
            text(cs, 36, H - 718, 9, "See the instructions.");
            cs.setLineWidth(1f);
            line(cs, 36, H - 732, 320, H - 732);
            text(cs, 150, H - 741, 7, "Cat. No. 10231X");
        });
        assertEquals(List.of(), fs);
    }

    @Test
    void bandUnderAHeaderOfTwoCaptionsIsOneBlankPerCaption() throws IOException {
        List<DetectedField> fs = detect(cs -> {
            cs.setLineWidth(0.5f);
            cs.addRect(24, H - 339, 285, 54); // header cell 285..315 over a band 315..339
            cs.stroke();
            line(cs, 24, H - 315, 309, H - 315);
            text(cs, 28, H - 300, 10, "Signature of client or representative");
            text(cs, 280, H - 300, 10, "Date");
        });
        List<DetectedField> band = fs.stream().filter(f -> f.box().y0() * H > 314).toList();
        assertEquals(2, band.size(), fs::toString);
        assertEquals("Date", band.get(1).label());
        double split = band.get(1).box().x0() * W;
        assertTrue(split > 220 && split < 275, "split between the captions: " + band);
    }
}
