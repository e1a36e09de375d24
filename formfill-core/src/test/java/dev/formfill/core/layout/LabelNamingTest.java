package dev.formfill.core.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.formfill.core.DetectedField;
import dev.formfill.core.FieldNaming;
import dev.formfill.core.FieldType;
import dev.formfill.core.PrepareOptions;
import dev.formfill.core.PrepareResult;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names, tooltips and signature promotion from labels on generated PDFs, through the real pipeline. */
class LabelNamingTest {

    @TempDir
    Path dir;

    private static DetectedField at(PrepareResult r, double x, double y) {
        for (DetectedField f : r.fields()) {
            var b = TestForm.points(f.box());
            if (x >= b.x0() - 1 && x <= b.x1() + 1 && y >= b.y0() - 1 && y <= b.y1() + 1) {
                return f;
            }
        }
        throw new AssertionError("no field at " + x + "," + y + " in " + r.fields());
    }

    @Test
    void labelLeftOfAnUnderlineAndAboveABox() throws Exception {
        PrepareResult r = new TestForm()
                .text(72, 100, 10, "First name:").line(140, 102, 320, 102).field(FieldType.TEXT_BOX, 140, 88, 320, 102)
                .text(340, 100, 10, "Last name:").line(400, 102, 560, 102).field(FieldType.TEXT_BOX, 400, 88, 560, 102)
                .text(72, 160, 9, "Date of birth").rect(72, 164, 250, 184).field(FieldType.TEXT_BOX, 72, 164, 250, 184)
                .run(dir, "labels");
        DetectedField first = at(r, 200, 95);
        assertEquals("first_name", first.name());
        assertEquals("First name", first.label());
        assertEquals("last_name", at(r, 450, 95).name());
        DetectedField dob = at(r, 100, 175);
        assertEquals("date_of_birth", dob.name());
        assertEquals("Date of birth", dob.label());
    }

    @Test
    void labelInsideTheSameCellWins() throws Exception {
        // a cell with its label in the top-left corner and the widget over the whole cell
        PrepareResult r = new TestForm()
                .text(300, 60, 10, "Applicant information")
                .rect(72, 70, 300, 100).text(75, 79, 7, "Street address").field(FieldType.TEXT_BOX, 72, 70, 300, 100)
                .rect(300, 70, 540, 100).text(303, 79, 7, "City").field(FieldType.TEXT_BOX, 300, 70, 540, 100)
                .run(dir, "cell");
        assertEquals("street_address", at(r, 100, 90).name());
        assertEquals("city", at(r, 400, 90).name());
    }

    @Test
    void columnHeadersNameTableCells() throws Exception {
        TestForm form = new TestForm();
        double[] xs = {72, 250, 400, 540};
        double[] ys = {200, 220, 240, 260};
        for (double y : ys) {
            form.line(xs[0], y, xs[3], y);
        }
        for (double x : xs) {
            form.line(x, ys[0], x, ys[3]);
        }
        form.text(76, 214, 9, "Name of child").text(254, 214, 9, "Date of birth").text(404, 214, 9, "School");
        for (int row = 1; row < 3; row++) {
            for (int col = 0; col < 3; col++) {
                form.field(FieldType.TEXT_BOX, xs[col], ys[row], xs[col + 1], ys[row + 1]);
            }
        }
        PrepareResult r = form.run(dir, "table");
        assertEquals("name_of_child", at(r, 100, 230).name());
        assertEquals("date_of_birth", at(r, 300, 230).name());
        assertEquals("school", at(r, 450, 230).name());
        assertEquals("date_of_birth_2", at(r, 300, 250).name());
        assertEquals("School", at(r, 450, 250).label());
    }

