package dev.formfill.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.formfill.core.DetectedField;
import dev.formfill.core.FormFillException;
import dev.formfill.core.FormPreparer;
import dev.formfill.core.PrepareOptions;
import dev.formfill.core.ProgressListener;
import dev.formfill.core.detect.FieldDetector;
import dev.formfill.core.detect.PageImage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One job from submission to its end, with the real preparer and the geometry detector. */
class JobLifecycleTest {

    private static final PrepareOptions GEOMETRY = PrepareOptions.builder().model("geometry").renderDpi(72).build();

    @TempDir
    Path base;
    private FormPreparer preparer;
    private JobManager jobs;
    private final Events events = new Events();

    /** Throws an unexpected exception carrying a detail that must not reach clients. */
    private final FieldDetector failing = new FieldDetector() {
        @Override
        public String name() {
            return "failing";
        }

        @Override
        public List<DetectedField> detect(PageImage page, PrepareOptions options) {
            throw new IllegalStateException("secret internal detail");
        }
    };

    @BeforeEach
    void start() {
        preparer = FormPreparer.builder().detector(failing).build();
        jobs = JobManager.builder().preparer(preparer).listener(events)
                .settings(JobSettings.builder().baseDir(base).maxConcurrentJobs(2).build()).build();
    }

    @AfterEach
    void stop() {
        jobs.close();
        preparer.close();
    }

    private JobSnapshot submit(byte[] pdf, String name, PrepareOptions options) {
        return jobs.submit(new ByteArrayInputStream(pdf), name, options);
    }

    @Test
    void submitReturnsQueuedAtOnceAndTheJobBecomesReady() throws Exception {
        JobSnapshot s = submit(TestPdfs.form(3), "dir/My Form.pdf", GEOMETRY);
        assertEquals(JobStatus.QUEUED, s.status());
        assertEquals(0.0, s.progress());
        assertTrue(LocalDiskStorage.isJobId(s.id()));
        assertEquals("dir/My Form.pdf", s.originalName());

        JobSnapshot done = events.await(s.id());
        assertEquals(JobStatus.READY, done.status(), () -> String.valueOf(done.error()));
        assertEquals(1.0, done.progress());
        assertEquals(3, done.pageCount());
        assertNull(done.error());
        assertNotNull(done.startedAt());
        assertNotNull(done.finishedAt());
        assertEquals(done.finishedAt().plus(jobs.settings().ttl()), done.expiresAt());
        assertEquals(List.of(JobStatus.QUEUED, JobStatus.VALIDATING, JobStatus.RENDERING, JobStatus.DETECTING,
                JobStatus.WRITING), done.stages().stream().map(StageTiming::status).toList());
        assertEquals(done, jobs.get(s.id()).orElseThrow());

        JobResult r = jobs.result(s.id());
        assertEquals("My_Form_fillable.pdf", r.fileName());
        assertEquals(base.resolve(s.id()).resolve("output.pdf"), r.path());
        try (InputStream in = r.open(); PDDocument doc = Loader.loadPDF(in.readAllBytes())) {
            assertEquals(3, doc.getNumberOfPages());
        }
        String json = Files.readString(base.resolve(s.id()).resolve("job.json"));
        assertTrue(json.contains("\"status\" : \"ready\""), json);
        assertTrue(json.contains("\"detecting\""), json);
    }

