package dev.formfill.core;

/** The PDF is a dynamic XFA form with no page layout to put fields on. Type {@code XfaFormError}. */
public final class XfaFormException extends FormFillException {

    private static final long serialVersionUID = 1L;

    /** Stable type string of this error. */
    public static final String TYPE = "XfaFormError";

    public XfaFormException(String message) {
        super(message, null);
    }

    public XfaFormException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
