package dev.formfill.core.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.formfill.core.DetectedField;
import dev.formfill.core.FieldNaming;
import dev.formfill.core.FieldType;
import dev.formfill.core.PrepareOptions;
import dev.formfill.core.PrepareResult;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Radio grouping on generated PDFs, through the real pipeline. */
class ChoiceGroupsTest {

    @TempDir
    Path dir;

    private static DetectedField at(PrepareResult r, double x, double y) {
        for (DetectedField f : r.fields()) {
            var b = TestForm.points(f.box());
            if (x >= b.x0() - 1 && x <= b.x1() + 1 && y >= b.y0() - 1 && y <= b.y1() + 1) {
                return f;
            }
        }
        throw new AssertionError("no field at " + x + "," + y);
    }

    /** A typed radio circle ("❍", 10 pt) on the baseline at x, with its button over it. */
    private static TestForm ring(TestForm f, double x, double baseline) {
        return f.dingbat(x, baseline, 10, "\u274D").field(FieldType.CHOICE_BUTTON, x - 1, baseline - 9, x + 10, baseline + 2);
    }

    private static TestForm box(TestForm f, double x, double y) {
        return f.rect(x, y, x + 10, y + 10).field(FieldType.CHOICE_BUTTON, x, y, x + 10, y + 10);
    }

    @Test
    void yesNoPairBecomesOneGroupAndLooseCheckboxesStayApart() throws Exception {
        TestForm form = new TestForm().text(72, 109, 10, "Are you a US citizen?");
        box(form, 250, 100).text(264, 109, 10, "Yes");
        box(form, 300, 100).text(314, 109, 10, "No");
        // two unrelated checkboxes far apart
        box(form, 72, 300).text(86, 309, 10, "Send me email updates");
        box(form, 72, 600).text(86, 609, 10, "I have read the terms");
        PrepareResult r = form.run(dir, "radio");
        DetectedField yes = at(r, 255, 105), no = at(r, 305, 105);
        assertEquals("are_you_a_us_citizen", yes.group());
        assertEquals(yes.group(), no.group());
        // the final widget names of a radio group are the writer's choice; its answer is the label
        assertEquals("Yes", yes.label());
        assertEquals("No", no.label(), "a radio option's label is its answer (the export value)");
        DetectedField email = at(r, 77, 305), terms = at(r, 77, 605);
        assertNull(email.group());
        assertNull(terms.group());
        assertEquals("send_me_email_updates", email.name());
        assertEquals("I have read the terms", terms.label());
    }

    @Test
    void typedRadioCirclesAreOneGroupUnlessAllMayApply() throws Exception {
        // "Preferred contact: ❍ Email ❍ Phone ❍ Mail": circles mean one answer; squares with the same words do not
        TestForm form = new TestForm().text(72, 109, 10, "Preferred contact:");
        String[] options = {"Email", "Phone", "Mail"};
        for (int i = 0; i < 3; i++) {
            ring(form, 200 + 70 * i, 109).text(214 + 70 * i, 109, 10, options[i]);
        }
        form.text(72, 209, 10, "Contact by (all that apply):");
        for (int i = 0; i < 3; i++) {
            ring(form, 200 + 70 * i, 209).text(214 + 70 * i, 209, 10, options[i]);
        }
        form.text(72, 309, 10, "Contact by:");
        for (int i = 0; i < 3; i++) {
            box(form, 200 + 70 * i, 300).text(214 + 70 * i, 309, 10, options[i]);
        }
        PrepareResult r = form.run(dir, "rings");
        assertEquals("preferred_contact", at(r, 205, 105).group(), () -> r.fields().toString());
        assertEquals("preferred_contact", at(r, 345, 105).group());
        assertNull(at(r, 205, 205).group(), "all that apply");
        assertNull(at(r, 205, 305).group(), "squares with free wording stay checkboxes");
    }

    @Test
    void checkAllThatApplyStaysCheckboxesButShortOneHintGroups() throws Exception {
        TestForm form = new TestForm().text(72, 109, 10, "Benefits (check all that apply):");
        box(form, 250, 100).text(264, 109, 10, "SNAP");
        box(form, 320, 100).text(334, 109, 10, "WIC");
        form.text(72, 209, 10, "Marital status (check one):");
        box(form, 250, 200).text(264, 209, 10, "Single");
        box(form, 320, 200).text(334, 209, 10, "Married");
        box(form, 400, 200).text(414, 209, 10, "Widowed");
        PrepareResult r = form.run(dir, "hints");
        assertNull(at(r, 255, 105).group());
        assertNull(at(r, 325, 105).group());
        assertEquals("benefits_check_all_that_apply_snap", at(r, 255, 105).name());
        String g = at(r, 255, 205).group();
        assertNotNull(g);
        assertEquals(g, at(r, 325, 205).group());
        assertEquals(g, at(r, 405, 205).group());
    }

