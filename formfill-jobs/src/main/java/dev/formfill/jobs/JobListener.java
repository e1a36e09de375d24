package dev.formfill.jobs;

/**
 * Receives job events, e.g. for metrics or webhooks. Register with
 * {@link JobManager#addListener(JobListener)} or {@link JobManager.Builder#listener(JobListener)}.
 *
 * <p>Events of one job arrive in order, synchronously on the thread that made the change (a worker
 * thread, or the caller of {@code submit}/{@code cancel}), while the job's state is locked: keep
 * handlers quick and do slow work elsewhere. Reading the manager ({@code get}, {@code list}) from a
 * handler is fine. An exception thrown by a handler is logged and ignored.
 */
public interface JobListener {

    /**
     * The job's status changed.
     *
     * @param job      the job after the change
     * @param previous the status before, or {@code null} when the job was just submitted (status queued)
     */
    default void onStatusChange(JobSnapshot job, JobStatus previous) {
    }

    /** The job's progress or message moved (at least once per page while running). */
    default void onProgress(JobSnapshot job) {
    }

    /** The job reached a terminal status (ready, failed, cancelled); called after {@link #onStatusChange}. */
    default void onFinished(JobSnapshot job) {
    }

    /** The job and its files were removed: deleted by a caller or expired by the TTL cleanup. */
    default void onRemoved(JobSnapshot job) {
    }
}
