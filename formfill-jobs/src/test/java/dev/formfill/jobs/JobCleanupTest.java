package dev.formfill.jobs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.formfill.core.FormPreparer;
import dev.formfill.core.PrepareOptions;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TTL expiry and orphan removal (with an injected clock) and restart recovery. */
class JobCleanupTest {

    private static final PrepareOptions GEOMETRY = PrepareOptions.builder().model("geometry").renderDpi(72).build();
    private static final PrepareOptions BLOCKING = GEOMETRY.toBuilder().model(BlockingDetector.NAME).build();

    @TempDir
    Path base;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final BlockingDetector detector = new BlockingDetector();
    private final FormPreparer preparer = FormPreparer.builder().detector(detector).build();
    private final Events events = new Events();

    @AfterEach
    void stop() {
        detector.open();
        preparer.close();
    }

    private JobManager start(int concurrency) {
        return JobManager.builder().preparer(preparer).listener(events)
                .settings(JobSettings.builder().baseDir(base).clock(clock).ttl(Duration.ofHours(1))
                        .maxConcurrentJobs(concurrency).build())
                .build();
    }

    private static JobSnapshot submit(JobManager jobs, byte[] pdf, PrepareOptions o) {
        return jobs.submit(new ByteArrayInputStream(pdf), "f.pdf", o);
    }

    private long entries() throws Exception {
        try (Stream<Path> s = Files.list(base)) {
            return s.filter(p -> !p.getFileName().toString().equals(LocalDiskStorage.LOCK)).count();
        }
    }

    @Test
    void finishedJobsExpireAfterTheTtlButRunningOnesStay() throws Exception {
        try (JobManager jobs = start(2)) {
            String a = submit(jobs, TestPdfs.form(1), GEOMETRY).id();
            events.await(a);
            String running = submit(jobs, TestPdfs.form(1), BLOCKING).id();
            detector.awaitEntered(1);

            clock.advance(Duration.ofMinutes(59));
            assertEquals(0, jobs.purgeExpired());
            assertTrue(jobs.result(a).sizeBytes() > 0);

            clock.advance(Duration.ofMinutes(2));
            assertThrows(JobExpiredException.class, () -> jobs.result(a)); // even before the cleanup ran
            assertEquals(1, jobs.purgeExpired());
            assertFalse(Files.exists(base.resolve(a)));
            assertTrue(jobs.get(a).isEmpty());
            assertThrows(JobExpiredException.class, () -> jobs.result(a));
            assertTrue(events.of(a).stream().anyMatch(e -> e.kind().equals("removed")));
            // Created more than a TTL ago, but not finished: kept.
            assertEquals(JobStatus.DETECTING, jobs.get(running).orElseThrow().status());

            clock.advance(Duration.ofHours(2));
            jobs.purgeExpired();
            assertThrows(JobNotFoundException.class, () -> jobs.result(a)); // the tombstone is forgotten too
            detector.open();
            events.await(running);
            clock.advance(Duration.ofHours(1));
            assertEquals(1, jobs.purgeExpired());
            assertEquals(0, entries());
        }
    }

    @Test
    void orphanedJobDirectoriesAreRemovedAndForeignFilesLeftAlone() throws Exception {
        Path orphan = Files.createDirectory(base.resolve(UUID.randomUUID().toString()));
        Files.writeString(orphan.resolve("input.pdf"), "half an upload");
        Path foreign = Files.createDirectory(base.resolve("not-a-job"));
        Path foreignFile = Files.writeString(base.resolve("README"), "someone else's");
        try (JobManager jobs = start(1)) {
            String kept = submit(jobs, TestPdfs.form(1), GEOMETRY).id();
            events.await(kept);
            assertEquals(1, jobs.purgeExpired());
            assertFalse(Files.exists(orphan));
            assertTrue(Files.isDirectory(foreign));
            assertTrue(Files.isRegularFile(foreignFile));
            assertTrue(Files.isDirectory(base.resolve(kept)));
        }
    }