    @Test
    void yesNoPairInsideALongerRowIsItsOwnGroup() throws Exception {
        TestForm form = new TestForm().text(72, 109, 10, "Hispanic?");
        box(form, 130, 100).text(144, 109, 10, "Yes");
        box(form, 175, 100).text(189, 109, 10, "No");
        box(form, 220, 100).text(234, 109, 10, "Asian");
        box(form, 280, 100).text(294, 109, 10, "White");
        PrepareResult r = form.run(dir, "subrun");
        assertEquals("hispanic", at(r, 135, 105).group());
        assertEquals("hispanic", at(r, 180, 105).group());
        assertNull(at(r, 225, 105).group());
        assertNull(at(r, 285, 105).group());
        assertEquals("White", at(r, 285, 105).label(), "another option's answer is no question");
    }

    @Test
    void answersAreReadUpToTheirFirstPunctuation() throws Exception {
        TestForm form = new TestForm().text(72, 109, 10, "Do you rent?");
        box(form, 150, 100).text(164, 109, 10, "Yes. Monthly rent:");
        box(form, 300, 100).text(314, 109, 10, "No");
        PrepareResult r = form.run(dir, "heads");
        assertEquals("do_you_rent", at(r, 155, 105).group());
        assertEquals("do_you_rent", at(r, 305, 105).group());
    }

    /** A table with Yes and No columns: the answers come from the column headers, the question from the row. */
    @Test
    void yesNoColumnsOfATable() throws Exception {
        TestForm form = new TestForm();
        double[] xs = {72, 350, 400, 450};
        double[] ys = {100, 120, 140, 160};
        for (double y : ys) {
            form.line(xs[0], y, xs[3], y);
        }
        for (double x : xs) {
            form.line(x, ys[0], x, ys[3]);
        }
        form.text(76, 114, 9, "Question").text(366, 114, 9, "Yes").text(418, 114, 9, "No");
        form.text(76, 134, 9, "Do you smoke?").text(76, 154, 9, "Do you drink?");
        for (int row = 1; row < 3; row++) {
            for (int col = 1; col < 3; col++) {
                double cx = (xs[col] + xs[col + 1]) / 2, cy = (ys[row] + ys[row + 1]) / 2;
                form.rect(cx - 5, cy - 5, cx + 5, cy + 5).field(FieldType.CHOICE_BUTTON, cx - 5, cy - 5, cx + 5, cy + 5);
            }
        }
        PrepareResult r = form.run(dir, "table-radio");
        assertEquals("do_you_smoke", at(r, 375, 130).group());
        assertEquals("do_you_smoke", at(r, 425, 130).group());
        assertEquals("No", at(r, 425, 130).label());
        assertEquals("do_you_drink", at(r, 375, 150).group());
    }

    @Test
    void stackedYesNoColumnGroupsAndSameQuestionOnTwoRowsGivesTwoGroups() throws Exception {
        TestForm form = new TestForm().text(72, 90, 10, "Do you have income?");
        box(form, 72, 100).text(86, 109, 10, "Yes");
        box(form, 72, 116).text(86, 125, 10, "No");
        form.text(300, 90, 10, "Do you have income?");
        box(form, 300, 100).text(314, 109, 10, "Yes");
        box(form, 300, 116).text(314, 125, 10, "No");
        PrepareResult r = form.run(dir, "column");
        String left = at(r, 77, 105).group(), right = at(r, 305, 105).group();
        assertEquals("do_you_have_income", left);
        assertEquals(left, at(r, 77, 121).group());
        assertEquals("do_you_have_income_2", right);
        assertEquals(right, at(r, 305, 121).group());

        PrepareResult g = form.run(dir, "column-generic", PrepareOptions.builder().fieldNames(FieldNaming.GENERIC));
        assertEquals("radio_1_1", at(g, 77, 105).group());
        assertEquals("radio_1_2", at(g, 305, 105).group());
    }
}
