package dev.formfill.jobs;

import dev.formfill.core.FormPreparer;
import dev.formfill.core.PrepareOptions;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@code prepareForm} asynchronously for many callers: accepts uploads, queues them, runs them
 * with capped concurrency on one shared {@link FormPreparer}, reports progress, keeps results until
 * their TTL and cleans up after itself. One per application; thread-safe.
 *
 * <pre>{@code
 * try (JobManager jobs = JobManager.builder().settings(JobSettings.fromEnvironment(System.getenv())).build()) {
 *     JobSnapshot job = jobs.submit(upload, "form.pdf", PrepareOptions.defaults());
 *     // later: jobs.get(job.id()), then jobs.result(job.id()).open()
 * }
 * }</pre>
 *
 * <p>Every job ends in a terminal status (ready, failed, cancelled), also on shutdown; a manager
 * started over an existing base directory finds the earlier jobs (see {@link Builder#build()}).
 */
public final class JobManager implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(JobManager.class);

    private final JobSettings settings;
    private final JobStorage storage;
    private final JobWorker worker;
    private final FormPreparer preparer;
    private final boolean ownsPreparer;
    private final boolean ownsStorage;
    private final Map<String, ManagedJob> jobs = new ConcurrentHashMap<>();
    /** Ids whose directory is being created but not yet registered: not orphans. */
    private final Set<String> reserved = ConcurrentHashMap.newKeySet();
    /** Recently expired ids (id → when), so result() can say 410 rather than 404 for a while. */
    private final Map<String, Instant> expired = new ConcurrentHashMap<>();
    private final List<JobListener> listeners = new CopyOnWriteArrayList<>();
    private final JobContext context;
    private final ScheduledExecutorService cleaner;
    private final Object lifecycle = new Object();
    private volatile boolean accepting = true;
    private boolean closed;

    private JobManager(Builder b, JobSettings settings, JobStorage storage, boolean ownsStorage) {
        this.settings = settings;
        this.storage = storage;
        this.ownsStorage = ownsStorage;
        this.ownsPreparer = b.preparer == null;
        this.preparer = ownsPreparer ? FormPreparer.builder().build() : b.preparer;
        this.listeners.addAll(b.listeners);
        this.context = new JobContext(preparer, storage, settings.clock(), settings.ttl(), this::dispatch);
        recover(); // before any thread starts, so a failure here leaks nothing
        this.worker = b.worker != null ? b.worker
                : new InProcessWorker(settings, b.permits != null ? b.permits : new Semaphore(settings.maxConcurrentJobs(), true));
        this.cleaner = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "formfill-job-cleanup");
            t.setDaemon(true);
            return t;
        });
        long every = settings.cleanupInterval().toMillis();
        cleaner.scheduleWithFixedDelay(this::cleanupQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    /** A builder with default settings, local-disk storage and the in-process worker. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Stores the upload and queues a job for it. Returns at once with status queued, progress 0.
     *
     * @param pdf          the PDF bytes; read here, up to {@link JobSettings#maxUploadBytes()} + 1 bytes, not closed
     * @param originalName the client's file name (display and download name only; may be null)
     * @param options      the run's options (validated by their builder)
     * @throws QueueFullException      when the queue is full or the manager is shutting down (nothing stored)
     * @throws UploadTooLargeException when the upload exceeds the limit (nothing stored)
     * @throws JobStorageException     when the upload cannot be stored (nothing left behind)
     */
    public JobSnapshot submit(InputStream pdf, String originalName, PrepareOptions options) {
        Objects.requireNonNull(pdf, "pdf");
        Objects.requireNonNull(options, "options");
        if (!accepting) {
            throw new QueueFullException("the job manager is shutting down", settings.queueCapacity(), true);
        }
        if (worker.isFull()) {
            throw new QueueFullException("the job queue is full (" + settings.queueCapacity() + " waiting)",
                    settings.queueCapacity(), false);
        }
        String id = UUID.randomUUID().toString();
        reserved.add(id);
        try {
            Path input = storage.create(id, pdf, settings.maxUploadBytes());
            ManagedJob job = new ManagedJob(id, cleanName(originalName), options, input, storage.output(id), context);
            // Registered before the worker sees it, so listeners and callers can always look it up.
            jobs.put(id, job);
            try {
                return job.enqueue(worker);
            } catch (RuntimeException e) {
                jobs.remove(id);
                storage.delete(id);
                throw e;
            }
        } finally {
            reserved.remove(id);
        }
    }

    /** The job's current state; empty for unknown, deleted and expired-and-removed ids. */
    public Optional<JobSnapshot> get(String id) {
        ManagedJob job = id == null ? null : jobs.get(id);
        return job == null ? Optional.empty() : Optional.of(job.snapshot());
    }

    /**
     * The output of a ready job.
     *
     * @throws JobNotFoundException when no job has this id
     * @throws JobNotReadyException while it is queued or running
     * @throws JobExpiredException  when it finished longer than the TTL ago (or its file is gone)
     * @throws JobFailedException   when it failed or was cancelled
     */
    public JobResult result(String id) {
        ManagedJob job = find(id);
        JobSnapshot s = job.snapshot();
        if (!s.isTerminal()) {
            throw new JobNotReadyException(s);
        }
        if (s.status() != JobStatus.READY) {
            throw new JobFailedException(s);
        }
        if (!settings.clock().instant().isBefore(s.expiresAt())) {
            throw new JobExpiredException(id);
        }
        Path out = storage.output(id);
        try {
            return new JobResult(s, out, Files.size(out));
        } catch (java.io.IOException e) {
            // Removed under us (deleted or expired meanwhile): for the caller it is gone.
            throw new JobExpiredException(id);
        }
    }

    /**
     * Cancels a queued or running job; it stays listed (status cancelled) until its TTL. A running
     * pipeline stops at its next page boundary; the status is cancelled at once.
     *
     * @return the job after the call (unchanged if it had already finished)
     * @throws JobNotFoundException when no job has this id
     * @throws JobExpiredException  when it has expired
     */
    public JobSnapshot cancel(String id) {
        ManagedJob job = find(id);
        job.abort("cancelled by request");
        return job.snapshot();
    }

    /**
     * Cancels the job if it is still queued or running, then removes it and its files.
     *
     * @return the job as it was when removed
     * @throws JobNotFoundException when no job has this id
     * @throws JobExpiredException  when it has expired
     */
    public JobSnapshot delete(String id) {
        ManagedJob job = find(id);
        if (!jobs.remove(id, job)) {
            throw new JobNotFoundException(id);
        }
        JobSnapshot last = job.delete();
        storage.delete(id);
        dispatchRemoved(last);
        return last;
    }

    /** Every job currently known, oldest first. */
    public List<JobSnapshot> list() {
        List<JobSnapshot> all = new ArrayList<>();
        for (ManagedJob j : jobs.values()) {
            all.add(j.snapshot());
        }
        all.sort(Comparator.comparing(JobSnapshot::createdAt).thenComparing(JobSnapshot::id));
        return all;
    }

    /** Registers a listener for job events. */
    public void addListener(JobListener listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    /** Removes a listener registered before. */
    public void removeListener(JobListener listener) {
        listeners.remove(listener);
    }

    /** Jobs waiting for a worker (for /health and metrics). */
    public int queueDepth() {
        return worker.queueDepth();
    }

    /** Pipeline runs in progress (for /health and metrics). */
    public int runningCount() {
        return worker.runningCount();
    }

    /** Whether {@link #submit} currently accepts jobs (false once closing). */
    public boolean isAccepting() {
        return accepting;
    }

    /** The settings in use. */
    public JobSettings settings() {
        return settings;
    }

    /**
     * Runs the TTL cleanup now (it also runs every {@link JobSettings#cleanupInterval()}): removes
     * finished jobs older than the TTL, state and files, and job directories no job owns.
     *
     * @return how many jobs and orphaned directories were removed
     */
    public synchronized int purgeExpired() {
        Instant now = settings.clock().instant();
        int removed = 0;
        for (ManagedJob job : jobs.values()) {
            JobSnapshot s = job.snapshot();
            if (s.isTerminal() && !now.isBefore(s.expiresAt()) && jobs.remove(s.id(), job)) {
                expired.put(s.id(), now);
                JobSnapshot last = job.delete();
                storage.delete(s.id());
                dispatchRemoved(last);
                removed++;
            }
        }
        // The directory listing comes first: any directory in it was reserved before it was created,
        // and stays reserved until its job is registered, so a live upload is never taken for an orphan.
        for (String id : storage.storedIds()) {
            if (!jobs.containsKey(id) && !reserved.contains(id)) {
                LOG.info("removing orphaned job directory {}", id);
                storage.delete(id);
                removed++;
            }
        }
        expired.values().removeIf(at -> !now.isBefore(at.plus(settings.ttl())));
        return removed;
    }

    /**
     * Graceful shutdown: stops accepting, cancels queued jobs, lets running ones finish within
     * {@link JobSettings#shutdownGrace()}, cancels the rest. Afterwards every job is terminal and
     * persisted. Closes the {@code FormPreparer} if the builder created it. Idempotent.
     */
    @Override
    public void close() {
        synchronized (lifecycle) {
            if (closed) {
                return;
            }
            closed = true;
            accepting = false;
        }
        cleaner.shutdownNow();
        worker.shutdown(settings.shutdownGrace());
        for (ManagedJob job : jobs.values()) {
            job.abort("cancelled: the job manager shut down");
        }
        if (ownsPreparer) {
            preparer.close();
        }
        if (ownsStorage) {
            storage.close();
        }
    }

    private ManagedJob find(String id) {
        ManagedJob job = id == null ? null : jobs.get(id);
        if (job != null) {
            return job;
        }
        if (id != null && expired.containsKey(id)) {
            throw new JobExpiredException(id);
        }
        throw new JobNotFoundException(id);
    }

    /** Loads earlier jobs: finished ones stay until their TTL, interrupted ones become failed. */
    private void recover() {
        for (JobSnapshot s : storage.loadAll()) {
            ManagedJob job = ManagedJob.restore(s, storage.input(s.id()), storage.output(s.id()), context);
            jobs.put(s.id(), job);
        }
        if (!jobs.isEmpty()) {
            LOG.info("found {} earlier jobs in {}", jobs.size(), settings.baseDir());
        }
    }

    private void cleanupQuietly() {
        try {
            purgeExpired();
        } catch (RuntimeException e) {
            LOG.warn("job cleanup failed; retrying at the next interval", e);
        }
    }

    private void dispatch(JobEventKind kind, JobSnapshot s, JobStatus previous) {
        for (JobListener l : listeners) {
            try {
                switch (kind) {
                    case STATUS -> l.onStatusChange(s, previous);
                    case PROGRESS -> l.onProgress(s);
                    case FINISHED -> l.onFinished(s);
                    case REMOVED -> l.onRemoved(s);
                }
            } catch (RuntimeException e) {
                LOG.warn("job listener {} failed on {} of job {}; ignoring it", l, kind, s.id(), e);
            }
        }
    }

    private void dispatchRemoved(JobSnapshot s) {
        dispatch(JobEventKind.REMOVED, s, s.status());
    }

    private static String cleanName(String name) {
        if (name == null || name.isBlank()) {
            return "document.pdf";
        }
        // Display only, but keep logs and JSON sane: no control characters, bounded length.
        String n = name.replaceAll("\\p{Cntrl}", "").trim();
        return n.length() > 255 ? n.substring(n.length() - 255) : n.isEmpty() ? "document.pdf" : n;
    }

    /** Builder for {@link JobManager}. */
    public static final class Builder {
        private JobSettings settings = JobSettings.defaults();
        private FormPreparer preparer;
        private JobStorage storage;
        private JobWorker worker;
        private Semaphore permits;
        private final List<JobListener> listeners = new ArrayList<>();

        private Builder() {
        }

        /** The settings (default {@link JobSettings#defaults()}). */
        public Builder settings(JobSettings v) {
            this.settings = Objects.requireNonNull(v);
            return this;
        }

        /**
         * The one shared preparer (so one set of detectors / ONNX sessions serves every job). The
         * caller keeps ownership and closes it after the manager. Default: one built here, closed by
         * {@link JobManager#close()}.
         */
        public Builder preparer(FormPreparer v) {
            this.preparer = Objects.requireNonNull(v);
            return this;
        }

        /** Storage (default: local disk under {@link JobSettings#baseDir()}); the caller closes one given here. */
        public Builder storage(JobStorage v) {
            this.storage = Objects.requireNonNull(v);
            return this;
        }

        /** Worker (default: the in-process worker). */
        public Builder worker(JobWorker v) {
            this.worker = Objects.requireNonNull(v);
            return this;
        }

        /**
         * The semaphore the in-process worker acquires around each pipeline run, to share one cap
         * with other users of the same preparer (default: a new one with
         * {@link JobSettings#maxConcurrentJobs()} permits).
         */
        public Builder permits(Semaphore v) {
            this.permits = Objects.requireNonNull(v);
            return this;
        }

        /** Adds a listener from the start (it also sees restart recovery's failures). */
        public Builder listener(JobListener v) {
            this.listeners.add(Objects.requireNonNull(v));
            return this;
        }

        /**
         * Builds the manager and starts its cleanup schedule. Jobs found under the base directory
         * are taken over: finished ones stay downloadable until their TTL, queued or running ones
         * are marked failed with {@code InterruptedJobError}.
         *
         * @throws JobStorageException when the base directory cannot be created or used, or another
         *                             manager (in this or another process) is using it
         */
        public JobManager build() {
            if (storage != null) {
                return new JobManager(this, settings, storage, false);
            }
            JobStorage local = new LocalDiskStorage(settings.baseDir());
            try {
                return new JobManager(this, settings, local, true);
            } catch (RuntimeException | Error e) {
                local.close();
                throw e;
            }
        }
    }
}
