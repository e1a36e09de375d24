package dev.formfill.core;

/**
 * Root of every error FormFill reports. {@link #type()} is a stable string
 * ({@code EncryptedPdfError}, {@code InvalidPdfError}, ...) that the job and HTTP layers pass
 * through unchanged, so clients can branch on it; the message is one actionable sentence.
 */
public abstract class FormFillException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected FormFillException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The stable error type, e.g. {@code EncryptedPdfError}. */
    public abstract String type();
}
