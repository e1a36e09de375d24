package dev.formfill.core.pdf;

import dev.formfill.core.Box;
import dev.formfill.core.DetectedField;
import dev.formfill.core.FieldType;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

/** Generated input documents and detection sets for writer tests. */
final class FormFixtures {

    static final String EXISTING = "applicant";

    private FormFixtures() {
    }

    /**
     * A Letter page with text, a link annotation, a comment (text annotation) and an existing
     * AcroForm text field named {@value #EXISTING}, in that /Annots order.
     */
    static PDDocument withLinkCommentAndField() throws IOException {
        PDDocument doc = TestPdfs.textDocument(1);
        PDPage page = doc.getPage(0);
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(new PDRectangle(72, 690, 200, 20));
        PDActionURI uri = new PDActionURI();
        uri.setURI("https://example.org/");
        link.setAction(uri);
        PDAnnotationText comment = new PDAnnotationText();
        comment.setRectangle(new PDRectangle(400, 700, 20, 20));
        comment.setContents("a reviewer's note");
        PDAcroForm form = new PDAcroForm(doc);
        doc.getDocumentCatalog().setAcroForm(form);
        PDResources dr = new PDResources();
        dr.put(org.apache.pdfbox.cos.COSName.getPDFName("Helv"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
        form.setDefaultResources(dr);
        form.setDefaultAppearance("/Helv 0 Tf 0 g");
        PDTextField existing = new PDTextField(form);
        existing.setPartialName(EXISTING);
        PDAnnotationWidget w = existing.getWidgets().get(0);
        w.setRectangle(new PDRectangle(72, 600, 200, 20));
        w.setPage(page);
        form.getFields().add(existing);
        page.getAnnotations().add(link);
        page.getAnnotations().add(comment);
        page.getAnnotations().add(w);
        existing.setValue("kept value");
        return doc;
    }

    static DetectedField field(FieldType type, double x0, double y0, double x1, double y1, String name) {
        return DetectedField.of(0, type, new Box(x0, y0, x1, y1), 0.9).withName(name);
    }

    /** One of each kind the writer makes, in reading order. */
    static List<DetectedField> oneOfEach() {
        return List.of(
                field(FieldType.TEXT_BOX, 0.10, 0.10, 0.50, 0.13, "full_name").withLabel("Full name"),
                field(FieldType.TEXT_BOX, 0.55, 0.10, 0.90, 0.13, EXISTING),
                field(FieldType.TEXT_BOX, 0.10, 0.20, 0.90, 0.35, "notes").withMultiline(true),
                field(FieldType.TEXT_BOX, 0.10, 0.40, 0.50, 0.43, "ssn").withCombCells(9),
                field(FieldType.CHOICE_BUTTON, 0.10, 0.50, 0.13, 0.523, "agree").withLabel("I agree"),
                field(FieldType.CHOICE_BUTTON, 0.20, 0.50, 0.35, 0.52, "wide_box"),
                field(FieldType.CHOICE_BUTTON, 0.50, 0.50, 0.52, 0.515, "married_yes").withGroup("married").withLabel("Yes"),
                field(FieldType.CHOICE_BUTTON, 0.60, 0.50, 0.62, 0.515, "married_no").withGroup("married").withLabel("No"),
                field(FieldType.SIGNATURE, 0.10, 0.80, 0.50, 0.85, "signature"));
    }
}