    @Test
    void eventsFollowLegalTransitionsAndProgressNeverGoesBack() throws Exception {
        JobSnapshot s = submit(TestPdfs.form(5), "five.pdf", GEOMETRY);
        events.await(s.id());
        List<Events.Event> mine = events.of(s.id());

        List<Events.Event> statuses = mine.stream().filter(e -> e.kind().equals("status")).toList();
        assertNull(statuses.get(0).previous());
        assertEquals(JobStatus.QUEUED, statuses.get(0).job().status());
        for (Events.Event e : statuses.subList(1, statuses.size())) {
            assertTrue(e.previous().canTransitionTo(e.job().status()), e.previous() + " -> " + e.job().status());
        }
        assertEquals(JobStatus.READY, statuses.get(statuses.size() - 1).job().status());
        // Rendering and detecting alternate once per page.
        assertEquals(5, statuses.stream().filter(e -> e.job().status() == JobStatus.RENDERING).count());

        double last = -1;
        List<Double> seen = new ArrayList<>();
        for (Events.Event e : mine) {
            assertTrue(e.job().progress() >= last, "progress went back: " + last + " -> " + e.job().progress());
            last = e.job().progress();
            seen.add(last);
            if (e.job().status() != JobStatus.READY) {
                assertTrue(last < 1.0, "progress 1.0 before ready");
            }
        }
        // It moves per page, not only per stage.
        Set<Double> inPageLoop = seen.stream().filter(p -> p > 0.1 && p < 0.9).collect(Collectors.toSet());
        assertTrue(inPageLoop.size() >= 5, "per-page progress values: " + inPageLoop);
        assertEquals("finished", mine.get(mine.size() - 1).kind());
    }

    @ParameterizedTest
    @CsvSource({
        "encrypted_user_password_unknown.pdf, EncryptedPdfError",
        "encrypted_user_password_asdfzxcv.pdf, EncryptedPdfError",
        "truncated_form.pdf, InvalidPdfError",
        "invalid_not_a_pdf_structure.pdf, InvalidPdfError",
        "empty_zero_bytes.pdf, InvalidPdfError",
    })
    void coreFailuresPassThroughTypedAndUnchanged(String file, String type) throws Exception {
        Path bad = TestPdfs.bad(file);
        FormFillException direct = assertThrows(FormFillException.class, () ->
                preparer.prepareForm(bad, base.resolve("direct.pdf"), GEOMETRY, ProgressListener.NONE));

        JobSnapshot s = submit(Files.readAllBytes(bad), file, GEOMETRY);
        JobSnapshot done = events.await(s.id());
        assertEquals(JobStatus.FAILED, done.status());
        assertEquals(type, done.error().type());
        assertEquals(direct.type(), done.error().type());
        assertEquals(direct.getMessage(), done.error().detail());
        assertEquals(direct.getMessage(), done.message());
        assertFalse(Files.exists(base.resolve(s.id()).resolve("output.pdf")));

        JobFailedException e = assertThrows(JobFailedException.class, () -> jobs.result(s.id()));
        assertEquals(type, e.job().error().type());
    }

    @Test
    void thePasswordIsNeverStoredOrShown() throws Exception {
        Path enc = TestPdfs.bad("encrypted_user_password_asdfzxcv.pdf");
        JobSnapshot s = submit(Files.readAllBytes(enc), "enc.pdf", GEOMETRY.toBuilder().password("asdfzxcv").build());
        assertNull(s.options().password());
        JobSnapshot done = events.await(s.id());
        assertEquals(JobStatus.READY, done.status(), () -> String.valueOf(done.error())); // the password reached core
        assertNull(done.options().password());
        for (JobSnapshot seen : events.of(s.id()).stream().map(Events.Event::job).toList()) {
            assertNull(seen.options().password());
        }
        byte[] json = Files.readAllBytes(base.resolve(s.id()).resolve("job.json"));
        assertFalse(new String(json, StandardCharsets.UTF_8).contains("asdfzxcv"));
    }

    @Test
    void unexpectedExceptionsBecomeAGenericFailureWithoutDetails() throws Exception {
        JobSnapshot s = submit(TestPdfs.form(1), "x.pdf", GEOMETRY.toBuilder().model("failing").build());
        JobSnapshot done = events.await(s.id());
        assertEquals(JobStatus.FAILED, done.status());
        assertEquals(JobError.INTERNAL, done.error().type());
        assertFalse(done.error().detail().contains("secret"), done.error().detail());
        assertFalse(done.error().detail().contains("Exception"), done.error().detail());
        assertTrue(done.error().detail().contains(s.id()));
        assertFalse(Files.exists(base.resolve(s.id()).resolve("output.pdf")));
    }

