package dev.formfill.jobs;

import dev.formfill.core.FormFillException;

/**
 * The job failed or was cancelled, so it has no result; {@link #job()}{@code .error()} says why.
 * HTTP 409 (the job resource itself reports the error).
 * Type {@code JobFailedError}.
 */
public final class JobFailedException extends FormFillException {

    private static final long serialVersionUID = 1L;

    /** Stable type string of this error. */
    public static final String TYPE = "JobFailedError";

    private final JobSnapshot job;

    /** @param job the failed or cancelled job */
    public JobFailedException(JobSnapshot job) {
        super("job " + job.id() + " has no result: it is " + job.status().id()
                + (job.error() == null ? "" : " (" + job.error().type() + ": " + job.error().detail() + ")"), null);
        this.job = job;
    }

    /** The failed or cancelled job. */
    public JobSnapshot job() {
        return job;
    }

    @Override
    public String type() {
        return TYPE;
    }
}