    @Test
    void namesAreUniqueAndGenericModeKeepsGenericNames() throws Exception {
        TestForm form = new TestForm()
                .text(72, 100, 10, "Name:").line(110, 102, 300, 102).field(FieldType.TEXT_BOX, 110, 88, 300, 102)
                .text(72, 140, 10, "Name:").line(110, 142, 300, 142).field(FieldType.TEXT_BOX, 110, 128, 300, 142)
                .line(110, 300, 300, 300).field(FieldType.TEXT_BOX, 110, 286, 300, 300);
        PrepareResult r = form.run(dir, "unique");
        assertEquals(List.of("name", "name_2", "textbox_1_3"), r.fields().stream().map(DetectedField::name).toList());
        Set<String> names = new HashSet<>(r.fields().stream().map(DetectedField::name).toList());
        assertEquals(3, names.size());

        PrepareResult g = form.run(dir, "generic", PrepareOptions.builder().fieldNames(FieldNaming.GENERIC));
        assertEquals(List.of("textbox_1_1", "textbox_1_2", "textbox_1_3"),
                g.fields().stream().map(DetectedField::name).toList());
        assertEquals("Name", g.fields().get(0).label(), "tooltips stay in generic mode");
        assertNull(g.fields().get(2).label());
    }

    @Test
    void signatureLinesArePromoted() throws Exception {
        TestForm form = new TestForm()
                .text(72, 400, 10, "Signature of applicant:").line(190, 402, 400, 402).field(FieldType.TEXT_BOX, 190, 386, 400, 402)
                .text(420, 400, 10, "Date:").line(450, 402, 560, 402).field(FieldType.TEXT_BOX, 450, 386, 560, 402)
                .text(72, 450, 10, "Signature date:").line(160, 452, 300, 452).field(FieldType.TEXT_BOX, 160, 436, 300, 452)
                // caption under the line
                .line(72, 520, 300, 520).text(72, 530, 8, "Unterschrift").field(FieldType.TEXT_BOX, 72, 504, 300, 520);
        PrepareResult r = form.run(dir, "sign");
        DetectedField sig = at(r, 300, 395);
        assertEquals(FieldType.SIGNATURE, sig.type());
        assertEquals("signature_of_applicant", sig.name());
        assertEquals(FieldType.TEXT_BOX, at(r, 500, 395).type());
        assertEquals("date", at(r, 500, 395).name());
        assertEquals(FieldType.TEXT_BOX, at(r, 200, 445).type(), "a signature date is not a signature");
        assertEquals(FieldType.SIGNATURE, at(r, 200, 512).type(), "caption under the line");

        PrepareResult off = form.run(dir, "sign-off", PrepareOptions.builder().useSignatureFields(false));
        assertNotEquals(FieldType.SIGNATURE, at(off, 300, 395).type());
    }

    @Test
    void theSignHereMarkBeforeALineIsNoLabel() throws Exception {
        // "X ______" over "Signature of applicant": the caption names the line, the mark does not
        PrepareResult r = new TestForm()
                .text(60, 400, 10, "X").line(72, 402, 300, 402).text(72, 412, 8, "Signature of applicant")
                .field(FieldType.TEXT_BOX, 72, 386, 300, 402)
                .run(dir, "sign-here");
        DetectedField sig = at(r, 200, 395);
        assertEquals("signature_of_applicant", sig.name(), sig::toString);
        assertEquals(FieldType.SIGNATURE, sig.type());
    }

    @Test
    void boxesAfterTheirOptionsAreNamedAfterThem() throws Exception {
        PrepareResult r = new TestForm()
                // "Do you rent?  Yes ☐  No ☐": the last box has nothing on its right, so each box follows its option
                .text(50, 300, 10, "Do you rent?").text(150, 300, 10, "Yes").rect(172, 291, 182, 301)
                .field(FieldType.CHOICE_BUTTON, 172, 291, 182, 301).text(195, 300, 10, "No").rect(212, 291, 222, 301)
                .field(FieldType.CHOICE_BUTTON, 212, 291, 222, 301)
                // control: "Own? ☐ Yes ☐ No", set tight, each box before its option
                .text(50, 340, 10, "Do you own?").rect(112, 331, 122, 341).field(FieldType.CHOICE_BUTTON, 112, 331, 122, 341)
                .text(125, 340, 10, "Yes").rect(146, 331, 156, 341).field(FieldType.CHOICE_BUTTON, 146, 331, 156, 341)
                .text(159, 340, 10, "No")
                .run(dir, "options-left");
        assertEquals("do_you_rent_yes", at(r, 177, 296).name(), () -> r.fields().toString());
        assertEquals("do_you_rent_no", at(r, 217, 296).name());
        assertEquals("do_you_own_yes", at(r, 117, 336).name());
        assertEquals("do_you_own_no", at(r, 151, 336).name());
    }

