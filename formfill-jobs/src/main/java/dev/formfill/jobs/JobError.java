package dev.formfill.jobs;

import java.util.Objects;

/**
 * Why a job failed or was cancelled.
 *
 * @param type   stable error type: core's {@code FormFillException.type()} passed through unchanged
 *               ({@code EncryptedPdfError}, {@code InvalidPdfError}, ...), or one of the job-level types below
 * @param detail one human-readable sentence; never a stack trace
 */
public record JobError(String type, String detail) {

    /** The job ran longer than {@link JobSettings#jobTimeout()}. */
    public static final String TIMEOUT = "TimeoutError";
    /** The process stopped while the job was queued or running; found on restart. */
    public static final String INTERRUPTED = "InterruptedJobError";
    /** An unexpected exception; its stack trace is in the log, tagged with the job id. */
    public static final String INTERNAL = "InternalError";
    /** Cancelled by a caller or by shutdown (core's {@code CancelledError}). */
    public static final String CANCELLED = "CancelledError";

    /** Checks both parts are present. */
    public JobError {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(detail, "detail");
    }
}
