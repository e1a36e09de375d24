package dev.formfill.http;

import dev.formfill.jobs.JobListener;
import dev.formfill.jobs.JobSnapshot;
import dev.formfill.jobs.JobStatus;
import dev.formfill.jobs.StageTiming;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Job metrics fed by the job manager's events: {@code jobs_total{outcome}}, {@code jobs_submitted_total},
 * {@code jobs_in_progress}, {@code jobs_queue_depth}, {@code job_duration_seconds{outcome}} (submit to finish)
 * and {@code job_stage_duration_seconds{stage}}. Counting from events keeps a scrape O(1).
 */
final class JobMetrics implements JobListener {

    private static final Duration[] JOB_BUCKETS = {
        Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
        Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30),
        Duration.ofSeconds(60), Duration.ofSeconds(120), Duration.ofSeconds(300), Duration.ofSeconds(600)};
    private static final Duration[] STAGE_BUCKETS = {
        Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100),
        Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2),
        Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(60)};

    private final MeterRegistry registry;
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicInteger running = new AtomicInteger();
    private final Counter submitted;

    JobMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.submitted = Counter.builder("jobs.submitted").description("Jobs accepted").register(registry);
        Gauge.builder("jobs.in.progress", running, AtomicInteger::get)
                .description("Jobs a worker is running (validating to writing)").register(registry);
        Gauge.builder("jobs.queue.depth", queued, AtomicInteger::get)
                .description("Jobs waiting for a worker").register(registry);
        for (JobStatus s : new JobStatus[] {JobStatus.READY, JobStatus.FAILED, JobStatus.CANCELLED}) {
            outcomes(s); // so every outcome shows as 0 before the first job
        }
    }

    @Override
    public void onStatusChange(JobSnapshot job, JobStatus previous) {
        if (previous == null) {
            submitted.increment();
        }
        adjust(previous, -1);
        adjust(job.status(), +1);
    }

    @Override
    public void onFinished(JobSnapshot job) {
        outcomes(job.status()).increment();
        if (job.finishedAt() != null) {
            Timer.builder("job.duration").description("Job time from submit to a terminal status")
                    .tag("outcome", job.status().id()).serviceLevelObjectives(JOB_BUCKETS).register(registry)
                    .record(Duration.between(job.createdAt(), job.finishedAt()));
        }
        for (StageTiming t : job.stages()) {
            Timer.builder("job.stage.duration").description("Time a job spent per stage")
                    .tag("stage", t.status().id()).serviceLevelObjectives(STAGE_BUCKETS).register(registry)
                    .record(t.duration());
        }
    }

    private Counter outcomes(JobStatus terminal) {
        return Counter.builder("jobs").description("Jobs finished, by outcome")
                .tag("outcome", terminal.id()).register(registry);
    }

    private void adjust(JobStatus s, int delta) {
        if (s == null) {
            return;
        }
        if (s == JobStatus.QUEUED) {
            queued.addAndGet(delta);
        } else if (s.isRunning()) {
            running.addAndGet(delta);
        }
    }
}