    @Test
    void aThrowingListenerCannotBreakAJob() throws Exception {
        jobs.addListener(new JobListener() {
            @Override
            public void onStatusChange(JobSnapshot job, JobStatus previous) {
                throw new IllegalStateException("listener bug");
            }

            @Override
            public void onProgress(JobSnapshot job) {
                throw new IllegalStateException("listener bug");
            }
        });
        JobSnapshot s = submit(TestPdfs.form(2), "x.pdf", GEOMETRY);
        assertEquals(JobStatus.READY, events.await(s.id()).status());
    }

    @Test
    void listenersCanLookUpTheJobFromTheFirstEvent() throws Exception {
        java.util.Queue<Boolean> found = new java.util.concurrent.ConcurrentLinkedQueue<>();
        jobs.addListener(new JobListener() {
            @Override
            public void onStatusChange(JobSnapshot job, JobStatus previous) {
                found.add(jobs.get(job.id()).isPresent());
            }
        });
        JobSnapshot s = submit(TestPdfs.form(1), "x.pdf", GEOMETRY);
        events.await(s.id());
        assertTrue(found.size() >= 6, found::toString);
        assertFalse(found.contains(false));
    }

    @Test
    void cancellingOrTimingOutAFinishedJobChangesNothing() throws Exception {
        JobSnapshot s = submit(TestPdfs.form(1), "x.pdf", GEOMETRY);
        JobSnapshot done = events.await(s.id());
        int before = events.of(s.id()).size();
        assertEquals(done, jobs.cancel(s.id()));
        assertEquals(done, jobs.get(s.id()).orElseThrow());
        assertEquals(before, events.of(s.id()).size());
    }

    @Test
    void unknownModelFailsTypedFromCore() throws Exception {
        JobSnapshot s = submit(TestPdfs.form(1), "x.pdf", GEOMETRY.toBuilder().model("no-such-model").build());
        JobSnapshot done = events.await(s.id());
        assertEquals(JobStatus.FAILED, done.status());
        assertEquals("ModelUnavailableError", done.error().type());
    }

    @Test
    void unknownIdsAreNotFoundEverywhere() {
        String id = java.util.UUID.randomUUID().toString();
        assertTrue(jobs.get(id).isEmpty());
        assertTrue(jobs.get("../../etc/passwd").isEmpty());
        assertTrue(jobs.get(null).isEmpty());
        assertThrows(JobNotFoundException.class, () -> jobs.result(id));
        assertThrows(JobNotFoundException.class, () -> jobs.cancel(id));
        assertThrows(JobNotFoundException.class, () -> jobs.delete("../x"));
    }

    @Test
    void deleteRemovesAFinishedJobAndItsFiles() throws Exception {
        JobSnapshot s = submit(TestPdfs.form(1), "x.pdf", GEOMETRY);
        events.await(s.id());
        assertTrue(Files.isDirectory(base.resolve(s.id())));
        JobSnapshot last = jobs.delete(s.id());
        assertEquals(JobStatus.READY, last.status());
        assertFalse(Files.exists(base.resolve(s.id())));
        assertTrue(jobs.get(s.id()).isEmpty());
        assertThrows(JobNotFoundException.class, () -> jobs.result(s.id()));
        assertTrue(events.of(s.id()).stream().anyMatch(e -> e.kind().equals("removed")));
        assertTrue(jobs.list().isEmpty());
    }

    @Test
    void snapshotNamesAreSafeForDownload() {
        JobSnapshot s = submit(TestPdfs.form(1), "C:\\Users\\x\\tax return 2024.PDF", GEOMETRY);
        assertEquals("tax_return_2024_fillable.pdf", s.downloadName());
        JobSnapshot t = submit(TestPdfs.form(1), null, GEOMETRY);
        assertEquals("document_fillable.pdf", t.downloadName());
        JobSnapshot u = submit(TestPdfs.form(1), "../..", GEOMETRY);
        assertEquals("document_fillable.pdf", u.downloadName());
    }
}
