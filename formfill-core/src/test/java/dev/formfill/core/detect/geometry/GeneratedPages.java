package dev.formfill.core.detect.geometry;

import dev.formfill.core.DetectedField;
import dev.formfill.core.FieldType;
import dev.formfill.core.PrepareOptions;
import dev.formfill.core.detect.PageImage;
import dev.formfill.core.pdf.PageGeometry;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** One generated Letter page run through the real geometry detector (rendered at 72 dpi), for the rule tests. */
final class GeneratedPages {

    static final float W = 612, H = 792;
    static final PDType1Font HELV = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    /** Draws the page; the document is there for resources such as images. */
    @FunctionalInterface
    interface Drawing {
        void draw(PDDocument doc, PDPageContentStream cs) throws IOException;
    }

    /** Draws the page with the content stream alone (vector shapes and text). */
    @FunctionalInterface
    interface Strokes {
        void draw(PDPageContentStream cs) throws IOException;
    }

    private GeneratedPages() {
    }

    /** {@link #detect(Strokes, PrepareOptions)} with the default options. */
    static List<DetectedField> detect(Strokes strokes) throws IOException {
        return detect(strokes, PrepareOptions.defaults());
    }

    static List<DetectedField> detect(Strokes strokes, PrepareOptions options) throws IOException {
        return detect((doc, cs) -> strokes.draw(cs), options);
    }

    static List<DetectedField> detect(Drawing drawing, PrepareOptions options) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(W, H));
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                drawing.draw(doc, cs);
            }
            // saved and read back, as an input file is: fonts are subset and mapped to Unicode on save
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            try (PDDocument saved = Loader.loadPDF(bytes.toByteArray())) {
                PDPage read = saved.getPage(0);
                BufferedImage img = new PDFRenderer(saved).renderImageWithDPI(0, 72, ImageType.RGB);
                PageImage pi = new PageImage(0, img, 72, PageGeometry.of(read), saved, read);
                return new GeometryDetector().detect(pi, options);
            }
        }
    }

    /**
     * A page that is one image (a scan, a form pasted as a picture) drawn at 144 dpi, rendered at
     * 144 dpi like the pipeline does, through the real detector; fields sorted top to bottom.
     */
    /** Pictures of generated scans are drawn at this many pixels per point. */
    static final int SCAN_PX_PER_PT = 2;

    /** A white Letter page picture at {@link #SCAN_PX_PER_PT}, for drawing a scan on. */
    static BufferedImage blankScan() {
        BufferedImage scan = new BufferedImage((int) W * SCAN_PX_PER_PT, (int) H * SCAN_PX_PER_PT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scan.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, scan.getWidth(), scan.getHeight());
        g.dispose();
        return scan;
    }

    /** A pen on the scan: black, antialiased text, strokes a point wide. The caller disposes of it. */
    static Graphics2D pen(BufferedImage scan) {
        Graphics2D g = scan.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(SCAN_PX_PER_PT));
        return g;
    }

    static List<DetectedField> detectImagePage(BufferedImage scan) throws IOException {
        return detectImagePage(scan, cs -> { });
    }

    /** As {@link #detectImagePage(BufferedImage)}, with {@code textLayer} drawn over the scan (recognised words). */
    static List<DetectedField> detectImagePage(BufferedImage scan, Strokes textLayer) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(W, H));
            doc.addPage(page);
            PDImageXObject xo = LosslessFactory.createFromImage(doc, scan);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(xo, 0, 0, W, H);
                textLayer.draw(cs);
            }
            BufferedImage img = new PDFRenderer(doc).renderImageWithDPI(0, 144, ImageType.RGB);
            PageImage pi = new PageImage(0, img, 144, PageGeometry.of(page), doc, page);
            List<DetectedField> fs = new ArrayList<>(new GeometryDetector().detect(pi, PrepareOptions.defaults()));
            fs.sort(Comparator.comparingDouble((DetectedField f) -> f.box().y0()).thenComparingDouble(f -> f.box().x0()));
            return fs;
        }
    }

    /** Helvetica text with its baseline at {@code baseline} points from the top of the page. */
    static void textFromTop(PDPageContentStream cs, float x, float baseline, float size, String s) throws IOException {
        text(cs, x, H - baseline, size, s);
    }

    /** Helvetica text with its baseline at {@code y} in PDF user space (origin bottom-left). */
    static void text(PDPageContentStream cs, float x, float y, float size, String s) throws IOException {
        cs.beginText();
        cs.setFont(HELV, size);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }

    /** A line from (x0, y0) to (x1, y1), y from the top of the page; stroked with the rest of the path. */
    static void lineFromTop(PDPageContentStream cs, float x0, float y0, float x1, float y1) throws IOException {
        cs.moveTo(x0, H - y0);
        cs.lineTo(x1, H - y1);
    }

    /** The fields of one type, in the order found. */
    static List<DetectedField> ofType(List<DetectedField> fs, FieldType type) {
        return fs.stream().filter(f -> f.type() == type).toList();
    }

    /** Each field's left and right edge, rounded to whole points. */
    static List<List<Long>> spans(List<DetectedField> fs) {
        return fs.stream().map(f -> List.of(Math.round(f.box().x0() * W), Math.round(f.box().x1() * W))).toList();
    }
}
