package dev.formfill.core.pdf;

import java.io.IOException;
import java.util.Locale;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Tells a dynamic XFA form (nothing to put fields on: the pages are a "please wait" placeholder and
 * the layout lives in the XFA stream) from an XFA hybrid (real page content, maybe widgets), which
 * is processed like any PDF.
 *
 * <p>Rule: the catalog's AcroForm has {@code /XFA}, and either the catalog says
 * {@code /NeedsRendering true} (the viewer must build the pages from XFA), or no page has a widget
 * and the first page is just the placeholder (the known viewer-upgrade text, or no text and no image).
 */
final class XfaCheck {

    private static final COSName NEEDS_RENDERING = COSName.getPDFName("NeedsRendering");

    private XfaCheck() {
    }

    static boolean isDynamicXfa(PDDocument doc) {
        COSDictionary catalog = doc.getDocumentCatalog().getCOSObject();
        COSDictionary acroForm = catalog.getCOSDictionary(COSName.ACRO_FORM);
        if (acroForm == null || !acroForm.containsKey(COSName.XFA)) {
            return false;
        }
        if (catalog.getBoolean(NEEDS_RENDERING, false)) {
            return true;
        }
        return !hasWidgets(doc) && isPlaceholder(doc, doc.getPage(0));
    }

    private static boolean hasWidgets(PDDocument doc) {
        try {
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a instanceof PDAnnotationWidget) {
                        return true;
                    }
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isPlaceholder(PDDocument doc, PDPage first) {
        String text;
        try {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            text = stripper.getText(doc).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
        } catch (IOException | RuntimeException e) {
            return false; // cannot tell: let the run go on rather than refuse a readable page
        }
        if (text.contains("please wait") && (text.contains("viewer") || text.contains("adobe"))) {
            return true;
        }
        if (text.contains("may not be able to display this type of document")) {
            return true;
        }
        return text.isEmpty() && !hasImages(first.getResources());
    }

    private static boolean hasImages(PDResources resources) {
        if (resources == null) {
            return false;
        }
        try {
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject) {
                    return true;
                }
            }
        } catch (IOException e) {
            return true; // an unreadable XObject is still content: do not call the page a placeholder
        }
        // Form XObjects may wrap a scan; a page with any XObject is not an empty placeholder.
        return resources.getXObjectNames().iterator().hasNext();
    }
}
