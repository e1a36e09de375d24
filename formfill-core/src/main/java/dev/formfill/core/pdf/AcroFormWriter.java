package dev.formfill.core.pdf;

import dev.formfill.core.DetectedField;
import dev.formfill.core.FieldType;
import dev.formfill.core.InvalidPdfException;
import dev.formfill.core.PrepareOptions;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

/** Writes detected fields into a document as AcroForm fields with widgets. */
public final class AcroFormWriter {

    /** Adds {@code fields} (already named, in reading order) to {@code doc}. */
    public void write(PDDocument doc, List<DetectedField> fields, PrepareOptions options) {
        try {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
            if (form == null) {
                form = new PDAcroForm(doc);
                doc.getDocumentCatalog().setAcroForm(form);
            }
            PDResources dr = form.getDefaultResources();
            if (dr == null) {
                dr = new PDResources();
                form.setDefaultResources(dr);
            }
            dr.put(COSName.getPDFName("Helv"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            form.setDefaultAppearance("/Helv 0 Tf 0 g");
            List<PDField> added = new ArrayList<>();
            for (DetectedField f : fields) {
                PDPage page = doc.getPage(f.page());
                PDRectangle rect = PageGeometry.of(page).toUserSpace(f.box());
                PDField field = switch (f.type()) {
                    case CHOICE_BUTTON -> new PDCheckBox(form);
                    case SIGNATURE -> options.useSignatureFields() ? new PDSignatureField(form) : newText(form, f);
                    case TEXT_BOX -> newText(form, f);
                };
                if (f.type() != FieldType.CHOICE_BUTTON && field instanceof PDTextField) {
                    ((PDTextField) field).setDefaultAppearance("/Helv 0 Tf 0 g");
                }
                field.setPartialName(f.name());
                PDAnnotationWidget widget = field.getWidgets().get(0);
                widget.setRectangle(rect);
                widget.setPage(page);
                widget.setPrinted(true);
                page.getAnnotations().add(widget);
                added.add(field);
            }
            form.getFields().addAll(added);
        } catch (IOException e) {
            throw new InvalidPdfException("cannot add form fields: " + e.getMessage(), e);
        }
    }

    private static PDTextField newText(PDAcroForm form, DetectedField f) {
        PDTextField t = new PDTextField(form);
        t.setMultiline(f.multiline());
        return t;
    }
}
