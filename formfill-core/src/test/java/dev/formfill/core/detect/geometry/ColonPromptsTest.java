package dev.formfill.core.detect.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.formfill.core.DetectedField;
import dev.formfill.core.FieldType;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.junit.jupiter.api.Test;

/** Blanks that only "Label:" and bare space mark, on pages whose widgets drew the boxes. */
class ColonPromptsTest {

    private static final float W = GeneratedPages.W, H = GeneratedPages.H;

    private static List<DetectedField> detect(GeneratedPages.Strokes strokes) throws IOException {
        return GeneratedPages.detect(strokes);
    }

    private static void text(PDPageContentStream cs, float x, float baseline, float size, String s) throws IOException {
        GeneratedPages.textFromTop(cs, x, baseline, size, s);
    }

    private static List<DetectedField> textBoxes(List<DetectedField> fs) {
        return fs.stream().filter(f -> f.type() == FieldType.TEXT_BOX).toList();
    }

    @Test
    void columnOfColonLabelsWithBareSpaceHoldsOneBlankEach() throws IOException {
        List<DetectedField> fs = textBoxes(detect(cs -> {
            text(cs, 20, 100, 11, "1) Please tell us about yourself:"); // a heading: alone in its column
            String[] prompts = {"First Name:", "Last Name:", "Date of Birth:"};
            for (int i = 0; i < prompts.length; i++) {
                text(cs, 40, 120 + 20 * i, 11, prompts[i]);
            }
            text(cs, 20, 400, 11, "Thank you for your answers.");
        }));
        assertEquals(3, fs.size(), fs::toString);
        double longestLabel = 40 + GeneratedPages.HELV.getStringWidth("Date of Birth:") / 1000 * 11;
        for (int i = 0; i < 3; i++) {
            DetectedField f = fs.get(i);
            assertTrue(f.box().x0() * W > longestLabel && f.box().x0() * W < longestLabel + 10,
                    "the blanks start together past the longest label: " + f);
            double cy = (f.box().y0() + f.box().y1()) / 2 * H;
            assertEquals(120 + 20 * i - 4, cy, 2.5, "centred on its label's line: " + f);
            assertTrue(f.box().height() * H > 10 && f.box().height() * H < 20, f::toString);
        }
        assertEquals("First Name", fs.get(0).label());
    }

    @Test
    void rowOfColonLabelsGivesTheGapsBetweenThem() throws IOException {
        List<DetectedField> fs = textBoxes(detect(cs -> {
            text(cs, 30, 200, 10, "Confirmation #:");
            text(cs, 230, 200, 10, "Submission Date:");
            text(cs, 30, 224, 10, "Case number:"); // a second row, its labels at the same tab stops
            text(cs, 230, 224, 10, "Office:");
            text(cs, 30, 400, 10, "Some closing remarks on the next line of the page.");
        }));
        assertEquals(4, fs.size(), fs::toString);
        assertTrue(fs.get(0).box().x1() * W < 230, "stops before the next label: " + fs.get(0));
        assertTrue(fs.get(1).box().x0() * W > 300, fs.get(1)::toString);
    }

    @Test
    void colonLabelsOverWhatTheyHeadAreNoPrompts() throws IOException {
        List<DetectedField> fs = detect(cs -> {
            // a letterhead's footer: each label heads the lines under it
            text(cs, 40, 700, 8, "Internet:");
            text(cs, 40, 710, 8, "www: example.org");
            text(cs, 200, 700, 8, "Address:");
            text(cs, 200, 710, 8, "1 Main Street");
            text(cs, 360, 700, 8, "Bank details:");
            text(cs, 360, 710, 8, "IBAN: AT00 0000 0000");
            // labels over the boxes they name
            text(cs, 40, 300, 10, "Nationality:");
            cs.addRect(40, H - 326, 200, 22);
            text(cs, 40, 345, 10, "Occupation:");
            cs.addRect(40, H - 371, 200, 22);
            cs.stroke();
        });
        assertEquals(2, fs.size(), "only the boxes under their labels: " + fs);
        assertEquals(326, fs.get(0).box().y1() * H, 1.5, fs::toString);
        assertEquals(371, fs.get(1).box().y1() * H, 1.5, fs::toString);
    }

