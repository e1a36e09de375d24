package dev.formfill.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.formfill.core.detect.FieldDetector;
import dev.formfill.core.detect.PageImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pipeline end to end with a detector that reports one fixed text box per page. */
class FormPreparerTest {

    @TempDir
    Path dir;

    /** A real detector: one text box in the upper-left quarter of every page it sees. */
    static final class OneBoxPerPage implements FieldDetector {
        final AtomicInteger calls = new AtomicInteger();
        final CancellationToken cancelAfterFirst;

        OneBoxPerPage(CancellationToken cancelAfterFirst) {
            this.cancelAfterFirst = cancelAfterFirst;
        }

        @Override
        public String name() {
            return "one-box";
        }

        @Override
        public List<DetectedField> detect(PageImage page, PrepareOptions options) {
            calls.incrementAndGet();
            if (cancelAfterFirst != null) {
                cancelAfterFirst.cancel();
            }
            return List.of(DetectedField.of(page.pageIndex(), FieldType.TEXT_BOX, new Box(0.1, 0.1, 0.5, 0.15), 0.9));
        }
    }

    private Path pdf(int pages) throws Exception {
        Path p = dir.resolve("in-" + pages + ".pdf");
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                doc.addPage(new PDPage(PDRectangle.LETTER));
            }
            doc.save(p.toFile());
        }
        return p;
    }

    private static PrepareOptions opts() {
        return PrepareOptions.builder().model("one-box").renderDpi(36).build();
    }

    @Test
    void writesOneFieldPerPageWithMonotonicProgress() throws Exception {
        OneBoxPerPage detector = new OneBoxPerPage(null);
        List<ProgressEvent> events = new ArrayList<>();
        Path out = dir.resolve("out.pdf");
        try (FormPreparer fp = FormPreparer.builder().detector(detector).build()) {
            PrepareResult r = fp.prepareForm(pdf(3), out, opts(), events::add);
            assertEquals(3, r.fields().size());
            assertEquals("one-box", r.detector());
        }
        for (int i = 1; i < events.size(); i++) {
            assertTrue(events.get(i).fraction() >= events.get(i - 1).fraction(), "progress went backwards at " + i);
        }
        assertEquals(Stage.VALIDATING, events.get(0).stage());
        assertEquals(Stage.DONE, events.get(events.size() - 1).stage());
        assertEquals(1.0, events.get(events.size() - 1).fraction());
        assertTrue(events.stream().filter(e -> e.stage() == Stage.RENDERING).count() >= 3, "per-page progress");
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
            assertEquals(3, form.getFields().size());
            // the box (0.1..0.5 of the width, 0.1..0.15 from the top) maps back into user space
            var rect = form.getFields().get(0).getWidgets().get(0).getRectangle();
            assertEquals(0.1 * 612, rect.getLowerLeftX(), 0.01);
            assertEquals(792 - 0.15 * 792, rect.getLowerLeftY(), 0.01);
        }
    }

    @Test
    void cancellationStopsBetweenPagesAndLeavesNoOutput() throws Exception {
        CancellationToken token = new CancellationToken();
        OneBoxPerPage detector = new OneBoxPerPage(token);
        Path out = dir.resolve("cancelled.pdf");
        try (FormPreparer fp = FormPreparer.builder().detector(detector).build()) {
            CancelledException e = assertThrows(CancelledException.class,
                    () -> fp.prepareForm(pdf(5), out, opts(), ProgressListener.NONE, token));
            assertEquals("CancelledError", e.type());
        }
        assertEquals(1, detector.calls.get(), "stopped at the next page boundary");
        assertFalse(Files.exists(out));
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".part")));
        }
    }

    @Test
    void detectReturnsFieldsWithoutWriting() throws Exception {
        try (FormPreparer fp = FormPreparer.builder().detector(new OneBoxPerPage(null)).build()) {
            PrepareResult r = fp.detect(pdf(2), opts().toBuilder().pages(PageRange.parse("2")).build(),
                    ProgressListener.NONE, CancellationToken.none());
            assertEquals(1, r.fields().size());
            assertEquals(1, r.fields().get(0).page());
            assertEquals(2, r.pageCount());
            assertEquals(1, r.pagesScanned());
        }
    }

    @Test
    void streamVariantWritesOnlyOnSuccess() throws Exception {
        byte[] input = Files.readAllBytes(pdf(1));
        try (FormPreparer fp = FormPreparer.builder().detector(new OneBoxPerPage(null)).build()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fp.prepareForm(new ByteArrayInputStream(input), out, opts(), ProgressListener.NONE);
            try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
                assertEquals(1, doc.getDocumentCatalog().getAcroForm().getFields().size());
            }
            ByteArrayOutputStream none = new ByteArrayOutputStream();
            assertThrows(InvalidPdfException.class, () -> fp.prepareForm(
                    new ByteArrayInputStream("not a pdf".getBytes()), none, opts(), ProgressListener.NONE));
            assertEquals(0, none.size());
        }
    }

    @Test
    void unknownModelIsATypedError() throws Exception {
        Path in = pdf(1);
        try (FormPreparer fp = FormPreparer.builder().build()) {
            ModelUnavailableException e = assertThrows(ModelUnavailableException.class,
                    () -> fp.prepareForm(in, dir.resolve("x.pdf"), PrepareOptions.builder().model("nope").build(),
                            ProgressListener.NONE));
            assertEquals("ModelUnavailableError", e.type());
        }
    }
}
