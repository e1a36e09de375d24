package dev.formfill.jobs;

import dev.formfill.core.FormFillException;

/**
 * Job storage failed: the job directory cannot be created or written (disk full, permissions), or
 * reading the upload failed. Whatever was partly written has been removed. HTTP 500 (503 if persistent).
 * Type {@code StorageError}.
 */
public final class JobStorageException extends FormFillException {

    private static final long serialVersionUID = 1L;

    /** Stable type string of this error. */
    public static final String TYPE = "StorageError";

    /**
     * @param message what failed, naming the path
     * @param cause   the I/O error
     */
    public JobStorageException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
