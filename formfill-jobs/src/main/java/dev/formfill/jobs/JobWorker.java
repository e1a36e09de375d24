package dev.formfill.jobs;

import java.time.Duration;

/**
 * Runs {@link JobTask}s: the part a distributed queue could replace. The default
 * (built by {@link JobManager.Builder} unless one is given) runs them in this process: a bounded
 * queue, a fixed set of worker threads, a semaphore capping concurrent pipeline runs and a per-job
 * wall-clock timeout.
 *
 * <p>Implementations must be thread-safe and must eventually call {@link JobTask#begin()} and then
 * {@link JobTask#execute()} or {@link JobTask#abort(String)} on every task they accepted, so no job
 * is ever left non-terminal.
 */
public interface JobWorker {

    /**
     * Accepts a task for running.
     *
     * @throws QueueFullException when the queue is full or the worker is shutting down
     */
    void submit(JobTask task);

    /**
     * Removes a task that is still waiting (so a cancelled job frees its queue slot at once).
     *
     * @return true if it was waiting and is now removed
     */
    boolean withdraw(JobTask task);

    /** Whether {@link #submit} would refuse right now (checked before storing an upload). */
    boolean isFull();

    /** Tasks waiting to run. */
    int queueDepth();

    /** Tasks whose pipeline is running now (including ones cancelled but not yet stopped). */
    int runningCount();

    /**
     * Stops accepting, aborts every waiting task, lets running ones finish within {@code grace},
     * then aborts those still running. Returns when the worker's threads have ended or a further
     * short wait has passed; either way every task it accepted is terminal.
     */
    void shutdown(Duration grace);
}
