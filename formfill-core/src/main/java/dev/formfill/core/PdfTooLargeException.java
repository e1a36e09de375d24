package dev.formfill.core;

/** The PDF exceeds a configured limit (page count, upload size). Type {@code PdfTooLargeError}. */
public final class PdfTooLargeException extends FormFillException {

    private static final long serialVersionUID = 1L;

    /** Stable type string of this error. */
    public static final String TYPE = "PdfTooLargeError";

    public PdfTooLargeException(String message) {
        super(message, null);
    }

    public PdfTooLargeException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
