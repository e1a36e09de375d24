package dev.formfill.core;

/** The input is not a readable PDF: empty, truncated, or structurally broken. Type {@code InvalidPdfError}. */
public final class InvalidPdfException extends FormFillException {

    private static final long serialVersionUID = 1L;

    /** Stable type string of this error. */
    public static final String TYPE = "InvalidPdfError";

    public InvalidPdfException(String message) {
        super(message, null);
    }

    public InvalidPdfException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
