package dev.formfill.core.pdf;

import dev.formfill.core.Box;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The input's own interactive form, read and cleared at the COS level (no PDFBox fix-ups, which
 * would rebuild appearances of fields that are about to go).
 */
final class ExistingForm {

    private static final COSName NEEDS_RENDERING = COSName.getPDFName("NeedsRendering");

    private ExistingForm() {
    }

    /**
     * Removes every widget annotation from every page and every field from the AcroForm. Links,
     * comments and all other annotations stay, in their order.
     *
     * @return how many widgets were removed
     */
    static int clear(PDDocument doc) {
        int removed = 0;
        for (PDPage page : doc.getPages()) {
            COSArray annots = page.getCOSObject().getCOSArray(COSName.ANNOTS);
            if (annots == null) {
                continue;
            }
            COSArray kept = new COSArray();
            for (int i = 0; i < annots.size(); i++) {
                COSBase entry = annots.get(i);
                if (isWidget(entry)) {
                    removed++;
                } else {
                    kept.add(entry);
                }
            }
            if (removed > 0) {
                page.getCOSObject().setItem(COSName.ANNOTS, kept);
            }
        }
        COSDictionary form = acroForm(doc);
        if (form != null) {
            form.setItem(COSName.FIELDS, new COSArray());
            form.removeItem(COSName.CO); // calculation order of the fields just removed
            form.removeItem(COSName.SIG_FLAGS); // no signature field is left
        }
        return removed;
    }

    /**
     * Drops what describes the old form only and would fight the new fields: XFA data (viewers
     * that read XFA would show it instead of the AcroForm) and Reader usage rights (/Perms /UR3:
     * their signature covers the unmodified file, and Adobe Reader disables the form, with a
     * warning, once it no longer matches).
     */
    static void dropStaleFormData(PDDocument doc) {
        COSDictionary form = acroForm(doc);
        if (form != null) {
            form.removeItem(COSName.XFA);
        }
        COSDictionary catalog = doc.getDocumentCatalog().getCOSObject();
        catalog.removeItem(NEEDS_RENDERING);
        COSDictionary perms = catalog.getCOSDictionary(COSName.PERMS);
        if (perms != null) {
            perms.removeItem(COSName.getPDFName("UR3"));
            perms.removeItem(COSName.getPDFName("UR"));
            if (perms.size() == 0) {
                catalog.removeItem(COSName.PERMS);
            }
        }
    }

    /** Names of the AcroForm's top-level fields (a new field must not reuse one). */
    static Set<String> topLevelNames(PDDocument doc) {
        Set<String> names = new HashSet<>();
        COSDictionary form = acroForm(doc);
        COSArray fields = form == null ? null : form.getCOSArray(COSName.FIELDS);
        if (fields != null) {
            for (int i = 0; i < fields.size(); i++) {
                if (fields.getObject(i) instanceof COSDictionary d) {
                    String t = d.getString(COSName.T);
                    if (t != null) {
                        names.add(t);
                    }
                }
            }
        }
        return names;
    }

    /** Displayed boxes of the widgets already on a page. */
    static List<Box> widgetBoxes(PDPage page) {
        List<Box> boxes = new ArrayList<>();
        COSArray annots = page.getCOSObject().getCOSArray(COSName.ANNOTS);
        if (annots == null) {
            return boxes;
        }
        PageGeometry g = PageGeometry.of(page);
        for (int i = 0; i < annots.size(); i++) {
            if (isWidget(annots.get(i)) && annots.getObject(i) instanceof COSDictionary d
                    && d.getCOSArray(COSName.RECT) != null && d.getCOSArray(COSName.RECT).size() == 4) {
                boxes.add(g.toNormalized(new PDRectangle(d.getCOSArray(COSName.RECT))));
            }
        }
        return boxes;
    }

    private static boolean isWidget(COSBase entry) {
        COSBase obj = entry instanceof COSObject o ? o.getObject() : entry;
        return obj instanceof COSDictionary d && COSName.WIDGET.equals(d.getCOSName(COSName.SUBTYPE));
    }

    static COSDictionary acroForm(PDDocument doc) {
        return doc.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.ACRO_FORM);
    }
}
