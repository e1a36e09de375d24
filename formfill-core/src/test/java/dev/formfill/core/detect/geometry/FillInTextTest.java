package dev.formfill.core.detect.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.formfill.core.DetectedField;
import dev.formfill.core.FieldType;
import dev.formfill.core.PrepareOptions;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

/** Blanks marked by text conventions: leaders glued to a label, captions hanging under a rule, outlined text. */
class FillInTextTest {

    private static final float W = GeneratedPages.W, H = GeneratedPages.H;
    private static final PDType1Font HELV = GeneratedPages.HELV;

    private static List<DetectedField> detect(GeneratedPages.Strokes strokes) throws IOException {
        return GeneratedPages.detect(strokes);
    }

    private static List<DetectedField> detect(GeneratedPages.Drawing drawing) throws IOException {
        return GeneratedPages.detect(drawing, PrepareOptions.defaults());
    }

    private static void text(PDPageContentStream cs, float x, float baseline, float size, String s) throws IOException {
        GeneratedPages.textFromTop(cs, x, baseline, size, s);
    }

    private static void rule(PDPageContentStream cs, float x0, float x1, float y) throws IOException {
        cs.setLineWidth(0.5f);
        cs.moveTo(x0, H - y);
        cs.lineTo(x1, H - y);
        cs.stroke();
    }

    @Test
    void dotLeaderGluedToItsLabelIsStillABlank() throws IOException {
        // "Name.........." typed as one word: the dots must not count as text sitting in the blank
        String label = "Nombre";
        List<DetectedField> fs = detect(cs -> text(cs, 72, 300, 11, label + ".".repeat(60) + " con"));
        assertEquals(1, fs.size(), fs::toString);
        DetectedField f = fs.get(0);
        assertEquals(FieldType.TEXT_BOX, f.type());
        double labelEnd = 72 + HELV.getStringWidth(label) / 1000 * 11;
        assertEquals(labelEnd / W, f.box().x0(), 0.004, "the blank starts where the label ends");
        assertEquals(label, f.label());
    }

    @Test
    void captionHangingUnderARuleLabelsTheBandBelowIt() throws IOException {
        List<DetectedField> fs = detect(cs -> {
            rule(cs, 36, 576, 400);
            text(cs, 38, 407, 7, "Name of other insurance");
            rule(cs, 36, 576, 432);
        });
        assertEquals(1, fs.size(), fs::toString);
        DetectedField f = fs.get(0);
        assertEquals(36 / W, f.box().x0(), 0.003);
        assertEquals(576 / W, f.box().x1(), 0.003);
        assertEquals(432 / H, f.box().y1(), 0.002, "down to the lower rule");
        double topPt = f.box().y0() * H;
        assertTrue(topPt > 407 && topPt < 411, "starts just under the caption: " + topPt);
        assertEquals("Name of other insurance", f.label());
    }

    /** Four lines of 8 pt text low on the page, so that the page's body size is 8 pt. */
    private static void bodyText(PDPageContentStream cs) throws IOException {
        for (int i = 0; i < 4; i++) {
            text(cs, 38, 600 + 10 * i, 8, "Body text of the form in its usual size, line " + (i + 1) + ".");
        }
    }

    @Test
    void bottomMarginOfAParagraphOnARuleIsNoBlank() throws IOException {
        List<DetectedField> fs = detect(cs -> {
            text(cs, 497, 52, 9, "Give form to the");
            text(cs, 497, 63, 9, "requester. Do not");
            text(cs, 497, 74, 9, "send to the IRS.");
            text(cs, 380, 82, 9, "for the latest information.");
            rule(cs, 36, 576, 84);
            cs.moveTo(490, H - 40);
            cs.lineTo(490, H - 84);
            cs.stroke();
            bodyText(cs);
        });
        assertTrue(fs.stream().noneMatch(f -> f.box().y1() * H < 90 && f.box().x0() * W > 480), fs::toString);
    }

