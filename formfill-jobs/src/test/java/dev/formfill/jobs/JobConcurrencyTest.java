package dev.formfill.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.formfill.core.FormPreparer;
import dev.formfill.core.PrepareOptions;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Concurrency cap, queue limit, cancellation, timeout and shutdown, observed through a real detector
 * that blocks until the test opens its gate (so no timing is involved).
 */
class JobConcurrencyTest {

    private static final PrepareOptions BLOCKING = PrepareOptions.builder().model(BlockingDetector.NAME).renderDpi(72).build();
    private static final byte[] ONE_PAGE = TestPdfs.form(1);
    private static final byte[] THREE_PAGES = TestPdfs.form(3);

    @TempDir
    Path base;
    private final BlockingDetector detector = new BlockingDetector();
    private final Events events = new Events();
    private FormPreparer preparer;
    private JobManager jobs;

    @BeforeEach
    void preparer() {
        preparer = FormPreparer.builder().detector(detector).build();
    }

    @AfterEach
    void stop() {
        detector.open();
        if (jobs != null) {
            jobs.close();
        }
        preparer.close();
    }

    private JobManager start(UnaryOperator<JobSettings.Builder> settings, Semaphore permits) {
        JobManager.Builder b = JobManager.builder().preparer(preparer).listener(events)
                .settings(settings.apply(JobSettings.builder().baseDir(base)).build());
        if (permits != null) {
            b.permits(permits);
        }
        jobs = b.build();
        return jobs;
    }

    private JobSnapshot submit(byte[] pdf) {
        return jobs.submit(new ByteArrayInputStream(pdf), "f.pdf", BLOCKING);
    }

    private long jobDirs() throws Exception {
        try (Stream<Path> s = Files.list(base)) {
            return s.filter(p -> !p.getFileName().toString().equals(LocalDiskStorage.LOCK)).count();
        }
    }

    @Test
    void neverMoreThanTheLimitRunAtOnce() throws Exception {
        start(s -> s.maxConcurrentJobs(2), null);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ids.add(submit(ONE_PAGE).id());
        }
        detector.awaitEntered(2);
        // Both slots are blocked inside the detector, so nothing else can start: the state is stable.
        assertEquals(2, detector.inside.get());
        assertEquals(2, jobs.runningCount());
        assertEquals(4, jobs.queueDepth());
        assertEquals(4, jobs.list().stream().filter(j -> j.status() == JobStatus.QUEUED).count());
        assertEquals(2, jobs.list().stream().filter(j -> j.status() == JobStatus.DETECTING).count());

