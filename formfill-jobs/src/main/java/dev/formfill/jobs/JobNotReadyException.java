package dev.formfill.jobs;

import dev.formfill.core.FormFillException;

/**
 * The job is still queued or running, so it has no result yet. HTTP 409.
 * Type {@code JobNotReadyError}.
 */
public final class JobNotReadyException extends FormFillException {

    private static final long serialVersionUID = 1L;

    /** Stable type string of this error. */
    public static final String TYPE = "JobNotReadyError";

    private final JobSnapshot job;

    /** @param job the job as it is now */
    public JobNotReadyException(JobSnapshot job) {
        super("job " + job.id() + " is not ready yet (" + job.status().id() + ")", null);
        this.job = job;
    }

    /** The job as it was when the result was asked for. */
    public JobSnapshot job() {
        return job;
    }

    @Override
    public String type() {
        return TYPE;
    }
}
