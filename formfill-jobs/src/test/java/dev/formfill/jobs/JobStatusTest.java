package dev.formfill.jobs;

import static dev.formfill.jobs.JobStatus.CANCELLED;
import static dev.formfill.jobs.JobStatus.DETECTING;
import static dev.formfill.jobs.JobStatus.FAILED;
import static dev.formfill.jobs.JobStatus.QUEUED;
import static dev.formfill.jobs.JobStatus.READY;
import static dev.formfill.jobs.JobStatus.RENDERING;
import static dev.formfill.jobs.JobStatus.VALIDATING;
import static dev.formfill.jobs.JobStatus.WRITING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.formfill.core.Stage;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JobStatusTest {

    @Test
    void theTransitionTableIsExactlyTheLifecycle() {
        Map<JobStatus, Set<JobStatus>> expected = Map.of(
                QUEUED, EnumSet.of(VALIDATING, FAILED, CANCELLED),
                VALIDATING, EnumSet.of(RENDERING, FAILED, CANCELLED),
                RENDERING, EnumSet.of(DETECTING, FAILED, CANCELLED),
                DETECTING, EnumSet.of(RENDERING, WRITING, FAILED, CANCELLED),
                WRITING, EnumSet.of(READY, FAILED, CANCELLED),
                READY, EnumSet.noneOf(JobStatus.class),
                FAILED, EnumSet.noneOf(JobStatus.class),
                CANCELLED, EnumSet.noneOf(JobStatus.class));
        for (JobStatus from : JobStatus.values()) {
            for (JobStatus to : JobStatus.values()) {
                assertEquals(expected.get(from).contains(to), from.canTransitionTo(to), from + " -> " + to);
            }
        }
    }

    @Test
    void terminalAndRunningPartitionTheStatuses() {
        assertEquals(EnumSet.of(READY, FAILED, CANCELLED), EnumSet.copyOf(
                List.of(JobStatus.values()).stream().filter(JobStatus::isTerminal).toList()));
        assertEquals(EnumSet.of(VALIDATING, RENDERING, DETECTING, WRITING), EnumSet.copyOf(
                List.of(JobStatus.values()).stream().filter(JobStatus::isRunning).toList()));
    }

    @Test
    void idsAreLowerCaseAndMatchCoreStages() {
        for (JobStatus s : JobStatus.values()) {
            assertEquals(s, JobStatus.fromId(s.id()));
            assertEquals(s.name().toLowerCase(java.util.Locale.ROOT), s.id());
        }
        for (Stage st : List.of(Stage.VALIDATING, Stage.RENDERING, Stage.DETECTING, Stage.WRITING)) {
            assertEquals(st.id(), JobStatus.fromId(st.id()).id());
        }
        assertEquals(READY, JobStatus.fromId("Ready"));
        assertThrows(IllegalArgumentException.class, () -> JobStatus.fromId("done"));
    }
}