        detector.open();
        for (String id : ids) {
            assertEquals(JobStatus.READY, events.await(id).status());
        }
        assertEquals(2, detector.maxInside.get());
        assertEquals(6, detector.calls.get());
    }

    @Test
    void aSharedSemaphoreCapsRunsEvenWithMoreWorkerThreads() throws Exception {
        Semaphore permits = new Semaphore(1, true);
        start(s -> s.maxConcurrentJobs(3), permits);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ids.add(submit(ONE_PAGE).id());
        }
        detector.awaitEntered(1);
        waitFor(() -> permits.getQueueLength() == 2, "two worker threads waiting for a permit");
        assertEquals(1, detector.inside.get());
        assertEquals(1, jobs.runningCount());
        detector.open();
        for (String id : ids) {
            assertEquals(JobStatus.READY, events.await(id).status());
        }
        assertEquals(1, detector.maxInside.get());
    }

    @Test
    void aFullQueueRefusesAndKeepsNothing() throws Exception {
        start(s -> s.maxConcurrentJobs(1).queueCapacity(2), null);
        String a = submit(ONE_PAGE).id();
        detector.awaitEntered(1);
        String b = submit(ONE_PAGE).id();
        String c = submit(ONE_PAGE).id();
        assertEquals(2, jobs.queueDepth());
        QueueFullException e = assertThrows(QueueFullException.class, () -> submit(ONE_PAGE));
        assertFalse(e.shuttingDown());
        assertEquals(2, e.capacity());
        assertEquals("QueueFullError", e.type());
        assertEquals(3, jobDirs());
        assertEquals(3, jobs.list().size());

        detector.open();
        for (String id : List.of(a, b, c)) {
            assertEquals(JobStatus.READY, events.await(id).status());
        }
    }

    @Test
    void cancellingAQueuedJobFreesItsSlotAndItNeverRuns() throws Exception {
        start(s -> s.maxConcurrentJobs(1), null);
        String a = submit(ONE_PAGE).id();
        detector.awaitEntered(1);
        String b = submit(ONE_PAGE).id();
        assertEquals(1, jobs.queueDepth());

        JobSnapshot cancelled = jobs.cancel(b);
        assertEquals(JobStatus.CANCELLED, cancelled.status());
        assertEquals(JobError.CANCELLED, cancelled.error().type());
        assertEquals(0, jobs.queueDepth());
        assertThrows(JobFailedException.class, () -> jobs.result(b));

        detector.open();
        assertEquals(JobStatus.READY, events.await(a).status());
        String c = submit(ONE_PAGE).id(); // runs after a on the only thread, so b had its chance
        assertEquals(JobStatus.READY, events.await(c).status());
        assertEquals(2, detector.calls.get());
        assertEquals(JobStatus.CANCELLED, jobs.get(b).orElseThrow().status());
        assertEquals(List.of(JobStatus.QUEUED), jobs.get(b).orElseThrow().stages().stream().map(StageTiming::status).toList());
    }

    @Test
    void cancellingARunningJobStopsItAtTheNextPage() throws Exception {
        start(s -> s.maxConcurrentJobs(1), null);
        String a = jobs.submit(new ByteArrayInputStream(THREE_PAGES), "three.pdf", BLOCKING).id();
        detector.awaitEntered(1);
        String b = submit(ONE_PAGE).id();
        assertThrows(JobNotReadyException.class, () -> jobs.result(a));

        JobSnapshot now = jobs.cancel(a);
        assertEquals(JobStatus.CANCELLED, now.status()); // at once, although the detector still blocks
        assertEquals(1, jobs.runningCount());
        detector.open();
        assertEquals(JobStatus.READY, events.await(b).status()); // b ran, so a's pipeline has ended
        assertEquals(2, detector.calls.get()); // page 1 of a, then b: pages 2 and 3 of a never ran
        assertFalse(Files.exists(base.resolve(a).resolve("output.pdf")));
        assertEquals(JobStatus.CANCELLED, jobs.get(a).orElseThrow().status());
        // A late cancel of a finished job changes nothing.
        assertEquals(JobStatus.READY, jobs.cancel(b).status());
    }

    @Test
    void deletingARunningJobPurgesItOnceThePipelineStops() throws Exception {
        start(s -> s.maxConcurrentJobs(1), null);
        String a = jobs.submit(new ByteArrayInputStream(THREE_PAGES), "three.pdf", BLOCKING).id();
        detector.awaitEntered(1);
        String b = submit(ONE_PAGE).id();
        JobSnapshot last = jobs.delete(a);
        assertEquals(JobStatus.CANCELLED, last.status());
        assertTrue(jobs.get(a).isEmpty());
        detector.open();
        assertEquals(JobStatus.READY, events.await(b).status());
        assertFalse(Files.exists(base.resolve(a)));
        assertEquals(1, jobDirs());
    }

    @Test
    void aJobOverItsTimeLimitFailsWithTimeoutError() throws Exception {
        start(s -> s.maxConcurrentJobs(1).jobTimeout(Duration.ofMillis(200)), null);
        String a = submit(THREE_PAGES).id();
        JobSnapshot done = events.await(a); // the detector blocks until the gate opens: only the timer ends it
        assertEquals(JobStatus.FAILED, done.status());
        assertEquals(JobError.TIMEOUT, done.error().type());
        assertTrue(done.error().detail().contains("200 ms"), done.error().detail());
        assertEquals(1, jobs.runningCount()); // terminal at once; the pipeline is still parked
        detector.open();
        waitFor(() -> jobs.runningCount() == 0, "the timed-out pipeline to stop");
        assertEquals(1, detector.calls.get()); // it stopped before page 2
        assertFalse(Files.exists(base.resolve(a).resolve("output.pdf")));
        assertEquals(JobStatus.FAILED, jobs.get(a).orElseThrow().status());
    }

    @Test
    void shutdownCancelsQueuedJobsAndLetsRunningOnesFinish() throws Exception {
        start(s -> s.maxConcurrentJobs(1).shutdownGrace(Duration.ofMinutes(2)), null);
        String a = submit(ONE_PAGE).id();
        detector.awaitEntered(1);
        String b = submit(ONE_PAGE).id();
        Thread closer = new Thread(jobs::close);
        closer.start();
        JobSnapshot bDone = events.await(b); // close() cancels the queued job first
        assertEquals(JobStatus.CANCELLED, bDone.status());
        QueueFullException refused = assertThrows(QueueFullException.class, () -> submit(ONE_PAGE));
        assertTrue(refused.shuttingDown());
        detector.open(); // a is within its grace: it finishes normally
        closer.join(TimeUnit.MINUTES.toMillis(2));
        assertFalse(closer.isAlive());
        assertEquals(JobStatus.READY, jobs.get(a).orElseThrow().status());
        assertTerminalOnDisk(a, "ready");
        assertTerminalOnDisk(b, "cancelled");
    }

    @Test
    void shutdownCancelsRunningJobsWhenTheGraceRunsOut() throws Exception {
        start(s -> s.maxConcurrentJobs(1).shutdownGrace(Duration.ofMillis(100)), null);
        String a = submit(THREE_PAGES).id();
        detector.awaitEntered(1);
        CountDownLatch aborted = new CountDownLatch(1);
        jobs.addListener(new JobListener() {
            @Override
            public void onFinished(JobSnapshot job) {
                if (job.id().equals(a)) {
                    aborted.countDown();
                    detector.open(); // lets the pipeline reach its next cancellation check
                }
            }
        });
        jobs.close();
        assertEquals(0, aborted.getCount());
        JobSnapshot s = jobs.get(a).orElseThrow();
        assertEquals(JobStatus.CANCELLED, s.status());
        assertTrue(s.error().detail().contains("shut down"), s.error().detail());
        assertEquals(0, jobs.runningCount());
        assertEquals(1, detector.calls.get());
        assertTerminalOnDisk(a, "cancelled");
    }

    private void assertTerminalOnDisk(String id, String status) throws Exception {
        String json = Files.readString(base.resolve(id).resolve("job.json"));
        assertTrue(json.contains("\"status\" : \"" + status + "\""), json);
    }

    /** Waits for a condition the test cannot get an event for (a thread parking on a semaphore). */
    private static void waitFor(java.util.function.BooleanSupplier cond, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (!cond.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for: " + what);
            }
            java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
        }
    }
}
