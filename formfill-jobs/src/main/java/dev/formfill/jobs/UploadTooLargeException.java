package dev.formfill.jobs;

import dev.formfill.core.FormFillException;

/**
 * The upload is larger than {@link JobSettings#maxUploadBytes()}; nothing was kept. HTTP 413.
 * Type {@code UploadTooLargeError}.
 */
public final class UploadTooLargeException extends FormFillException {

    private static final long serialVersionUID = 1L;

    /** Stable type string of this error. */
    public static final String TYPE = "UploadTooLargeError";

    private final long limitBytes;

    /** @param limitBytes the configured limit */
    public UploadTooLargeException(long limitBytes) {
        super("the upload exceeds the limit of " + limitBytes + " bytes", null);
        this.limitBytes = limitBytes;
    }

    /** The configured limit in bytes. */
    public long limitBytes() {
        return limitBytes;
    }

    @Override
    public String type() {
        return TYPE;
    }
}
