package dev.formfill.core.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.formfill.core.Box;
import dev.formfill.core.DetectedField;
import dev.formfill.core.FieldType;
import dev.formfill.core.PrepareOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDRadioButton;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AcroFormWriterTest {

    private final AcroFormWriter writer = new AcroFormWriter();

    @TempDir
    Path tmp;

    private Path writeFixture(PrepareOptions options, List<DetectedField> fields, String name) throws IOException {
        Path out = tmp.resolve(name);
        try (PDDocument doc = FormFixtures.withLinkCommentAndField()) {
            writer.write(doc, fields, options);
            PdfOutput.saveAtomically(doc, out, null);
        }
        return out;
    }

    @Test
    void writesEveryFieldKindWithItsAttributes() throws IOException {
        Path out = writeFixture(PrepareOptions.defaults(), FormFixtures.oneOfEach(), "all.pdf");
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
            assertFalse(form.getNeedAppearances());
            assertTrue(form.getDefaultResources().getCOSObject().getCOSDictionary(COSName.FONT)
                    .containsKey(COSName.getPDFName("Helv")));
            assertEquals("Helvetica", form.getDefaultResources().getFont(COSName.getPDFName("Helv")).getName());

            PDTextField name = (PDTextField) form.getField("full_name");
            assertEquals("/Helv 0 Tf 0 g", name.getDefaultAppearance());
            assertEquals("Full name", name.getAlternateFieldName());
            assertFalse(name.isMultiline());
            assertTrue(((PDTextField) form.getField("notes")).isMultiline());
            PDTextField ssn = (PDTextField) form.getField("ssn");
            assertTrue(ssn.isComb());
            assertEquals(9, ssn.getMaxLen());
            assertFalse(ssn.isMultiline());

            PDCheckBox agree = (PDCheckBox) form.getField("agree");
            assertEquals("Yes", agree.getOnValue());
            assertFalse(agree.isChecked());
            assertEquals("I agree", agree.getAlternateFieldName());
            assertButtonAppearances(agree.getWidgets().get(0), "Yes");

            PDRadioButton married = (PDRadioButton) form.getField("married");
            assertEquals(2, married.getWidgets().size());
            assertEquals(Set.of("Yes", "No"), married.getOnValues());
            assertButtonAppearances(married.getWidgets().get(0), "Yes");
            assertButtonAppearances(married.getWidgets().get(1), "No");
            assertNull(form.getField("married_yes"));

            assertInstanceOf(PDSignatureField.class, form.getField("signature"));
            // every widget has a normal appearance stream, so viewers need not build any
            for (PDField f : form.getFieldTree()) {
                for (PDAnnotationWidget w : f.getWidgets()) {
                    assertNotNull(w.getAppearance(), f.getFullyQualifiedName());
                    assertNotNull(w.getAppearance().getNormalAppearance(), f.getFullyQualifiedName());
                }
            }
        }
    }

    @Test
    void widgetRectanglesMapBackToTheDetectedBoxes() throws IOException {
        Path out = writeFixture(PrepareOptions.defaults(), FormFixtures.oneOfEach(), "rects.pdf");
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            PageGeometry g = PageGeometry.of(doc.getPage(0));
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
            for (DetectedField f : FormFixtures.oneOfEach()) {
                PDField field = form.getField(f.group() != null ? f.group() : f.name());
                boolean found = false;
                for (PDAnnotationWidget w : field.getWidgets()) {
                    found |= g.toNormalized(w.getRectangle()).iou(f.box()) > 0.999;
                }
                assertTrue(found, f.name());
            }
        }
    }

    @Test
    void clearingRemovesOnlyWidgetsAndFieldsAndAppendsInReadingOrder() throws IOException {
        Path out = writeFixture(PrepareOptions.defaults(), FormFixtures.oneOfEach(), "clear.pdf");
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            List<PDAnnotation> annots = doc.getPage(0).getAnnotations();
            assertInstanceOf(PDAnnotationLink.class, annots.get(0));
            assertInstanceOf(PDAnnotationText.class, annots.get(1));
            assertEquals("a reviewer's note", annots.get(1).getContents());
            List<String> widgetOrder = new ArrayList<>();
            for (PDAnnotation a : annots.subList(2, annots.size())) {
                PDAnnotationWidget w = assertInstanceOf(PDAnnotationWidget.class, a);
                COSDictionary d = w.getCOSObject();
                String t = d.getString(COSName.T);
                widgetOrder.add(t != null ? t : d.getCOSDictionary(COSName.PARENT).getString(COSName.T));
            }
            assertEquals(List.of("full_name", FormFixtures.EXISTING, "notes", "ssn", "agree", "wide_box", "married",
                    "married", "signature"), widgetOrder);
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
            // the old field is gone, so the detection named like it keeps the plain name
            assertEquals(8, form.getFields().size());
            assertInstanceOf(PDTextField.class, form.getField(FormFixtures.EXISTING));
            assertEquals("", ((PDTextField) form.getField(FormFixtures.EXISTING)).getValue());
        }
    }

    @Test
    void keepingExistingFieldsAvoidsTheirNames() throws IOException {
        PrepareOptions keep = PrepareOptions.builder().keepExistingFields(true).build();
        List<DetectedField> written;
        Path out = tmp.resolve("keep.pdf");
        try (PDDocument doc = FormFixtures.withLinkCommentAndField()) {
            written = writer.write(doc, FormFixtures.oneOfEach(), keep);
            PdfOutput.saveAtomically(doc, out, null);
        }
        assertTrue(written.stream().anyMatch(f -> f.name().equals(FormFixtures.EXISTING + "_2")));
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
            assertEquals("kept value", ((PDTextField) form.getField(FormFixtures.EXISTING)).getValue());
            assertNotNull(form.getField(FormFixtures.EXISTING + "_2"));
            assertEquals(9, form.getFields().size());
            Set<String> names = new TreeSet<>();
            form.getFieldTree().forEach(f -> assertTrue(names.add(f.getFullyQualifiedName()), f.getFullyQualifiedName()));
            List<PDAnnotation> annots = doc.getPage(0).getAnnotations();
            assertEquals(3 + 9, annots.size());
            assertEquals(FormFixtures.EXISTING, annots.get(2).getCOSObject().getString(COSName.T));
        }
    }

    @Test
    void keptWidgetSeenAgainIsNotDuplicated() throws IOException {
        try (PDDocument doc = FormFixtures.withLinkCommentAndField()) {
            PageGeometry g = PageGeometry.of(doc.getPage(0));
            Box existing = g.toNormalized(doc.getPage(0).getAnnotations().get(2).getRectangle());
            DetectedField again = DetectedField.of(0, FieldType.TEXT_BOX, existing, 0.9).withName("again");
            PrepareOptions keep = PrepareOptions.builder().keepExistingFields(true).build();
            assertEquals(List.of(), writer.resolveNames(doc, List.of(again), keep));
            assertEquals(1, writer.resolveNames(doc, List.of(again), PrepareOptions.defaults()).size());
        }
    }

    @Test
    void signaturesBecomeTextFieldsWhenAsked() throws IOException {
        PrepareOptions noSig = PrepareOptions.builder().useSignatureFields(false).build();
        Path out = writeFixture(noSig, FormFixtures.oneOfEach(), "nosig.pdf");
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertInstanceOf(PDTextField.class, doc.getDocumentCatalog().getAcroForm(null).getField("signature"));
        }
    }

    @Test
    void dotsInNamesAreReplacedAndDuplicatesSuffixed() throws IOException {
        try (PDDocument doc = TestPdfs.textDocument(1)) {
            List<DetectedField> in = List.of(
                    FormFixtures.field(FieldType.TEXT_BOX, 0.1, 0.1, 0.3, 0.12, "a.b"),
                    FormFixtures.field(FieldType.TEXT_BOX, 0.1, 0.2, 0.3, 0.22, "a_b"),
                    FormFixtures.field(FieldType.TEXT_BOX, 0.1, 0.3, 0.3, 0.32, null));
            List<DetectedField> out = writer.write(doc, in, PrepareOptions.defaults());
            assertEquals(List.of("a_b", "a_b_2", "textbox_1"), out.stream().map(DetectedField::name).toList());
        }
    }

    @Test
    void staleXfaAndUsageRightsAreDroppedAndAFormWithoutFieldsArrayIsFilled() throws IOException {
        for (boolean keep : new boolean[] {false, true}) {
            try (PDDocument doc = TestPdfs.textDocument(1)) {
                COSDictionary form = new COSDictionary();
                form.setItem(COSName.XFA, new org.apache.pdfbox.cos.COSArray()); // no /Fields at all
                doc.getDocumentCatalog().getCOSObject().setItem(COSName.ACRO_FORM, form);
                COSDictionary perms = new COSDictionary();
                perms.setItem(COSName.getPDFName("UR3"), new COSDictionary());
                doc.getDocumentCatalog().getCOSObject().setItem(COSName.PERMS, perms);
                PrepareOptions options = PrepareOptions.builder().keepExistingFields(keep).build();
                writer.write(doc, FormFixtures.oneOfEach(), options);
                PDAcroForm written = doc.getDocumentCatalog().getAcroForm(null);
                assertEquals(8, written.getFields().size(), "keep=" + keep);
                assertFalse(written.getCOSObject().containsKey(COSName.XFA));
                assertFalse(doc.getDocumentCatalog().getCOSObject().containsKey(COSName.PERMS));
            }
        }
    }

    @Test
    void radioGroupNameAvoidsKeptFieldsAndOptionsFallBackToTheirNames() throws IOException {
        try (PDDocument doc = FormFixtures.withLinkCommentAndField()) {
            List<DetectedField> in = List.of(
                    FormFixtures.field(FieldType.CHOICE_BUTTON, 0.1, 0.6, 0.12, 0.615, "opt_a").withGroup(FormFixtures.EXISTING),
                    FormFixtures.field(FieldType.CHOICE_BUTTON, 0.2, 0.6, 0.22, 0.615, "opt_b").withGroup(FormFixtures.EXISTING));
            List<DetectedField> out = writer.write(doc, in, PrepareOptions.builder().keepExistingFields(true).build());
            assertEquals(List.of("opt_a", "opt_b"), out.stream().map(DetectedField::name).toList());
            String group = FormFixtures.EXISTING + "_2";
            assertEquals(List.of(group, group), out.stream().map(DetectedField::group).toList());
            PDRadioButton radio = (PDRadioButton) doc.getDocumentCatalog().getAcroForm(null).getField(group);
            assertEquals(Set.of("opt_a", "opt_b"), radio.getOnValues());
        }
    }

    private static void assertButtonAppearances(PDAnnotationWidget w, String onState) {
        assertEquals("Off", w.getCOSObject().getNameAsString(COSName.AS));
        COSDictionary normal = (COSDictionary) w.getCOSObject().getCOSDictionary(COSName.AP).getDictionaryObject(COSName.N);
        assertEquals(Set.of(onState, "Off"), normal.keySet().stream().map(COSName::getName).collect(java.util.stream.Collectors.toSet()));
        for (COSName state : normal.keySet()) {
            assertInstanceOf(COSObject.class, normal.getItem(state), "appearance streams must be indirect");
            PDAppearanceStream s = new PDAppearanceStream((org.apache.pdfbox.cos.COSStream) normal.getDictionaryObject(state));
            assertNotNull(s.getBBox());
            assertNotNull(s.getCOSObject().getCOSDictionary(COSName.RESOURCES), "Resources");
        }
    }

    /**
     * Boxes a few points across (a detector's slip, or a character cell) still get a field with an
     * appearance: the writer does not fail on them, and the file opens with every field in place.
     */
    @Test
    void tinyBoxesAreWrittenWithoutFailing() throws IOException {
        List<DetectedField> tiny = new ArrayList<>();
        double[][] sizes = {{3.5, 4.5}, {4, 4.5}, {1.2, 1.5}, {4.95, 8.7}, {12, 1.2}, {30, 3}}; // under 1 pt is dropped
        for (int i = 0; i < sizes.length; i++) {
            double x = 0.1 + 0.1 * i, w = sizes[i][0] / 612, h = sizes[i][1] / 792;
            tiny.add(DetectedField.of(0, FieldType.TEXT_BOX, new Box(x, 0.3, x + w, 0.3 + h), 0.5));
            tiny.add(DetectedField.of(0, FieldType.TEXT_BOX, new Box(x, 0.5, x + w, 0.5 + h), 0.5).withCombCells(3));
            tiny.add(DetectedField.of(0, FieldType.CHOICE_BUTTON, new Box(x, 0.7, x + w, 0.7 + h), 0.5));
        }
        Path out = writeFixture(PrepareOptions.defaults(), tiny, "tiny.pdf");
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
            int written = 0;
            for (PDField f : form.getFieldTree()) {
                for (PDAnnotationWidget w : f.getWidgets()) {
                    if (w.getRectangle().getWidth() < 31 && w.getRectangle().getHeight() < 10) {
                        written++;
                        assertNotNull(w.getNormalAppearanceStream(), f.getFullyQualifiedName());
                    }
                }
            }
            assertEquals(tiny.size(), written);
        }
    }
}
