package dev.formfill.core.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.formfill.core.Box;
import dev.formfill.core.DetectedField;
import dev.formfill.core.FieldType;
import dev.formfill.core.PrepareOptions;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDRadioButton;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The written form as viewers see it: qpdf, poppler and PDFBox, filled, checked and flattened. */
class FilledFormRenderingTest {

    private static final Box AGREE = new Box(0.10, 0.50, 0.13, 0.523);
    private static final Box WIDE = new Box(0.20, 0.50, 0.35, 0.52);
    private static final Box RADIO_YES = new Box(0.50, 0.50, 0.52, 0.515);

    @TempDir
    Path tmp;

    private Path written;

    @BeforeEach
    void write() throws IOException {
        written = tmp.resolve("form.pdf");
        try (PDDocument doc = FormFixtures.withLinkCommentAndField()) {
            new AcroFormWriter().write(doc, FormFixtures.oneOfEach(), PrepareOptions.defaults());
            PdfOutput.saveAtomically(doc, written, null);
        }
    }

    /** Fills the text fields, optionally checks the buttons, optionally flattens; saves a copy. */
    private Path filled(String name, boolean check, boolean flatten) throws IOException {
        Path out = tmp.resolve(name);
        try (PDDocument doc = Loader.loadPDF(written.toFile())) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
            ((PDTextField) form.getField("full_name")).setValue("Ada Lovelace");
            ((PDTextField) form.getField("ssn")).setValue("123456789");
            if (check) {
                ((PDCheckBox) form.getField("agree")).check();
                ((PDCheckBox) form.getField("wide_box")).check();
                ((PDRadioButton) form.getField("married")).setValue("Yes");
            }
            if (flatten) {
                form.flatten();
                assertEquals(0, doc.getDocumentCatalog().getAcroForm(null).getFields().size());
            }
            doc.save(out.toFile());
        }
        return out;
    }

    private static BufferedImage renderPdfBox(Path pdf, float dpi) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFRenderer(doc).renderImageWithDPI(0, dpi, ImageType.RGB);
        }
    }

    private BufferedImage renderPoppler(Path pdf) throws IOException, InterruptedException {
        return ImageIO.read(TestPdfs.pdftoppm(pdf, tmp, 72, null).toFile());
    }

    @Test
    void outputPassesQpdfCheck() throws IOException, InterruptedException {
        TestPdfs.Exec r = TestPdfs.qpdfCheck(written, null);
        assertEquals(0, r.exitCode(), r.output());
        TestPdfs.Exec f = TestPdfs.qpdfCheck(filled("checked.pdf", true, false), null);
        assertEquals(0, f.exitCode(), f.output());
    }

    @Test
    void checkedBoxesRenderDifferentlyInPdfBoxBeforeAndAfterFlattening() throws IOException {
        for (boolean flatten : new boolean[] {false, true}) {
            BufferedImage off = renderPdfBox(filled("off" + flatten + ".pdf", false, flatten), 72);
            BufferedImage on = renderPdfBox(filled("on" + flatten + ".pdf", true, flatten), 72);
            assertChecksOnlyInTheBoxes(off, on, "pdfbox flatten=" + flatten);
        }
    }

    @Test
    void checkedBoxesRenderDifferentlyInPopplerBeforeAndAfterFlattening() throws IOException, InterruptedException {
        for (boolean flatten : new boolean[] {false, true}) {
            BufferedImage off = renderPoppler(filled("off" + flatten + ".pdf", false, flatten));
            BufferedImage on = renderPoppler(filled("on" + flatten + ".pdf", true, flatten));
            assertChecksOnlyInTheBoxes(off, on, "poppler flatten=" + flatten);
        }
    }

    @Test
    void flatteningKeepsWhatTheFormShowed() throws IOException {
        BufferedImage live = renderPdfBox(filled("live.pdf", true, false), 72);
        BufferedImage flat = renderPdfBox(filled("flat.pdf", true, true), 72);
        // same marks and text; the only allowed difference is anti-aliasing at a few edges
        assertTrue(Pixels.diffCount(live, flat, null) < 40, "diff " + Pixels.diffCount(live, flat, null));
        assertTrue(Pixels.darkCount(flat, AGREE) > 5);
    }

    @Test
    void checkMarkIsCentredAndSquareInAWideBox() throws IOException {
        BufferedImage on = renderPdfBox(filled("wide.pdf", true, false), 144);
        Box ink = Pixels.darkBounds(on, WIDE);
        assertNotNull(ink);
        double px = 1.0 / on.getWidth(), py = 1.0 / on.getHeight();
        assertEquals(WIDE.centerX(), ink.centerX(), 2 * px, "horizontally centred");
        assertEquals(WIDE.centerY(), ink.centerY(), 3 * py, "vertically centred");
        double inkW = ink.width() * on.getWidth(), inkH = ink.height() * on.getHeight();
        double boxH = WIDE.height() * on.getHeight();
        assertTrue(inkW <= boxH && inkH <= boxH, "mark fits the square of side " + boxH + ": " + inkW + "x" + inkH);
        assertTrue(Math.abs(inkW - inkH) < 0.3 * boxH, "roughly square: " + inkW + "x" + inkH);
    }

    private static void assertChecksOnlyInTheBoxes(BufferedImage off, BufferedImage on, String what) {
        for (Box b : List.of(AGREE, WIDE, RADIO_YES)) {
            assertTrue(Pixels.darkCount(off, b) == 0, what + ": unchecked box has ink " + b);
            assertTrue(Pixels.darkCount(on, b) > 3, what + ": checked box shows no mark " + b);
        }
        int inside = Pixels.diffCount(off, on, AGREE) + Pixels.diffCount(off, on, WIDE) + Pixels.diffCount(off, on, RADIO_YES);
        assertEquals(inside, Pixels.diffCount(off, on, null), what + ": pixels changed outside the buttons");
    }

    /**
     * On a page with any /Rotate, a checked box and a filled text field look the same as on an
     * unrotated page: the mark and the text stand upright, as the user sees the page.
     */
    @Test
    void marksAndTextStandUprightOnRotatedPages() throws IOException {
        Box check = new Box(0.30, 0.30, 0.40, 0.36);
        Box text = new Box(0.30, 0.50, 0.80, 0.56);
        BufferedImage reference = null;
        for (int rotation : new int[] {0, 90, 180, 270}) {
            Path out = tmp.resolve("rot" + rotation + ".pdf");
            try (PDDocument doc = new PDDocument()) {
                PDPage page = new PDPage(new PDRectangle(500, 500)); // square: same pixels for every rotation
                page.setRotation(rotation);
                doc.addPage(page);
                new AcroFormWriter().write(doc, List.of(
                        DetectedField.of(0, FieldType.CHOICE_BUTTON, check, 1).withName("c"),
                        DetectedField.of(0, FieldType.TEXT_BOX, text, 1).withName("t")), PrepareOptions.defaults());
                PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
                ((PDCheckBox) form.getField("c")).check();
                ((PDTextField) form.getField("t")).setValue("Upright 42");
                doc.save(out.toFile());
            }
            BufferedImage img = renderPdfBox(out, 72);
            assertTrue(Pixels.darkCount(img, check) > 10 && Pixels.darkCount(img, text) > 30, "rotation " + rotation);
            if (reference == null) {
                reference = img;
            } else {
                int ink = Pixels.darkCount(reference, null);
                int diff = Pixels.diffCount(reference, img, null);
                assertTrue(diff < ink / 5, "rotation " + rotation + ": " + diff + " pixels differ of " + ink + " inked");
            }
        }
    }
}
