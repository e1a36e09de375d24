package dev.formfill.jobs;

import dev.formfill.core.FormFillException;

/**
 * The job queue is full, or the manager is shutting down: try again later (HTTP 429 with {@code Retry-After}).
 * {@link #shuttingDown()} tells the two apart.
 * Type {@code QueueFullError}.
 */
public final class QueueFullException extends FormFillException {

    private static final long serialVersionUID = 1L;

    /** Stable type string of this error. */
    public static final String TYPE = "QueueFullError";

    private final int capacity;
    private final boolean shuttingDown;

    /**
     * @param message      what happened
     * @param capacity     the queue capacity
     * @param shuttingDown true when the manager no longer accepts jobs at all
     */
    public QueueFullException(String message, int capacity, boolean shuttingDown) {
        super(message, null);
        this.capacity = capacity;
        this.shuttingDown = shuttingDown;
    }

    /** The queue capacity that was reached. */
    public int capacity() {
        return capacity;
    }

    /** Whether the manager is closing (retrying against this instance will not help). */
    public boolean shuttingDown() {
        return shuttingDown;
    }

    @Override
    public String type() {
        return TYPE;
    }
}
