package dev.formfill.http;

import dev.formfill.core.FormFillException;
import dev.formfill.core.InvalidOptionsException;
import dev.formfill.jobs.JobExpiredException;
import dev.formfill.jobs.JobFailedException;
import dev.formfill.jobs.JobNotFoundException;
import dev.formfill.jobs.JobNotReadyException;
import dev.formfill.jobs.JobStorageException;
import dev.formfill.jobs.QueueFullException;
import dev.formfill.jobs.UploadTooLargeException;
import java.time.Duration;

/**
 * Maps the library's typed errors to HTTP problems. The {@code type} member is the error's stable type string
 * ({@code QueueFullError}, {@code InvalidOptionsError}, ...), so clients branch on the same names in-process and
 * over HTTP.
 */
final class Problems {

    private final Duration retryAfter;

    Problems(Duration retryAfter) {
        this.retryAfter = retryAfter;
    }

    /** The problem for a typed library error. */
    ApiException of(FormFillException e) {
        if (e instanceof InvalidOptionsException io) {
            return new ApiException(422, e.type(), "Invalid options", e.getMessage()).with("field", io.field());
        }
        if (e instanceof JobNotFoundException) {
            return new ApiException(404, e.type(), "Job not found", e.getMessage());
        }
        if (e instanceof JobExpiredException) {
            return new ApiException(410, e.type(), "Job expired", e.getMessage());
        }
        if (e instanceof JobNotReadyException nr) {
            return new ApiException(409, e.type(), "Job not ready", e.getMessage())
                    .with("job_status", nr.job().status().id()).with("progress", nr.job().progress());
        }
        if (e instanceof JobFailedException jf) {
            ApiException a = new ApiException(409, e.type(), "Job has no result", e.getMessage())
                    .with("job_status", jf.job().status().id());
            if (jf.job().error() != null) {
                a.with("error", JobJson.error(jf.job().error()));
            }
            return a;
        }
        if (e instanceof UploadTooLargeException tl) {
            return tooLarge(tl.limitBytes());
        }
        if (e instanceof QueueFullException qf) {
            return new ApiException(qf.shuttingDown() ? 503 : 429, e.type(),
                    qf.shuttingDown() ? "Shutting down" : "Queue full", e.getMessage())
                    .header("Retry-After", Long.toString(Math.max(1, retryAfter.toSeconds())));
        }
        if (e instanceof JobStorageException) {
            // The detail may name server paths: keep it in the log only.
            return new ApiException(500, e.type(), "Storage error", "the job could not be stored; see the server log");
        }
        // Any other typed pipeline error raised synchronously is a problem with the request's content.
        return new ApiException(422, e.type(), "Unprocessable request", e.getMessage());
    }

    ApiException tooLarge(long limitBytes) {
        return new ApiException(413, UploadTooLargeException.TYPE, "Upload too large",
                "the upload exceeds the limit of " + limitBytes + " bytes").with("limit_bytes", limitBytes);
    }

    static ApiException internal() {
        return new ApiException(500, "InternalError", "Internal server error",
                "an unexpected error occurred; the server log has the details under this request id");
    }
}
