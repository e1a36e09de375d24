package dev.formfill.jobs;

import dev.formfill.core.FormFillException;

/**
 * No job has this id (never existed, deleted, or forgotten after expiry). HTTP 404.
 * Type {@code JobNotFoundError}.
 */
public final class JobNotFoundException extends FormFillException {

    private static final long serialVersionUID = 1L;

    /** Stable type string of this error. */
    public static final String TYPE = "JobNotFoundError";

    private final String jobId;

    /** @param jobId the id asked for, as given */
    public JobNotFoundException(String jobId) {
        super("no job with id " + jobId, null);
        this.jobId = jobId;
    }

    /** The id asked for. */
    public String jobId() {
        return jobId;
    }

    @Override
    public String type() {
        return TYPE;
    }
}
