package dev.formfill.core;

/** The output could not be written (target directory missing or not writable, disk full). Type {@code OutputWriteError}. */
public final class OutputWriteException extends FormFillException {

    private static final long serialVersionUID = 1L;

    /** Stable type string of this error. */
    public static final String TYPE = "OutputWriteError";

    public OutputWriteException(String message) {
        super(message, null);
    }

    public OutputWriteException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
