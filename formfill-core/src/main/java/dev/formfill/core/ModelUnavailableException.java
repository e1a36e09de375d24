package dev.formfill.core;

/** The requested detector model is unknown, not downloaded, or cannot be loaded. Type {@code ModelUnavailableError}. */
public final class ModelUnavailableException extends FormFillException {

    private static final long serialVersionUID = 1L;

    /** Stable type string of this error. */
    public static final String TYPE = "ModelUnavailableError";

    public ModelUnavailableException(String message) {
        super(message, null);
    }

    public ModelUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
