package dev.formfill.core;

/** The run was cancelled through its {@link CancellationToken}. Type {@code CancelledError}. */
public final class CancelledException extends FormFillException {

    private static final long serialVersionUID = 1L;

    /** Stable type string of this error. */
    public static final String TYPE = "CancelledError";

    public CancelledException(String message) {
        super(message, null);
    }

    public CancelledException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
