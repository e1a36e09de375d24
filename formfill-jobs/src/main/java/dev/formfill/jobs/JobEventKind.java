package dev.formfill.jobs;

/** Which {@link JobListener} method an event goes to. */
enum JobEventKind {
    STATUS, PROGRESS, FINISHED, REMOVED
}
