package dev.formfill.cli;

import dev.formfill.core.CancelledException;
import dev.formfill.core.EncryptedPdfException;
import dev.formfill.core.FormFillException;
import dev.formfill.core.InvalidOptionsException;
import dev.formfill.core.InvalidPdfException;
import dev.formfill.core.ModelUnavailableException;
import dev.formfill.core.OutputWriteException;
import dev.formfill.core.PdfTooLargeException;
import dev.formfill.core.XfaFormException;

/** Process exit codes of the CLI, one per kind of failure, so scripts can branch on them. */
public final class ExitCodes {

    /** Success. */
    public static final int OK = 0;
    /** An unexpected internal error (a bug: please report it). */
    public static final int INTERNAL = 1;
    /** Bad command line or option value. */
    public static final int USAGE = 2;
    /** The input is not a readable PDF, has no usable layout (XFA), or exceeds a limit. */
    public static final int BAD_PDF = 3;
    /** The input is encrypted and the password is missing or wrong. */
    public static final int ENCRYPTED = 4;
    /** The requested model is unknown, not pulled, or cannot be loaded. */
    public static final int MODEL_UNAVAILABLE = 5;
    /** The output could not be written, or a download failed. */
    public static final int IO = 6;
    /** The run was cancelled. */
    public static final int CANCELLED = 130;

    private ExitCodes() {
    }

    /** The exit code for a typed error. */
    public static int of(FormFillException e) {
        if (e instanceof EncryptedPdfException) {
            return ENCRYPTED;
        }
        if (e instanceof InvalidPdfException || e instanceof XfaFormException || e instanceof PdfTooLargeException) {
            return BAD_PDF;
        }
        if (e instanceof ModelUnavailableException) {
            return MODEL_UNAVAILABLE;
        }
        if (e instanceof InvalidOptionsException) {
            return USAGE;
        }
        if (e instanceof OutputWriteException) {
            return IO;
        }
        if (e instanceof CancelledException) {
            return CANCELLED;
        }
        return INTERNAL;
    }
}
