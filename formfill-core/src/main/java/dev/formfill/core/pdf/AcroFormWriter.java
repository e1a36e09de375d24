package dev.formfill.core.pdf;

import dev.formfill.core.DetectedField;
import dev.formfill.core.InvalidPdfException;
import dev.formfill.core.PrepareOptions;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

/**
 * Writes detected fields into a document as AcroForm fields with widgets: text fields (auto-sized
 * Helvetica, multiline, comb), checkboxes and radio groups with real on/off appearances, signature
 * fields. Every widget gets an appearance stream and {@code NeedAppearances} is false, so every
 * viewer shows the same thing and flattening keeps it. Widgets are appended to each page's
 * {@code /Annots} in the order given (the reading order), which is the Tab order of viewers.
 *
 * <p>With {@code keepExistingFields} false, the input's widgets and fields are removed first
 * (links, comments and other annotations stay); with true they stay, new names avoid theirs, and
 * detections that are an existing widget seen again are skipped. XFA data is always dropped: it
 * describes only the old fields and XFA viewers would show it instead of the new ones.
 *
 * <p>Stateless and thread-safe; a document is written by one thread at a time.
 */
public final class AcroFormWriter {

    /** Default appearance of text fields: Helvetica, auto size, black. */
    static final String TEXT_DA = "/Helv 0 Tf 0 g";
    /** Default appearance of buttons: ZapfDingbats, auto size, black (used by viewers that rebuild). */
    static final String BUTTON_DA = "/ZaDb 0 Tf 0 g";
    static final COSName HELV = COSName.getPDFName("Helv");
    static final COSName ZADB = COSName.getPDFName("ZaDb");

    /**
     * The detections that {@link #write} would write, with the names it would give them, without
     * changing the document.
     */
    public List<DetectedField> resolveNames(PDDocument doc, List<DetectedField> fields, PrepareOptions options) {
        return FieldPlan.of(doc, fields, options).named();
    }

    /**
     * Adds {@code fields} (in reading order) to {@code doc}.
     *
     * @return the fields written, with their final names (a name clashing with a kept field gets a suffix)
     */
    public List<DetectedField> write(PDDocument doc, List<DetectedField> fields, PrepareOptions options) {
        try {
            FieldPlan plan = FieldPlan.of(doc, fields, options);
            PDAcroForm form = prepareForm(doc, options.keepExistingFields());
            FieldFactory factory = new FieldFactory(doc, form, options.useSignatureFields());
            List<PDField> created = new ArrayList<>();
            List<PDField> texts = new ArrayList<>();
            for (FieldPlan.Entry entry : plan.entries()) {
                PDField field = factory.create(entry);
                for (PDAnnotationWidget widget : field.getWidgets()) {
                    appendAnnotation(widget.getPage(), widget);
                }
                created.add(field);
                if (field instanceof PDTextField) {
                    texts.add(field);
                }
            }
            form.getFields().addAll(created);
            // PDFBox's generator lays out text appearances (auto size, comb cells, /MK /R rotation).
            form.refreshAppearances(texts);
            return plan.named();
        } catch (IOException e) {
            throw new InvalidPdfException("cannot add form fields: " + e.getMessage(), e);
        }
    }

    private static PDAcroForm prepareForm(PDDocument doc, boolean keepExisting) {
        if (!keepExisting) {
            ExistingForm.clear(doc);
        }
        ExistingForm.dropStaleFormData(doc);
        // No fix-ups: PDFBox's default ones would rebuild the appearances of the input's fields.
        PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
        boolean hadForm = form != null;
        if (form == null) {
            form = new PDAcroForm(doc);
            doc.getDocumentCatalog().setAcroForm(form);
        }
        if (form.getCOSObject().getCOSArray(COSName.FIELDS) == null) {
            form.getCOSObject().setItem(COSName.FIELDS, new COSArray()); // else getFields() is a detached empty list
        }
        PDResources dr = form.getDefaultResources();
        if (dr == null) {
            dr = new PDResources();
            form.setDefaultResources(dr);
        }
        if (!hasFont(dr, HELV)) {
            dr.put(HELV, new PDType1Font(Standard14Fonts.FontName.HELVETICA));
        }
        if (!hasFont(dr, ZADB)) {
            dr.put(ZADB, new PDType1Font(Standard14Fonts.FontName.ZAPF_DINGBATS));
        }
        if (!keepExisting || form.getDefaultAppearance().isEmpty()) {
            form.setDefaultAppearance(TEXT_DA);
        }
        // Kept fields that relied on the viewer building their appearances still need it; ours have theirs.
        boolean kept = keepExisting && hadForm && form.getNeedAppearances() && !form.getFields().isEmpty();
        form.setNeedAppearances(kept);
        return form;
    }

    private static boolean hasFont(PDResources dr, COSName name) {
        var fonts = dr.getCOSObject().getCOSDictionary(COSName.FONT);
        return fonts != null && fonts.containsKey(name);
    }

    private static void appendAnnotation(PDPage page, PDAnnotationWidget widget) {
        COSArray annots = page.getCOSObject().getCOSArray(COSName.ANNOTS);
        if (annots == null) {
            annots = new COSArray();
            page.getCOSObject().setItem(COSName.ANNOTS, annots);
        }
        annots.add(widget.getCOSObject());
    }
}
