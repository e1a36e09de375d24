package dev.formfill.core.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.formfill.core.Box;
import dev.formfill.core.DetectedField;
import dev.formfill.core.EncryptedPdfException;
import dev.formfill.core.FormPreparer;
import dev.formfill.core.PageRange;
import dev.formfill.core.PrepareOptions;
import dev.formfill.core.PrepareResult;
import dev.formfill.core.ProgressListener;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDRadioButton;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline with a real detector that returns fixed boxes, on every PDF of
 * shared/eval/dev and shared/eval/demo: the writer's output must open in PDFBox, pass
 * {@code qpdf --check}, render in poppler, and hold exactly the fields asked for, where asked.
 */
class PrepareEndToEndTest {

    private static FormPreparer preparer;

    @TempDir
    Path tmp;

    @BeforeAll
    static void build() {
        preparer = FormPreparer.builder().detector(new FixedBoxDetector()).build();
    }

    @AfterAll
    static void close() {
        preparer.close();
    }

    private static PrepareOptions options() {
        // no snapping: the boxes must land exactly where the detector put them
        return PrepareOptions.builder().model(FixedBoxDetector.NAME).renderDpi(36).snapToLines(false).build();
    }

    /** Two pages per document keep the run short; the CLI test goes through every page. */
    private static final PageRange FIRST_PAGES = PageRange.parse("1-2");

    @Test
    void everyDevAndDemoPdfGetsItsFieldsWritten() throws IOException, InterruptedException {
        List<Path> inputs = new ArrayList<>(TestPdfs.pdfs("dev"));
        inputs.addAll(TestPdfs.pdfs("demo"));
        assertTrue(inputs.size() >= 20, "eval set too small: " + inputs.size());
        for (Path in : inputs) {
            Path out = tmp.resolve(in.getFileName());
            PrepareResult result = preparer.prepareForm(in, out, options().toBuilder().pages(FIRST_PAGES).build(),
                    ProgressListener.NONE);
            String what = in.getFileName().toString();
            assertEquals(FixedBoxDetector.WIDGETS_PER_PAGE * result.pagesScanned(), result.fields().size(), what);
            verifyOutput(out, result, what);
            TestPdfs.Exec check = TestPdfs.qpdfCheck(out, null);
            assertEquals(0, check.exitCode(), what + ": " + check.output());
            assertTrue(Files.size(TestPdfs.pdftoppm(out, tmp, 18, null)) > 0, what);
            Files.delete(out);
        }
    }

    private static void verifyOutput(Path out, PrepareResult result, String what) throws IOException {
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
            assertNotNull(form, what);
            assertFalse(form.getNeedAppearances(), what);
            assertNull(form.getCOSObject().getDictionaryObject(COSName.XFA), what);
            assertEquals(FixedBoxDetector.FIELDS_PER_PAGE * result.pagesScanned(), form.getFields().size(), what);
            List<Box> expected = FixedBoxDetector.boxes();
            for (int p = 0; p < doc.getNumberOfPages(); p++) {
                PDPage page = doc.getPage(p);
                PageGeometry g = PageGeometry.of(page);
                List<Box> seen = new ArrayList<>();
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a instanceof PDAnnotationWidget w) {
                        assertNotNull(w.getAppearance(), what + " page " + (p + 1));
                        seen.add(g.toNormalized(w.getRectangle()));
                    }
                }
                if (!FIRST_PAGES.contains(p)) {
                    assertEquals(List.of(), seen, what + " page " + (p + 1) + ": the input's widgets are gone");
                    continue;
                }
                assertEquals(expected.size(), seen.size(), what + " page " + (p + 1) + " widgets");
                for (int i = 0; i < expected.size(); i++) {
                    // the reading order puts the radio options in line with the checkbox: compare as sets
                    Box e = expected.get(i);
                    assertTrue(seen.stream().anyMatch(s -> s.iou(e) > 0.99), what + " page " + (p + 1) + " box " + e);
                }
            }
            // the layout may promote a text box on a signature line: at least the detector's signatures
            assertTrue(form.getFields().stream().filter(f -> f instanceof PDSignatureField).count() >= result.pagesScanned(), what);
            List<PDRadioButton> radios = form.getFields().stream().filter(f -> f instanceof PDRadioButton)
                    .map(f -> (PDRadioButton) f).toList();
            assertEquals(result.pagesScanned(), radios.size(), what);
            radios.forEach(r -> assertEquals(2, r.getWidgets().size(), what + " " + r.getPartialName()));
        }
    }

    @Test
    void detectReportsTheNamesWriteWrites() throws IOException {
        Path in = TestPdfs.eval("dev").resolve("pdfcpu_demo_english.pdf");
        PrepareResult detected = preparer.detect(in, options(), ProgressListener.NONE, null);
        Path out = tmp.resolve("out.pdf");
        PrepareResult written = preparer.prepareForm(in, out, options(), ProgressListener.NONE);
        assertEquals(detected.fields().stream().map(DetectedField::name).toList(),
                written.fields().stream().map(DetectedField::name).toList());
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
            for (DetectedField f : written.fields()) {
                String field = f.group() != null ? f.group() : f.name(); // radio options live in their group's field
                assertNotNull(form.getField(field), field);
            }
        }
        assertEquals(FixedBoxDetector.WIDGETS_PER_PAGE * written.pagesScanned(), written.fields().size());
    }

    @Test
    void streamVariantWritesTheSameDocument() throws IOException {
        Path in = TestPdfs.eval("dev").resolve("pdfjs_160F-2019.pdf");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream is = Files.newInputStream(in)) {
            preparer.prepareForm(is, out, options(), ProgressListener.NONE);
        }
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            assertEquals(FixedBoxDetector.FIELDS_PER_PAGE, doc.getDocumentCatalog().getAcroForm(null).getFields().size());
        }
    }

    @Test
    void encryptedInputWithPasswordIsProcessedAndStaysProtected() throws IOException {
        Path in = TestPdfs.eval("bad").resolve("encrypted_user_password_asdfzxcv.pdf");
        Path out = tmp.resolve("enc.pdf");
        assertThrows(EncryptedPdfException.class, () -> preparer.prepareForm(in, out, options(), ProgressListener.NONE));
        assertFalse(Files.exists(out));
        preparer.prepareForm(in, out, options().toBuilder().password("asdfzxcv").build(), ProgressListener.NONE);
        try (PDDocument doc = Loader.loadPDF(out.toFile(), "asdfzxcv")) {
            assertTrue(doc.isEncrypted());
            assertEquals(FixedBoxDetector.FIELDS_PER_PAGE * doc.getNumberOfPages(),
                    doc.getDocumentCatalog().getAcroForm(null).getFields().size());
        }
    }
}
