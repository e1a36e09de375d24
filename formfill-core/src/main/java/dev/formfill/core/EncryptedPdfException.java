package dev.formfill.core;

/** The PDF is encrypted and the given password (or none) does not open it. Type {@code EncryptedPdfError}. */
public final class EncryptedPdfException extends FormFillException {

    private static final long serialVersionUID = 1L;

    /** Stable type string of this error. */
    public static final String TYPE = "EncryptedPdfError";

    public EncryptedPdfException(String message) {
        super(message, null);
    }

    public EncryptedPdfException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
