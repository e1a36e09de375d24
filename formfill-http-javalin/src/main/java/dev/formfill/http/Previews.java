package dev.formfill.http;

import dev.formfill.core.Box;
import dev.formfill.core.FieldType;
import dev.formfill.core.pdf.PageGeometry;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDButton;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTerminalField;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * What the upload page shows: the fields of a finished job read back from its output PDF (so the preview shows
 * exactly what was written, in the normalized displayed-page coordinates of the design), and page images of the
 * output rendered without the form widgets, for the page to draw the boxes over.
 */
final class Previews {

    /** Preview resolution: enough to judge boxes on screen, small enough to send quickly. */
    static final float DPI = 96f;
    /** Renders larger than this many pixels are scaled down (a huge page must not exhaust memory). */
    private static final long MAX_PIXELS = 6_000_000L;

    private Previews() {
    }

    /** The fields of the PDF: one entry per widget, in page order. */
    static Map<String, Object> fields(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            Map<COSDictionary, PDTerminalField> byWidget = new IdentityHashMap<>();
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
            if (form != null) {
                for (PDField f : form.getFieldTree()) {
                    if (f instanceof PDTerminalField t) {
                        for (PDAnnotationWidget w : t.getWidgets()) {
                            byWidget.put(w.getCOSObject(), t);
                        }
                    }
                }
            }
            List<Map<String, Object>> fields = new ArrayList<>();
            List<Map<String, Object>> pages = new ArrayList<>();
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                PDPage page = doc.getPage(i);
                PageGeometry g = PageGeometry.of(page);
                pages.add(Map.of("page", i, "width_pt", g.displayWidth(), "height_pt", g.displayHeight()));
                for (PDAnnotation a : page.getAnnotations()) {
                    PDTerminalField f = byWidget.get(a.getCOSObject());
                    if (f == null || a.getRectangle() == null) {
                        continue;
                    }
                    Box b = g.toNormalized(a.getRectangle()).clipToUnit();
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("page", i);
                    m.put("type", typeOf(f).label());
                    m.put("name", f.getFullyQualifiedName());
                    m.put("box", List.of(b.x0(), b.y0(), b.x1(), b.y1()));
                    fields.add(m);
                }
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("page_count", doc.getNumberOfPages());
            out.put("pages", pages);
            out.put("fields", fields);
            return out;
        }
    }

    /** Page {@code index} (0-based) of the PDF as PNG bytes, widgets hidden; {@code null} if no such page. */
    static byte[] pagePng(Path pdf, int index) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            if (index < 0 || index >= doc.getNumberOfPages()) {
                return null;
            }
            PageGeometry g = PageGeometry.of(doc.getPage(index));
            double px = g.displayWidth() * g.displayHeight() * (DPI / 72f) * (DPI / 72f);
            float dpi = px > MAX_PIXELS ? (float) (DPI * Math.sqrt(MAX_PIXELS / px)) : DPI;
            PDFRenderer renderer = new PDFRenderer(doc);
            renderer.setAnnotationsFilter(a -> !(a instanceof PDAnnotationWidget));
            BufferedImage img = renderer.renderImageWithDPI(index, dpi, ImageType.RGB);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        }
    }

    private static FieldType typeOf(PDTerminalField f) {
        if (f instanceof PDSignatureField) {
            return FieldType.SIGNATURE;
        }
        if (f instanceof PDButton) {
            return FieldType.CHOICE_BUTTON;
        }
        return FieldType.TEXT_BOX;
    }
}