    @Test
    void aSignAloneInACellLeavesItNamedByTheLabelBeforeIt() throws Exception {
        PrepareResult r = new TestForm()
                .text(50, 250, 10, "Amount requested").rect(150, 236, 270, 254).text(153, 250, 10, "$")
                .field(FieldType.TEXT_BOX, 161, 237, 250, 253)
                .run(dir, "sign-in-cell");
        assertEquals("amount_requested", at(r, 200, 245).name(), () -> r.fields().toString());
    }

    @Test
    void tableCellIsNotPromotedByACaptionUnderTheTable() throws Exception {
        TestForm form = new TestForm()
                .rect(72, 600, 300, 615).text(76, 611, 8, "Name of person")
                .rect(300, 600, 540, 615).text(304, 611, 8, "Date of birth")
                .rect(72, 615, 300, 632).field(FieldType.TEXT_BOX, 72, 615, 300, 632)
                .rect(300, 615, 540, 632).field(FieldType.TEXT_BOX, 300, 615, 540, 632)
                .text(320, 646, 9, "signature of the insured");
        PrepareResult r = form.run(dir, "table-sign");
        DetectedField cell = at(r, 420, 624);
        assertEquals(FieldType.TEXT_BOX, cell.type(), () -> "the cell belongs to its column header: " + cell);
    }

    @Test
    void fieldUnderItsOwnCaptionOfASharedHeaderTakesThatCaption() throws Exception {
        // one header cell "Signature of client or representative ... Date" over a band split in two fields
        PrepareResult r = new TestForm()
                .line(24, 285, 309, 285).line(24, 315, 309, 315).line(24, 339, 309, 339)
                .line(24, 285, 24, 339).line(309, 285, 309, 339)
                .text(28, 300, 10, "Signature of client or representative").text(280, 300, 10, "Date")
                .field(FieldType.TEXT_BOX, 24, 315, 240, 339).field(FieldType.TEXT_BOX, 240, 315, 309, 339)
                .run(dir, "shared-header");
        DetectedField date = at(r, 280, 330);
        assertEquals("Date", date.label());
        assertEquals(FieldType.TEXT_BOX, date.type(), "a date under a signature caption's neighbour is no signature");
        assertEquals(FieldType.SIGNATURE, at(r, 100, 330).type());
    }

    @Test
    void aBoxUnderItsOwnCaptionIsNotPromotedByTheNextBoxsCaption() throws Exception {
        PrepareResult r = new TestForm()
                // bands between rules, each with its caption at the top left
                .line(36, 300, 577, 300).text(38, 308, 8, "Relationship to the Patient").field(FieldType.TEXT_BOX, 37, 310, 576, 324)
                .line(36, 325, 577, 325).text(38, 333, 8, "Signature of Witness").field(FieldType.TEXT_BOX, 37, 335, 299, 351)
                .line(36, 352, 577, 352)
                .run(dir, "stacked-captions");
        assertEquals(FieldType.TEXT_BOX, at(r, 300, 318).type(), () -> "its caption is its own: " + r.fields());
        assertEquals(FieldType.SIGNATURE, at(r, 150, 344).type(), () -> "the caption over it: " + r.fields());
    }

    @Test
    void captionUnderOnlyTheEndOfALineIsItsNeighboursNotItsOwn() throws Exception {
        PrepareResult r = new TestForm()
                // "Fax:" line ending where the next cell's "Signature & Chop by Shipper" starts under it
                .text(40, 712, 9, "Fax:").line(185, 716, 480, 716).field(FieldType.TEXT_BOX, 185, 702, 480, 716)
                .text(445, 726, 9, "Signature & Chop by Shipper")
                // control: a caption under the middle of a line names it
                .line(72, 600, 300, 600).field(FieldType.TEXT_BOX, 72, 586, 300, 600)
                .text(150, 610, 9, "Signature")
                .run(dir, "neighbour-caption");
        assertEquals(FieldType.TEXT_BOX, at(r, 300, 710).type(), "a caption under the line's end: " + r.fields());
        assertEquals(FieldType.SIGNATURE, at(r, 200, 594).type(), "a caption under the line: " + r.fields());
    }
}
