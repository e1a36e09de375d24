package dev.formfill.jobs;

import dev.formfill.core.PrepareOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable view of one job at one moment. The manager publishes a new snapshot at every
 * change; holding one never blocks the job.
 *
 * @param id           random UUIDv4 chosen by the manager (never from user input)
 * @param status       current status
 * @param progress     0..1; never decreases; 1.0 exactly when {@link JobStatus#READY}
 * @param message      short human-readable state ("detecting fields on page 2 of 5"), never null
 * @param error        why it failed or was cancelled; {@code null} otherwise
 * @param originalName the uploaded file's name as given by the client (display only)
 * @param options      the run's options, with the password removed
 * @param pageCount    pages the run processes (0 until validated)
 * @param fieldCount   fields written (0 until ready)
 * @param createdAt    when it was submitted
 * @param startedAt    when a worker started it; {@code null} while queued or if it never ran
 * @param finishedAt   when it reached a terminal status; {@code null} before
 * @param expiresAt    when the TTL cleanup removes it ({@code finishedAt + ttl}); {@code null} before finishing
 * @param stages       the stage log, in the order the statuses were first entered
 */
public record JobSnapshot(String id, JobStatus status, double progress, String message, JobError error,
                          String originalName, PrepareOptions options, int pageCount, int fieldCount,
                          Instant createdAt, Instant startedAt, Instant finishedAt, Instant expiresAt,
                          List<StageTiming> stages) {

    /** Checks the required parts and copies the stage log; strips the password from the options. */
    public JobSnapshot {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(originalName, "originalName");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(createdAt, "createdAt");
        if (!(progress >= 0 && progress <= 1)) {
            throw new IllegalArgumentException("progress must be within 0..1, got " + progress);
        }
        if (options.password() != null) {
            options = options.toBuilder().password(null).build();
        }
        stages = List.copyOf(stages);
    }

    /** Whether the job has finished (ready, failed or cancelled). */
    public boolean isTerminal() {
        return status.isTerminal();
    }

    /** Total time per status, from the stage log (queued, validating, rendering, detecting, writing). */
    public Map<JobStatus, Duration> stageDurations() {
        Map<JobStatus, Duration> m = new EnumMap<>(JobStatus.class);
        for (StageTiming t : stages) {
            m.merge(t.status(), t.duration(), Duration::plus);
        }
        return m;
    }

    /**
     * The file name to offer for download: the original name without directories and without a
     * {@code .pdf} extension, plus {@code _fillable.pdf}; characters other than letters, digits,
     * {@code . _ -} become {@code _}.
     */
    public String downloadName() {
        String base = originalName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        if (base.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
            base = base.substring(0, base.length() - 4);
        }
        base = base.replaceAll("[^\\p{L}\\p{N}._-]", "_");
        if (base.isEmpty() || base.chars().allMatch(c -> c == '.' || c == '_')) {
            base = "document";
        }
        return base + "_fillable.pdf";
    }
}