    @Test
    void theScheduledCleanupRunsByItself() throws Exception {
        CountDownLatch removed = new CountDownLatch(1);
        try (JobManager jobs = JobManager.builder().preparer(preparer).listener(events)
                .listener(new JobListener() {
                    @Override
                    public void onRemoved(JobSnapshot job) {
                        removed.countDown();
                    }
                })
                .settings(JobSettings.builder().baseDir(base).clock(clock).cleanupInterval(Duration.ofMillis(20)).build())
                .build()) {
            String a = submit(jobs, TestPdfs.form(1), GEOMETRY).id();
            events.await(a);
            clock.advance(Duration.ofHours(2));
            assertTrue(removed.await(1, TimeUnit.MINUTES));
            assertFalse(Files.exists(base.resolve(a)));
        }
    }

    @Test
    void aRestartKeepsFinishedJobsAndFailsInterruptedOnes() throws Exception {
        String ready;
        String failed;
        JobSnapshot readyBefore;
        JobSnapshot failedBefore;
        byte[] output;
        try (JobManager first = start(1)) {
            ready = submit(first, TestPdfs.form(2), GEOMETRY).id();
            readyBefore = events.await(ready);
            failed = submit(first, "not a pdf".getBytes(), GEOMETRY).id();
            failedBefore = events.await(failed);
            output = Files.readAllBytes(first.result(ready).path());
        }
        // What a crash leaves behind: a job that was detecting (with a half-written output) and a queued one.
        String running = crashLeftover(JobStatus.DETECTING);
        Files.writeString(base.resolve(running).resolve("output.pdf"), "%PDF-1.7 half");
        String queued = crashLeftover(JobStatus.QUEUED);

        Events after = new Events();
        try (JobManager second = JobManager.builder().preparer(preparer).listener(after)
                .settings(JobSettings.builder().baseDir(base).clock(clock).ttl(Duration.ofHours(1)).build()).build()) {
            assertEquals(4, second.list().size());
            assertEquals(readyBefore, second.get(ready).orElseThrow()); // stage log and all, through job.json
            try (InputStream in = second.result(ready).open()) {
                assertArrayEquals(output, in.readAllBytes());
            }
            assertEquals(failedBefore, second.get(failed).orElseThrow());

            JobSnapshot r = second.get(running).orElseThrow();
            assertEquals(JobStatus.FAILED, r.status());
            assertEquals(JobError.INTERRUPTED, r.error().type());
            assertTrue(r.error().detail().contains("detecting"), r.error().detail());
            assertEquals(clock.instant(), r.finishedAt());
            assertFalse(Files.exists(base.resolve(running).resolve("output.pdf")));
            assertThrows(JobFailedException.class, () -> second.result(running));
            JobSnapshot q = second.get(queued).orElseThrow();
            assertEquals(JobStatus.FAILED, q.status());
            assertEquals(JobError.INTERRUPTED, q.error().type());
            assertTrue(Files.readString(base.resolve(running).resolve("job.json")).contains(JobError.INTERRUPTED));
            assertEquals(2, after.all.stream().filter(e -> e.kind().equals("finished")).count());

            // The restored jobs expire like any other.
            clock.advance(Duration.ofHours(2));
            assertEquals(4, second.purgeExpired());
            assertThrows(JobExpiredException.class, () -> second.result(ready));
            assertEquals(0, entries());
        }
    }

    /** Writes a job directory as a crashed process would have left it mid-run. */
    private String crashLeftover(JobStatus status) throws Exception {
        String id = UUID.randomUUID().toString();
        Path dir = Files.createDirectory(base.resolve(id));
        Files.write(dir.resolve("input.pdf"), TestPdfs.form(1));
        Instant t = clock.instant();
        List<StageTiming> stages = new ArrayList<>(List.of(new StageTiming(JobStatus.QUEUED, t, Duration.ZERO)));
        if (status != JobStatus.QUEUED) {
            stages.add(new StageTiming(JobStatus.VALIDATING, t, Duration.ofMillis(5)));
            stages.add(new StageTiming(status, t, Duration.ZERO));
        }
        JobSnapshot s = new JobSnapshot(id, status, status == JobStatus.QUEUED ? 0 : 0.4, "crashed", null, "c.pdf",
                GEOMETRY, 1, 0, t, status == JobStatus.QUEUED ? null : t, null, null, stages);
        Files.write(dir.resolve("job.json"), JobJson.write(s));
        return id;
    }
}
