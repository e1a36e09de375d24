package dev.formfill.jobs;

import dev.formfill.core.FormPreparer;
import java.time.Clock;
import java.time.Duration;

/**
 * What every {@link ManagedJob} of one manager shares.
 *
 * @param preparer the one shared preparer
 * @param storage  where the job persists its metadata
 * @param clock    timestamps and expiry
 * @param ttl      how long a finished job is kept
 * @param events   the manager's listener dispatch
 */
record JobContext(FormPreparer preparer, JobStorage storage, Clock clock, Duration ttl, EventSink events) {

    /** Delivers one event to the manager's listeners. */
    @FunctionalInterface
    interface EventSink {
        void emit(JobEventKind kind, JobSnapshot job, JobStatus previous);
    }
}
