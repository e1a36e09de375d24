package dev.formfill.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.formfill.core.FormPreparer;
import dev.formfill.core.PrepareOptions;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 500 small jobs through the real pipeline: every one ends, none is lost, nothing is left after cleanup. */
class JobSoakTest {

    private static final int JOBS = 500;

    @TempDir
    Path base;

    @Test
    void fiveHundredJobsAllFinishAndCleanUpCompletely() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
        byte[] pdf = TestPdfs.form(1);
        CountDownLatch finished = new CountDownLatch(JOBS);
        Set<String> finishedIds = ConcurrentHashMap.newKeySet();
        JobListener counter = new JobListener() {
            @Override
            public void onFinished(JobSnapshot job) {
                if (finishedIds.add(job.id())) {
                    finished.countDown();
                }
            }
        };
        PrepareOptions options = PrepareOptions.builder().model("geometry").renderDpi(36).build();
        try (FormPreparer preparer = FormPreparer.builder().build();
             JobManager jobs = JobManager.builder().preparer(preparer).listener(counter)
                     .settings(JobSettings.builder().baseDir(base).clock(clock).queueCapacity(JOBS)
                             .maxConcurrentJobs(2).cleanupInterval(Duration.ofDays(1)).build())
                     .build()) {
            Set<String> submitted = new HashSet<>();
            for (int i = 0; i < JOBS; i++) {
                submitted.add(jobs.submit(new ByteArrayInputStream(pdf), "soak-" + i + ".pdf", options).id());
            }
            assertEquals(JOBS, submitted.size());
            assertTrue(finished.await(5, TimeUnit.MINUTES), finished.getCount() + " jobs never finished");
            assertEquals(submitted, finishedIds);

            List<JobSnapshot> all = jobs.list();
            assertEquals(JOBS, all.size());
            for (JobSnapshot s : all) {
                assertEquals(JobStatus.READY, s.status(), () -> s.id() + ": " + s.error());
                assertTrue(Files.size(jobs.result(s.id()).path()) > 0);
            }
            assertEquals(0, jobs.queueDepth());
            java.util.Map<JobStatus, Duration> total = new java.util.EnumMap<>(JobStatus.class);
            all.forEach(j -> j.stageDurations().forEach((k, v) -> total.merge(k, v, Duration::plus)));
            System.out.println("soak stage totals: " + total);

            clock.advance(Duration.ofHours(1).plusSeconds(1));
            assertEquals(JOBS, jobs.purgeExpired());
            assertEquals(List.of(), jobs.list());
            try (Stream<Path> left = Files.list(base)) {
                assertEquals(List.of(base.resolve(LocalDiskStorage.LOCK)), left.toList());
            }
        }
    }
}
