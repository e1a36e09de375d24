package dev.formfill.jobs;

import dev.formfill.core.PrepareOptions;
import java.time.Duration;

/**
 * One job as a {@link JobWorker} sees it. The manager implements it; a worker decides only when and
 * where to run it. Every method is thread-safe and never throws; the job's state machine guards
 * every step, so a late or repeated call (a timeout after cancellation, say) is simply ignored.
 *
 * <p>A worker's protocol per task: {@link #begin()}; if that returned true, {@link #execute()}
 * (on the worker's thread; it returns when the run is over). {@link #timeOut(Duration)} and
 * {@link #abort(String)} may be called from any thread at any time.
 */
public interface JobTask {

    /** The job's id. */
    String id();

    /** The job's options (including the password, if any: keep them in memory only). */
    PrepareOptions options();

    /**
     * Marks the job started (queued → validating). Returns false when it may not run: it was
     * cancelled, deleted or aborted while waiting. Call once, just before {@link #execute()}.
     */
    boolean begin();

    /**
     * Runs the pipeline on the calling thread with the manager's shared {@code FormPreparer},
     * reporting progress and recording the outcome (ready, or failed with a typed error). Never throws.
     */
    void execute();

    /**
     * Fails the job with {@code TimeoutError} and asks the pipeline to stop at its next check. The
     * job is terminal at once; the run still holds its worker slot until the pipeline notices.
     */
    void timeOut(Duration limit);

    /** Cancels the job (queued or running) with a reason, e.g. shutdown; no-op once terminal. */
    void abort(String reason);

    /** Whether the job is in a terminal status. */
    boolean isTerminal();
}
