package dev.formfill.core;

/**
 * Cooperative cancellation for one pipeline run. The pipeline checks it between pages and
 * between stages (never by interrupting PDFBox I/O, which can corrupt reads) and then throws
 * {@link CancelledException}. Thread-safe.
 */
public final class CancellationToken {

    private volatile boolean cancelled;

    /** A token nobody will cancel. */
    public static CancellationToken none() {
        return new CancellationToken();
    }

    /** Requests cancellation; the run stops at its next check. */
    public void cancel() {
        cancelled = true;
    }

    /** Whether cancellation was requested. */
    public boolean isCancelled() {
        return cancelled;
    }

    /** Throws {@link CancelledException} when cancelled. */
    public void throwIfCancelled() {
        if (cancelled) {
            throw new CancelledException("the run was cancelled");
        }
    }
}
