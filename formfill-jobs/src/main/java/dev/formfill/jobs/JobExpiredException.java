package dev.formfill.jobs;

import dev.formfill.core.FormFillException;

/**
 * The job finished longer ago than the TTL and its files are gone (or going). HTTP 410.
 * Type {@code JobExpiredError}.
 */
public final class JobExpiredException extends FormFillException {

    private static final long serialVersionUID = 1L;

    /** Stable type string of this error. */
    public static final String TYPE = "JobExpiredError";

    private final String jobId;

    /** @param jobId the expired job */
    public JobExpiredException(String jobId) {
        super("job " + jobId + " has expired and its result was removed", null);
        this.jobId = jobId;
    }

    /** The expired job. */
    public String jobId() {
        return jobId;
    }

    @Override
    public String type() {
        return TYPE;
    }
}
