package dev.formfill.jobs;

import dev.formfill.core.CancellationToken;
import dev.formfill.core.CancelledException;
import dev.formfill.core.FormFillException;
import dev.formfill.core.PrepareOptions;
import dev.formfill.core.PrepareResult;
import dev.formfill.core.ProgressEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * One job's state machine. Every change happens under this object's lock and goes through
 * {@link #moveTo}, which refuses any move {@link JobStatus#canTransitionTo} does not allow; once
 * terminal, nothing changes any more, so late events (progress after a cancel, a timeout after
 * success) are dropped rather than racing. Listeners are called under the lock, hence in order.
 */
final class ManagedJob implements JobTask {

    /** MDC key carrying the job id while a job runs. */
    static final String MDC_KEY = "jobId";
    /** Progress never reaches 1.0 before the job is ready. */
    private static final double MAX_RUNNING_PROGRESS = 0.99;
    private static final Logger LOG = LoggerFactory.getLogger(ManagedJob.class);

    private final String id;
    private final String originalName;
    private final PrepareOptions options;
    private final PrepareOptions publicOptions;
    private final Path input;
    private final Path output;
    private final JobContext ctx;
    private final CancellationToken token = new CancellationToken();
    private final Instant createdAt;

    private JobStatus status;
    private double progress;
    private String message;
    private JobError error;
    private int pageCount;
    private int fieldCount;
    private Instant startedAt;
    private Instant finishedAt;
    private final Map<JobStatus, Instant> entered = new LinkedHashMap<>();
    private final Map<JobStatus, Long> nanos = new EnumMap<>(JobStatus.class);
    private long statusSince = System.nanoTime();
    private boolean deleted;
    private JobWorker worker;
    private volatile JobSnapshot snapshot;

    /** A new job, status queued. */
    ManagedJob(String id, String originalName, PrepareOptions options, Path input, Path output, JobContext ctx) {
        this.id = id;
        this.originalName = originalName;
        this.options = options;
        this.publicOptions = options.password() == null ? options : options.toBuilder().password(null).build();
        this.input = input;
        this.output = output;
        this.ctx = ctx;
        this.createdAt = ctx.clock().instant();
        this.status = JobStatus.QUEUED;
        this.message = "queued";
        entered.put(JobStatus.QUEUED, createdAt);
        publish();
    }

    private ManagedJob(JobSnapshot s, Path input, Path output, JobContext ctx) {
        this.id = s.id();
        this.originalName = s.originalName();
        this.options = s.options();
        this.publicOptions = s.options();
        this.input = input;
        this.output = output;
        this.ctx = ctx;
        this.createdAt = s.createdAt();
        this.status = s.status();
        this.progress = s.progress();
        this.message = s.message();
        this.error = s.error();
        this.pageCount = s.pageCount();
        this.fieldCount = s.fieldCount();
        this.startedAt = s.startedAt();
        this.finishedAt = s.finishedAt();
        for (StageTiming t : s.stages()) {
            entered.put(t.status(), t.enteredAt());
            nanos.put(t.status(), t.duration().toNanos());
        }
        publish();
    }

    /**
     * A job found on disk at startup. One that was still queued or running when the process stopped
     * is failed with {@code InterruptedJobError} (nothing can resume it: the password, if any, was
     * never written to disk).
     */
    static ManagedJob restore(JobSnapshot s, Path input, Path output, JobContext ctx) {
        ManagedJob job = new ManagedJob(s, input, output, ctx);
        synchronized (job) {
            if (!job.status.isTerminal()) {
                String was = job.status.id();
                job.finish(JobStatus.FAILED, new JobError(JobError.INTERRUPTED,
                        "the job was interrupted: the server stopped while it was " + was), null);
                job.deleteOutput(); // whatever an interrupted run left is not a result
            }
        }
        return job;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public PrepareOptions options() {
        return options;
    }

    /** The latest published state. */
    JobSnapshot snapshot() {
        return snapshot;
    }

    @Override
    public boolean isTerminal() {
        return snapshot.isTerminal();
    }

    /**
     * Persists the queued job, hands it to the worker and announces it; throws if either refuses.
     * Returns the queued snapshot, taken before a worker can start the job.
     */
    synchronized JobSnapshot enqueue(JobWorker w) {
        this.worker = w;
        JobSnapshot queued = snapshot;
        ctx.storage().save(queued);
        w.submit(this);
        ctx.events().emit(JobEventKind.STATUS, queued, null);
        return queued; // the worker needs this lock to begin(), so the job is still queued here
    }

    @Override
    public synchronized boolean begin() {
        if (status != JobStatus.QUEUED) {
            return false;
        }
        moveTo(JobStatus.VALIDATING);
        startedAt = ctx.clock().instant();
        message = "validating the PDF";
        publish();
        persistQuietly();
        ctx.events().emit(JobEventKind.STATUS, snapshot, JobStatus.QUEUED);
        return true;
    }

    @Override
    public void execute() {
        MDC.put(MDC_KEY, id);
        try {
            PrepareResult result = ctx.preparer().prepareForm(input, output, options, this::onProgress, token);
            succeed(result);
        } catch (CancelledException e) {
            // Normally the job is already cancelled or timed out, and this is a no-op.
            finish(JobStatus.CANCELLED, new JobError(e.type(), detail(e)), null);
        } catch (FormFillException e) {
            LOG.info("job {} failed: {}: {}", id, e.type(), e.getMessage());
            finish(JobStatus.FAILED, new JobError(e.type(), detail(e)), null);
        } catch (Throwable t) {
            // Catch everything (even errors): a job must never be left running. The trace goes to the
            // log only; clients see a generic message that points at the log.
            LOG.error("job {} failed with an unexpected error", id, t);
            finish(JobStatus.FAILED, new JobError(JobError.INTERNAL,
                    "an internal error stopped the job; the server log has the details (job " + id + ")"), null);
        } finally {
            boolean gone;
            synchronized (this) {
                if (status != JobStatus.READY) {
                    deleteOutput();
                }
                gone = deleted;
            }
            if (gone) {
                // Deleted while running: the pipeline may have written after the first purge.
                ctx.storage().delete(id);
            }
            MDC.remove(MDC_KEY);
        }
    }

    @Override
    public void timeOut(Duration limit) {
        finish(JobStatus.FAILED, new JobError(JobError.TIMEOUT,
                "the job did not finish within its time limit of " + human(limit)), null);
    }

    @Override
    public void abort(String reason) {
        finish(JobStatus.CANCELLED, new JobError(JobError.CANCELLED, reason), null);
    }

    /** Marks the job deleted (cancelling it if needed) so nothing persists it again; returns its last state. */
    synchronized JobSnapshot delete() {
        deleted = true;
        finish(JobStatus.CANCELLED, new JobError(JobError.CANCELLED, "cancelled: the job was deleted"), null);
        return snapshot;
    }

    private synchronized void onProgress(ProgressEvent e) {
        if (!status.isRunning()) {
            return;
        }
        JobStatus prev = status;
        JobStatus next = switch (e.stage()) {
            case VALIDATING -> JobStatus.VALIDATING;
            case RENDERING -> JobStatus.RENDERING;
            case DETECTING -> JobStatus.DETECTING;
            case WRITING -> JobStatus.WRITING;
            case DONE -> status;
        };
        if (next != status) {
            if (!status.canTransitionTo(next)) {
                LOG.warn("job {}: ignoring stage {} reported while {}", id, next.id(), status.id());
                next = status;
            } else {
                moveTo(next);
            }
        }
        if (e.pageCount() > 0) {
            pageCount = e.pageCount();
        }
        progress = Math.max(progress, Math.min(MAX_RUNNING_PROGRESS, e.fraction()));
        message = describe(next, e);
        publish();
        if (next != prev) {
            // Persist each stage change (a few hundred bytes, twice per page) so that after a crash
            // the stage log and the "interrupted while ..." message are accurate.
            persistQuietly();
            ctx.events().emit(JobEventKind.STATUS, snapshot, prev);
        }
        ctx.events().emit(JobEventKind.PROGRESS, snapshot, prev);
    }

    private synchronized void succeed(PrepareResult r) {
        if (status.isTerminal()) {
            return; // cancelled or timed out meanwhile: the output is discarded in execute()
        }
        if (status != JobStatus.WRITING) {
            LOG.error("job {}: the pipeline finished without reporting the writing stage (was {})", id, status.id());
            finish(JobStatus.FAILED, new JobError(JobError.INTERNAL,
                    "an internal error stopped the job; the server log has the details (job " + id + ")"), null);
            return;
        }
        try {
            ctx.storage().outputWritten(id);
        } catch (RuntimeException e) {
            LOG.error("job {}: cannot finish its output", id, e);
            finish(JobStatus.FAILED, new JobError(JobError.INTERNAL,
                    "an internal error stopped the job; the server log has the details (job " + id + ")"), null);
            return;
        }
        pageCount = r.pagesScanned();
        fieldCount = r.fields().size();
        progress = 1.0;
        finish(JobStatus.READY, null, "ready: " + fieldCount + (fieldCount == 1 ? " field" : " fields"));
    }

    /**
     * Moves to a terminal status unless already terminal. Stops the pipeline (token), frees a queue
     * slot if the job was waiting, persists, announces.
     *
     * @return whether the job was moved
     */
    private synchronized boolean finish(JobStatus terminal, JobError err, String msg) {
        if (status.isTerminal()) {
            return false;
        }
        JobStatus prev = status;
        moveTo(terminal);
        error = err;
        message = msg != null ? msg : err.detail();
        finishedAt = ctx.clock().instant();
        if (terminal != JobStatus.READY) {
            token.cancel();
            if (prev == JobStatus.QUEUED && worker != null) {
                worker.withdraw(this);
            }
        }
        publish();
        persistQuietly();
        ctx.events().emit(JobEventKind.STATUS, snapshot, prev);
        ctx.events().emit(JobEventKind.FINISHED, snapshot, prev);
        return true;
    }

    /** The only place the status changes; an illegal move is a bug, so it fails loudly. */
    private void moveTo(JobStatus next) {
        if (!status.canTransitionTo(next)) {
            throw new IllegalStateException("job " + id + ": illegal transition " + status.id() + " -> " + next.id());
        }
        long now = System.nanoTime();
        nanos.merge(status, now - statusSince, Long::sum);
        statusSince = now;
        if (!next.isTerminal()) {
            entered.putIfAbsent(next, ctx.clock().instant());
        }
        status = next;
    }

    private void publish() {
        List<StageTiming> stages = new ArrayList<>(entered.size());
        entered.forEach((s, at) -> stages.add(new StageTiming(s, at, Duration.ofNanos(nanos.getOrDefault(s, 0L)))));
        snapshot = new JobSnapshot(id, status, progress, message, error, originalName, publicOptions, pageCount,
                fieldCount, createdAt, startedAt, finishedAt, finishedAt == null ? null : finishedAt.plus(ctx.ttl()),
                stages);
    }

    private void persistQuietly() {
        if (deleted) {
            return;
        }
        try {
            ctx.storage().save(snapshot);
        } catch (RuntimeException e) {
            // The in-memory state stays authoritative; a restart would see the previous state.
            LOG.warn("job {}: cannot persist its state: {}", id, e.getMessage());
        }
    }

    private void deleteOutput() {
        try {
            Files.deleteIfExists(output);
        } catch (IOException e) {
            LOG.warn("job {}: cannot remove output {}: {}", id, output, e.getMessage());
        }
    }

    private String describe(JobStatus s, ProgressEvent e) {
        String of = " " + (e.page() + 1) + " of " + e.pageCount();
        return switch (s) {
            case VALIDATING -> "validating the PDF";
            case RENDERING -> e.page() >= 0 ? "rendering page" + of : "rendering";
            case DETECTING -> e.page() >= 0 ? "detecting fields on page" + of : "detecting fields";
            case WRITING -> "writing the fillable PDF";
            default -> message;
        };
    }

    private static String detail(FormFillException e) {
        return Objects.requireNonNullElse(e.getMessage(), e.type());
    }

    private static String human(Duration d) {
        long s = d.toSeconds();
        return s >= 60 && s % 60 == 0 ? (s / 60) + " min" : s > 0 ? s + " s" : d.toMillis() + " ms";
    }
}