    @Test
    void sectionHeadingUnderARuleLabelsNoBand() throws IOException {
        List<DetectedField> fs = detect(cs -> {
            rule(cs, 36, 576, 400);
            text(cs, 38, 413, 12, "Applicant Contact Info");
            rule(cs, 36, 576, 440);
            bodyText(cs);
        });
        assertTrue(fs.stream().noneMatch(f -> f.box().y1() * H > 430 && f.box().y1() * H < 450), fs::toString);
    }

    @Test
    void textCentredBetweenRulesIsNotACaption() throws IOException {
        List<DetectedField> fs = detect(cs -> {
            rule(cs, 36, 576, 400);
            text(cs, 38, 419, 9, "Attach a copy of the notice to this page before you send it to the office.");
            rule(cs, 36, 576, 432);
        });
        for (DetectedField f : fs) {
            assertFalse(f.box().height() * H > 14, "no band-high field for a table row of text: " + f);
        }
    }

    @Test
    void pageWithoutATextLayerIsReadOffTheRaster() throws IOException {
        // Lettering drawn as strokes, tinted boxes painted as small images: nothing the vector pass
        // can use, and no text layer at all, so the page is read like a scan.
        BufferedImage tint = new BufferedImage(240, 24, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = tint.createGraphics();
        g.setColor(new java.awt.Color(225, 225, 225));
        g.fillRect(0, 0, 240, 24);
        g.dispose();
        List<DetectedField> fs = detect((doc, cs) -> {
            for (int i = 0; i < 10; i++) {
                rule(cs, 40 + 12 * i, 46 + 12 * i, 90);
            }
            PDImageXObject img = LosslessFactory.createFromImage(doc, tint);
            for (int row = 0; row < 3; row++) {
                float top = 200 + 60 * row;
                cs.drawImage(img, 60, H - top - 24, 240, 24);
            }
        });
        long boxes = fs.stream().filter(f -> f.type() == FieldType.TEXT_BOX
                && Math.abs(f.box().x0() * W - 60) < 4 && Math.abs(f.box().x1() * W - 300) < 4).count();
        assertEquals(3, boxes, fs::toString);
    }

    @Test
    void faintPlaceholderTextLeavesTheWholeBoxABlank() throws IOException {
        List<DetectedField> fs = detect(cs -> {
            cs.setLineWidth(0.5f);
            cs.addRect(100, H - 320, 200, 20);
            cs.stroke();
            cs.setNonStrokingColor(0.7f, 0.7f, 0.75f);
            text(cs, 104, 314, 9, "MM/DD/YYYY");
        });
        assertEquals(1, fs.size(), fs::toString);
        DetectedField f = fs.get(0);
        assertEquals(100 / W, f.box().x0(), 0.004, "the placeholder does not push the blank to its right");
        assertEquals(300 / W, f.box().x1(), 0.004);
    }

    @Test
    void whiteBoxesOnATintedPanelAreCells() throws IOException {
        // a light tinted page-wide panel with white boxes painted on it, no strokes anywhere
        List<DetectedField> fs = detect(cs -> {
            cs.setNonStrokingColor(0.88f, 0.97f, 0.97f);
            cs.addRect(30, 30, 552, 732);
            cs.fill();
            cs.setNonStrokingColor(1f, 1f, 1f);
            cs.addRect(80, H - 330, 200, 30);
            cs.addRect(300, H - 330, 200, 30);
            cs.fill();
            cs.setNonStrokingColor(0f, 0f, 0f);
            text(cs, 83, 308, 7, "Your signature");
            text(cs, 303, 308, 7, "Your occupation");
        });
        assertTrue(fs.stream().anyMatch(f -> Math.abs(f.box().x0() * W - 80) < 3 && Math.abs(f.box().y1() * H - 330) < 2
                && f.box().x1() * W > 270), fs::toString);
        assertTrue(fs.stream().anyMatch(f -> Math.abs(f.box().x0() * W - 300) < 3 && Math.abs(f.box().y1() * H - 330) < 2
                && f.box().x1() * W > 490), fs::toString);
    }

    @Test
    void spacedUnderscoresAreOneFillInLine() throws IOException {
        List<DetectedField> fs = detect(cs -> text(cs, 72, 300, 10, "Haulage time: _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _"));
        assertEquals(1, fs.size(), fs::toString);
        assertEquals(FieldType.TEXT_BOX, fs.get(0).type());
        assertTrue(fs.get(0).box().width() * W > 100, fs::toString);
    }

    @Test
    void bracketsAroundSpacesAreACheckbox() throws IOException {
        List<DetectedField> fs = detect(cs -> text(cs, 72, 300, 10, "Pick up yourself [ * ]    Arrange a truck [    ]"));
        assertEquals(2, fs.stream().filter(f -> f.type() == FieldType.CHOICE_BUTTON).count(), fs::toString);
        List<DetectedField> refs = detect(cs -> text(cs, 72, 300, 10, "See note [1] and the list [a, b, c] below."));
        assertEquals(List.of(), refs, "references in brackets are not checkboxes");
    }

    @Test
    void bareLinesUnderAPromptOrALabelledLineContinueTheAnswer() throws IOException {
        List<DetectedField> fs = detect(cs -> {
            text(cs, 36, 300, 10, "ADRESSE :");
            rule(cs, 90, 570, 302);
            rule(cs, 36, 570, 320); // second address line, no label of its own
            text(cs, 36, 360, 10, "Name and address of the insurance company that pays your benefits :");
            rule(cs, 36, 570, 380);
        });
        assertEquals(3, fs.size(), fs::toString);
        assertTrue(fs.stream().allMatch(f -> f.type() == FieldType.TEXT_BOX), fs::toString);
        assertEquals("ADRESSE :", fs.get(1).label(), "the bare line continues the address");
    }

    @Test
    void smallCaptionsOverEmptySpaceLabelBlanksDrawnOnlyByTheirWidgets() throws IOException {
        List<DetectedField> fs = detect(cs -> {
            text(cs, 60, 120, 12, "Please fill in the form below and send it back to the club office.");
            text(cs, 60, 300, 7, "Vorname(n)");
            text(cs, 320, 300, 7, "Nachname");
            text(cs, 60, 380, 12, "Payment of the membership fee is due by the end of the month.");
            rule(cs, 100, 220, 450);
            text(cs, 147, 460, 7, "Datum"); // a caption under a line names the line, not the space below
            text(cs, 60, 520, 12, "Thank you for joining the club and welcome to our community.");
        });
        List<DetectedField> blanks = fs.stream().filter(f -> f.box().y0() * H > 300 && f.box().y1() * H < 330).toList();
        assertEquals(2, blanks.size(), fs::toString);
        assertEquals(60 / W, blanks.get(0).box().x0(), 0.004);
        assertTrue(blanks.get(0).box().x1() * W < 305, "stops short of the next caption: " + blanks.get(0));
        assertEquals("Nachname", blanks.get(1).label());
        assertTrue(fs.stream().noneMatch(f -> f.box().y0() * H > 460 && f.box().y0() * H < 480), fs::toString);
    }

    @Test
    void typedDateIsOneBlankAndItsSeparatorsAreNoLabel() throws IOException {
        List<DetectedField> fs = detect(cs -> text(cs, 72, 300, 10, "Marriage Date __/__/____  Divorce Date ___-___-____"));
        assertEquals(2, fs.size(), fs::toString);
        double firstStart = 72 + HELV.getStringWidth("Marriage Date ") / 1000 * 10;
        double firstEnd = 72 + HELV.getStringWidth("Marriage Date __/__/____") / 1000 * 10;
        assertEquals(firstStart / W, fs.get(0).box().x0(), 0.004, "the blank covers the whole date: " + fs);
        assertEquals(firstEnd / W, fs.get(0).box().x1(), 0.004, "the blank covers the whole date: " + fs);
        assertEquals("Marriage Date", fs.get(0).label());
        assertEquals("Divorce Date", fs.get(1).label());
    }

    @Test
    void captionPrintedOverABareLineLabelsIt() throws IOException {
        List<DetectedField> fs = detect(cs -> {
            text(cs, 40, 300, 10, "1. Name (first, middle, last)");
            text(cs, 350, 300, 10, "2. Date of birth");
            text(cs, 40, 314, 10, "____________________________________________");
            text(cs, 350, 314, 10, "_______________________");
        });
        assertEquals(2, fs.size(), fs::toString);
        assertEquals("2. Date of birth", fs.get(1).label(), fs::toString);
        assertTrue(fs.get(1).box().x0() * W > 345 && fs.get(1).box().x0() * W < 355, fs::toString);
    }

    @Test
    void sectionHeadingOverARuleIsNoCaption() throws IOException {
        List<DetectedField> fs = detect(cs -> {
            text(cs, 40, 100, 9, "Complete every part of this form and sign it at the end of the second page.");
            text(cs, 40, 112, 9, "Attach all schedules that apply to you and keep a copy for your records.");
            text(cs, 40, 296, 14, "Amount You Owe");
            rule(cs, 40, 200, 312);
            text(cs, 40, 322, 9, "Third Party Designee"); // the next section starts under the rule
        });
        assertEquals(List.of(), fs, "the rule closes the heading's section");
    }

    @Test
    void arrowAfterALabelPointsAtABlankTheWidgetDrew() throws IOException {
        List<DetectedField> fs = detect((doc, cs) -> {
            // a font with the arrow glyph (U+25BA); Helvetica's encoding has none
            PDType0Font sans = PDType0Font.load(doc,
                    PDDocument.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf"));
            String[][] lines = {{"100", "606", "Designee's"}, {"100", "614", "name \u25BA"}, {"280", "606", "Phone"},
                {"280", "614", "no. \u25BA"}, {"100", "660", "Attach Form W-2 here. \u25BA Staple it to the front of your return and keep a copy for your records."}};
            for (String[] l : lines) {
                cs.beginText();
                cs.setFont(sans, 7);
                cs.newLineAtOffset(Float.parseFloat(l[0]), H - Float.parseFloat(l[1]));
                cs.showText(l[2]);
                cs.endText();
            }
        });
        assertEquals(2, fs.size(), fs::toString);
        DetectedField name = fs.get(0);
        assertEquals("Designee's name", name.label());
        assertTrue(name.box().x0() * W > 120 && name.box().x1() * W < 280, name::toString);
        assertTrue(name.box().y0() * H < 601, "as tall as the two-line label: " + name);
        assertEquals("Phone no.", fs.get(1).label());
    }

    @Test
    void bareGapsBeforeYesAndNoHoldTheButtonsTheWidgetDrew() throws IOException {
        List<DetectedField> fs = detect(cs -> {
            text(cs, 38, 380, 10, "Was the condition related to:");
            text(cs, 47, 396, 9, "Yes");
            text(cs, 75, 396, 9, "No");
            text(cs, 96, 396, 10, "Employment");
            text(cs, 38, 440, 10, "If yes, say no more and go on to the next question.");
            text(cs, 38, 460, 10, "Answer Yes  or  No in the boxes below.");
        });
        List<DetectedField> buttons = fs.stream().filter(f -> f.type() == FieldType.CHOICE_BUTTON).toList();
        assertEquals(2, buttons.size(), fs::toString);
        DetectedField yes = buttons.get(0);
        assertTrue(yes.box().x1() * W < 47 && yes.box().x1() * W > 44, "just before its word: " + yes);
        assertTrue(yes.box().y1() * H > 394 && yes.box().y1() * H < 398, "standing on the baseline: " + yes);
        assertEquals("Yes", yes.label());
    }

    @Test
    void bareSpaceBeforeAnIndentedListOfOptionsHoldsItsCheckboxes() throws IOException {
        List<DetectedField> fs = detect(cs -> {
            text(cs, 20, 100, 11, "1) Please tell us about yourself:");
            String[] prompts = {"First Name:", "Last Name:", "Date of Birth:"};
            for (int i = 0; i < prompts.length; i++) {
                text(cs, 40, 120 + 20 * i, 11, prompts[i]);
            }
            text(cs, 20, 300, 11, "2) How did you hear about us:");
            String[] options = {"Search engine", "A friend", "Newspaper", "Other:"};
            for (int i = 0; i < options.length; i++) {
                text(cs, 57, 320 + 20 * i, 11, options[i]);
            }
            text(cs, 20, 420, 11, "Mail the form to:");
            String[] address = {"Department of Revenue", "PO Box 30058", "Lansing, MI 48909"};
            for (int i = 0; i < address.length; i++) {
                text(cs, 57, 440 + 16 * i, 11, address[i]);
            }
            text(cs, 20, 500, 11, "Before you start:");
            String[] steps = {"1. Read the notes", "2. Fill in part A", "3. Sign the form"};
            for (int i = 0; i < steps.length; i++) {
                text(cs, 40, 520 + 20 * i, 11, steps[i]);
            }
        });
        List<DetectedField> boxes = fs.stream().filter(f -> f.type() == FieldType.CHOICE_BUTTON).toList();
        assertEquals(4, boxes.size(), "one per option, none for prompts, an address or numbered steps: " + fs);
        for (DetectedField b : boxes) {
            assertTrue(b.box().x1() * W < 56 && b.box().x0() * W > 38, b::toString);
            assertTrue(b.box().y0() * H > 305 && b.box().y1() * H < 385, b::toString);
        }
    }

    @Test
    void sentenceUnderARuleDoesNotMakeItABlank() throws IOException {
        List<DetectedField> fs = detect(cs -> {
            rule(cs, 120, 400, 110);
            text(cs, 120, 124, 9, "(Articles 161-14, 161-25 and 313-3 of the social security code, decree of 4 May 2007)");
        });
        assertEquals(List.of(), fs, "a rule over a line of references");
        List<DetectedField> captioned = detect(cs -> {
            rule(cs, 120, 400, 110);
            text(cs, 120, 124, 9, "(number, street, city)");
        });
        assertEquals(1, captioned.size(), "a short caption under a line names it: " + captioned);
    }

    @Test
    void footnoteRunningOnUnderItsShortSeparatorRuleDoesNotMakeItABlank() throws IOException {
        List<DetectedField> fs = detect(cs -> {
            rule(cs, 50, 194, 700); // the short rule over a page's footnotes
            text(cs, 50, 712, 8, "1 Membership fees are not refundable once the application is approved.");
            text(cs, 50, 722, 8, "2 Students must enclose a copy of their current student card.");
        });
        assertEquals(List.of(), fs, "the first footnote runs on past the rule: no caption");
        List<DetectedField> captioned = detect(cs -> {
            rule(cs, 50, 194, 700);
            text(cs, 50, 712, 8, "Signature of applicant");
            rule(cs, 230, 330, 700);
            text(cs, 230, 712, 8, "Date");
        });
        assertEquals(2, captioned.size(), "captions end under their lines: " + captioned);
    }

    @Test
    void dotsDrawnOneByOneAreOneDottedLine() throws IOException {
        // leaders drawn as separate 1 pt squares, and as round dots (small enough that their curves read straight)
        List<DetectedField> fs = detect(cs -> {
            text(cs, 50, 100, 10, "Full name");
            for (int i = 0; i < 100; i++) {
                cs.addRect(100 + 3f * i, H - 101.5f, 1, 1);
            }
            text(cs, 50, 160, 10, "Employer");
            for (int i = 0; i < 75; i++) {
                float r = 0.6f, cx = 100 + 4f * i, cy = H - 161, k = 0.55f * r;
                cs.moveTo(cx + r, cy);
                cs.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
                cs.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
                cs.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
                cs.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
            }
            cs.fill();
        });
        assertEquals(2, fs.size(), fs::toString);
        for (DetectedField f : fs) {
            assertTrue(f.box().x0() * W < 102 && f.box().x1() * W > 390, "the whole leader: " + f);
        }
    }

    @Test
    void lineAfterALabelInACellOfTextIsABlank() throws IOException {
        List<DetectedField> fs = detect(cs -> {
            rule(cs, 36, 575, 620); // a table's rule far above, and its column side on the right
            cs.moveTo(467, H - 620);
            cs.lineTo(467, H - 760);
            cs.stroke();
            text(cs, 40, 640, 10, "Haulage (please fill in the column carefully if trucking is to be");
            text(cs, 40, 654, 10, "arranged by our company, otherwise leave it blank)");
            text(cs, 40, 684, 10, "Customer's own truck: see the terms overleaf");
            text(cs, 40, 708, 10, "Haulage Address:");
            rule(cs, 125, 462, 709); // ends just short of the column side
            text(cs, 40, 730, 10, "_______________________________________________________________________________");
        });
        assertEquals(2, fs.size(), "the labelled line and the typed line continuing it: " + fs);
        assertEquals("Haulage Address:", fs.get(0).label());
    }

    @Test
    void answerLettersSplitByADividerGetABoxEach() throws IOException {
        List<DetectedField> fs = detect(cs -> {
            text(cs, 126, 515, 10, "If Medicare, do you want help paying Medicare premiums?");
            text(cs, 338, 515, 10, "Y");
            text(cs, 354, 515, 10, "N");
            cs.setLineWidth(0.5f);
            cs.moveTo(348.4f, H - 503.4f);
            cs.lineTo(348.4f, H - 517.5f);
            cs.stroke();
        });
        assertEquals(2, fs.size(), fs::toString);
        assertEquals("Y", fs.get(0).label());
        assertEquals(348.4 / W, fs.get(0).box().x1(), 0.003, "the Y box ends at the divider: " + fs);
        assertEquals(348.4 / W, fs.get(1).box().x0(), 0.003, "the N box starts at the divider: " + fs);
        assertTrue(fs.get(0).box().width() * W > 14 && fs.get(0).box().width() * W < 20, fs::toString);
    }

    @Test
    void captionInParenthesesUnderALineNamesTheLineNotTheSpaceBelow() throws IOException {
        List<DetectedField> fs = detect(cs -> {
            text(cs, 18, 448, 10, "Attention:");
            rule(cs, 18, 203, 474);
            text(cs, 78, 483, 8, "(FUTA Liaison)");
            rule(cs, 18, 594, 502); // the top of the table below
            cs.moveTo(210, H - 380); // the column's right side, running down into the table
            cs.lineTo(210, H - 700);
            cs.stroke();
        });
        assertEquals(1, fs.size(), fs::toString);
        assertEquals(474, fs.get(0).box().y1() * H, 1.5, "the blank sits on the line: " + fs);
    }

    @Test
    void bareGapsBeforeOptionsAfterAPromptHoldTheirButtons() throws IOException {
        List<DetectedField> fs = detect(cs -> {
            text(cs, 40, 170, 11, "Gender:");
            text(cs, 145, 170, 11, "female");
            text(cs, 207, 170, 11, "male");
            text(cs, 269, 170, 11, "non-binary");
            text(cs, 40, 300, 11, "Who pays?"); // a table's header row, its captions far apart: not options
            text(cs, 200, 300, 11, "Type of expense");
            text(cs, 380, 300, 11, "Amount");
        });
        List<DetectedField> buttons = fs.stream().filter(f -> f.type() == FieldType.CHOICE_BUTTON).toList();
        assertEquals(3, buttons.size(), fs::toString);
        assertTrue(buttons.stream().allMatch(b -> b.box().y1() * H < 175), fs::toString);
        assertEquals("female", buttons.get(0).label());
    }
}
