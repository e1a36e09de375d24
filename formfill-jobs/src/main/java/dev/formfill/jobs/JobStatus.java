package dev.formfill.jobs;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Where a job is in its life. The running statuses mirror core's {@link dev.formfill.core.Stage}s;
 * {@link #READY}, {@link #FAILED} and {@link #CANCELLED} are terminal. The manager only ever moves
 * a job along {@link #canTransitionTo(JobStatus)}:
 *
 * <pre>
 * queued → validating → rendering ⇄ detecting → writing → ready
 *   (any non-terminal status) → failed | cancelled
 * </pre>
 *
 * Rendering and detecting alternate once per page, which is why {@code detecting → rendering} is legal.
 */
public enum JobStatus {
    /** Accepted, waiting for a worker. */
    QUEUED,
    /** Opening the PDF and checking it can be processed. */
    VALIDATING,
    /** Rendering a page. */
    RENDERING,
    /** Finding fields on a page. */
    DETECTING,
    /** Post-processing and writing the fillable PDF. */
    WRITING,
    /** Done; the fillable PDF can be downloaded until the job expires. */
    READY,
    /** Stopped by an error; {@link JobSnapshot#error()} says which. */
    FAILED,
    /** Cancelled by a caller or by shutdown. */
    CANCELLED;

    /** Lower-case id used in JSON and the HTTP API ({@code queued}, {@code ready}, ...). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses an {@link #id()} (case-insensitive). */
    public static JobStatus fromId(String id) {
        for (JobStatus s : values()) {
            if (s.id().equalsIgnoreCase(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown job status '" + id + "'");
    }

    /** Whether the job has finished (ready, failed or cancelled) and will never change again. */
    public boolean isTerminal() {
        return this == READY || this == FAILED || this == CANCELLED;
    }

    /** Whether a pipeline is (or was, when interrupted) working on the job: validating to writing. */
    public boolean isRunning() {
        return !isTerminal() && this != QUEUED;
    }

    /** The statuses this one may move to; empty for terminal statuses. */
    public Set<JobStatus> successors() {
        return switch (this) {
            case QUEUED -> EnumSet.of(VALIDATING, FAILED, CANCELLED);
            case VALIDATING -> EnumSet.of(RENDERING, FAILED, CANCELLED);
            case RENDERING -> EnumSet.of(DETECTING, FAILED, CANCELLED);
            case DETECTING -> EnumSet.of(RENDERING, WRITING, FAILED, CANCELLED);
            case WRITING -> EnumSet.of(READY, FAILED, CANCELLED);
            case READY, FAILED, CANCELLED -> EnumSet.noneOf(JobStatus.class);
        };
    }

    /** Whether {@code next} is a legal successor of this status. */
    public boolean canTransitionTo(JobStatus next) {
        return successors().contains(next);
    }
}
