package dev.formfill.core;

/** An option value is out of range or inconsistent; {@link #field()} names the option. Type {@code InvalidOptionsError}. */
public final class InvalidOptionsException extends FormFillException {

    private static final long serialVersionUID = 1L;

    /** Stable type string of this error. */
    public static final String TYPE = "InvalidOptionsError";

    private final String field;

    public InvalidOptionsException(String field, String message) {
        super(field + ": " + message, null);
        this.field = field;
    }

    /** The option name as used in {@link PrepareOptions} and the job API, e.g. {@code confidence}. */
    public String field() {
        return field;
    }

    @Override
    public String type() {
        return TYPE;
    }
}
