package dev.formfill.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The output of a ready job, from {@link JobManager#result(String)}.
 *
 * <p>The file is removed when the job expires or is deleted. Open it promptly: an open stream stays
 * readable even if the file is removed meanwhile (POSIX semantics), a later {@link #open()} fails.
 *
 * @param job       the job's snapshot (status {@link JobStatus#READY})
 * @param path      the fillable PDF on disk
 * @param sizeBytes its size in bytes
 */
public record JobResult(JobSnapshot job, Path path, long sizeBytes) {

    /** Checks the parts. */
    public JobResult {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(path, "path");
    }

    /** Opens the PDF for reading. */
    public InputStream open() throws IOException {
        return Files.newInputStream(path);
    }

    /** The name to offer for download ({@code <original>_fillable.pdf}). */
    public String fileName() {
        return job.downloadName();
    }
}
