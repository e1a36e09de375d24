package dev.formfill.jobs;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Where jobs keep their files and metadata. The default is local disk: {@code <base>/<id>/input.pdf},
 * {@code output.pdf} and {@code job.json}. Ids are always manager-made UUIDs, never user input.
 * Implementations must be thread-safe; calls for one id are not concurrent except {@link #delete}.
 * One manager per storage: the local storage locks its base directory so that a second manager
 * (another process, say) cannot take over, fail or delete the first one's running jobs.
 */
public interface JobStorage extends AutoCloseable {

    /**
     * Creates the job's storage and streams the upload into its input file, reading at most
     * {@code maxBytes + 1} bytes (never buffering the whole upload). On any failure nothing of the
     * job is left behind.
     *
     * @return the input file
     * @throws UploadTooLargeException when the upload exceeds {@code maxBytes}
     * @throws JobStorageException     when it cannot be stored or the upload cannot be read
     */
    Path create(String id, InputStream upload, long maxBytes);

    /** The job's input file (which {@link #create} wrote). */
    Path input(String id);

    /** Where the job's output goes; the pipeline writes it atomically. */
    Path output(String id);

    /**
     * Called once the pipeline has written the output, before the job is ready: the local storage
     * makes it owner-only (core writes it with the process's default mode). The default does nothing.
     *
     * @throws JobStorageException when it cannot be done
     */
    default void outputWritten(String id) {
    }

    /**
     * Persists the job's metadata and stage log, atomically; does nothing if the job's storage is
     * gone (deleted meanwhile).
     *
     * @throws JobStorageException when it cannot be written
     */
    void save(JobSnapshot job);

    /** Every job found with readable metadata (for restart recovery); unreadable ones are skipped. */
    List<JobSnapshot> loadAll();

    /** The ids of every job directory present, readable or not (for orphan cleanup). */
    Set<String> storedIds();

    /** Removes the job's files; idempotent, never throws (failures are logged). */
    void delete(String id);

    /** Releases what the storage holds (the local storage's directory lock); the default does nothing. */
    @Override
    default void close() {
    }
}
