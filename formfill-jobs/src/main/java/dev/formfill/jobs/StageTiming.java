package dev.formfill.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of a job's stage log: when the job first entered a status and how long it spent in it
 * in total (rendering and detecting alternate per page, so their time is summed over pages).
 *
 * @param status    a non-terminal status (queued … writing)
 * @param enteredAt when the job first entered it, from the manager's clock
 * @param duration  total time spent in it so far (measured with the monotonic timer)
 */
public record StageTiming(JobStatus status, Instant enteredAt, Duration duration) {

    /** Checks the parts. */
    public StageTiming {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(enteredAt, "enteredAt");
        Objects.requireNonNull(duration, "duration");
    }
}