    @Test
    void labelsOnTheFloorOfACellPromptTheSpaceBesideThem() throws IOException {
        List<DetectedField> fs = textBoxes(detect(cs -> {
            cs.addRect(36, H - 660, 324, 60); // the cell, and the next row's cells under its floor
            cs.addRect(36, H - 700, 150, 40);
            cs.addRect(186, H - 700, 174, 40);
            cs.stroke();
            text(cs, 40, 612, 9, "Notify party (complete name and address)");
            text(cs, 40, 630, 9, "Same as consignee");
            text(cs, 40, 657, 9, "Tel:");
            text(cs, 200, 657, 9, "Fax:");
            text(cs, 40, 670, 9, "Port of loading");
            text(cs, 190, 670, 9, "Place of receipt");
        }));
        List<DetectedField> prompts = fs.stream().filter(f -> "Tel".equals(f.label()) || "Fax".equals(f.label())).toList();
        assertEquals(2, prompts.size(), fs::toString);
        assertTrue(prompts.get(0).box().x1() * W < 200, "Tel's blank stops before Fax: " + prompts);
        assertTrue(prompts.get(1).box().y1() * H <= 660.1, "and stays above the cell's floor: " + prompts);
    }

    @Test
    void gapBetweenALabelAndTheBoxBesideItIsNoBlank() throws IOException {
        List<DetectedField> fs = detect(cs -> {
            String[] labels = {"Address 1:", "Address 2:", "Postcode:"};
            for (int i = 0; i < labels.length; i++) {
                text(cs, 60, 300 + 40 * i, 10, labels[i]);
                cs.addRect(160, H - (304 + 40 * i), 240, 18);
            }
            cs.stroke();
        });
        assertEquals(3, fs.size(), "the boxes only: " + fs);
        assertTrue(fs.stream().allMatch(f -> f.box().x0() * W > 158), fs::toString);
    }

    @Test
    void keysWithTheirValuesAtATabStopAreNoPrompts() throws IOException {
        List<DetectedField> fs = detect(cs -> {
            String[][] rows = {{"Account holder:", "CCC Salzburg"}, {"Bank:", "Salzburger Sparkasse Bank AG"},
                {"IBAN:", "AT92 2040 4000 4096 8679"}, {"BIC:", "SBGSAT2SXXX"}};
            for (int i = 0; i < rows.length; i++) {
                text(cs, 300, 600 + 12 * i, 8, rows[i][0]);
                text(cs, 380, 600 + 12 * i, 8, rows[i][1]);
            }
        });
        assertEquals(List.of(), fs, "the gaps before filled-in values are no blanks");
    }

    @Test
    void fullWidthColonsEndLabelsToo() {
        // CJK forms end their labels with "：" (U+FF1A); a page model is built directly, as no bundled font has the glyphs
        List<Word> words = List.of(new Word("氏名：", 60, 100, 96, 110, 10), new Word("住所：", 60, 124, 96, 134, 10),
                new Word("電話番号：", 60, 148, 110, 158, 10), new Word("以上", 60, 400, 80, 410, 10));
        PageModel m = new PageModel(W, H, List.of(), List.of(), words, List.of());
        List<Candidate> out = new java.util.ArrayList<>();
        ColonPrompts.find(m, List.of(), List.of(), out);
        assertEquals(3, out.size(), out::toString);
        assertEquals("氏名", out.get(0).label());
        assertTrue(out.stream().allMatch(c -> c.x0() > 110), "past the longest label: " + out);
    }

    @Test
    void labelsSetFlushRightAtTheirColonsAreAColumnToo() throws IOException {
        List<DetectedField> fs = textBoxes(detect(cs -> {
            String[] prompts = {"Name:", "Date of birth:", "Phone:"};
            for (int i = 0; i < prompts.length; i++) {
                float width = GeneratedPages.HELV.getStringWidth(prompts[i]) / 1000 * 10;
                text(cs, 160 - width, 200 + 22 * i, 10, prompts[i]);
            }
            text(cs, 40, 400, 10, "Thank you.");
        }));
        assertEquals(3, fs.size(), fs::toString);
        assertTrue(fs.stream().allMatch(f -> f.box().x0() * W > 160 && f.box().x0() * W < 170), fs::toString);
    }
}
