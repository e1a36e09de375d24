package dev.formfill.jobs;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default {@link JobWorker}: a bounded FIFO queue served by {@code maxConcurrentJobs} threads,
 * each run holding one permit of a semaphore (shareable with other users of the same preparer, so
 * the cap holds across them), and a timer enforcing the per-job wall-clock limit.
 *
 * <p>The pipeline is never interrupted (core's rule: interrupting PDFBox I/O corrupts reads); it is
 * stopped cooperatively through the job's cancellation token. Only a thread still stuck after the
 * shutdown grace and a further grace is interrupted, as a last resort.
 */
final class InProcessWorker implements JobWorker {

    private static final Logger LOG = LoggerFactory.getLogger(InProcessWorker.class);

    private final int capacity;
    private final Duration timeout;
    private final Semaphore permits;
    private final Deque<JobTask> queue = new ArrayDeque<>();
    private final Set<JobTask> running = ConcurrentHashMap.newKeySet();
    private final List<Thread> threads = new ArrayList<>();
    private final ScheduledExecutorService timer;
    private boolean stopping; // guarded by queue

    InProcessWorker(JobSettings settings, Semaphore permits) {
        this.capacity = settings.queueCapacity();
        this.timeout = settings.jobTimeout();
        this.permits = permits;
        ScheduledThreadPoolExecutor t = new ScheduledThreadPoolExecutor(1, r -> daemon(r, "formfill-job-timer"));
        t.setRemoveOnCancelPolicy(true); // finished jobs' timeouts must not pile up
        this.timer = t;
        for (int i = 0; i < settings.maxConcurrentJobs(); i++) {
            Thread th = daemon(this::loop, "formfill-job-" + (i + 1));
            threads.add(th);
            th.start();
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true); // jobs are persisted; a forgotten close() must not keep the JVM alive
        return t;
    }

    @Override
    public void submit(JobTask task) {
        synchronized (queue) {
            if (stopping) {
                throw new QueueFullException("the job manager is shutting down", capacity, true);
            }
            if (queue.size() >= capacity) {
                throw new QueueFullException("the job queue is full (" + capacity + " waiting)", capacity, false);
            }
            queue.addLast(task);
            queue.notify();
        }
    }

    @Override
    public boolean withdraw(JobTask task) {
        synchronized (queue) {
            return queue.remove(task);
        }
    }

    @Override
    public boolean isFull() {
        synchronized (queue) {
            return stopping || queue.size() >= capacity;
        }
    }

    @Override
    public int queueDepth() {
        synchronized (queue) {
            return queue.size();
        }
    }

    @Override
    public int runningCount() {
        return running.size();
    }

    private JobTask take() throws InterruptedException {
        synchronized (queue) {
            while (queue.isEmpty() && !stopping) {
                queue.wait();
            }
            return queue.pollFirst(); // null once stopping and drained
        }
    }

    private void loop() {
        try {
            JobTask task;
            while ((task = take()) != null) {
                permits.acquire();
                try {
                    runOne(task);
                } finally {
                    permits.release();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // last-resort shutdown: just end
        }
    }

    private void runOne(JobTask task) {
        if (!task.begin()) {
            return; // cancelled while waiting
        }
        running.add(task);
        ScheduledFuture<?> limit = timer.schedule(() -> task.timeOut(timeout), timeout.toNanos(), TimeUnit.NANOSECONDS);
        try {
            task.execute();
        } catch (RuntimeException e) {
            // execute() never throws by contract; guard the thread anyway so the worker keeps serving.
            LOG.error("job {}: unexpected error escaped the task", task.id(), e);
            task.abort("cancelled after an internal error");
        } finally {
            limit.cancel(false);
            running.remove(task);
        }
    }

    @Override
    public void shutdown(Duration grace) {
        List<JobTask> waiting;
        synchronized (queue) {
            stopping = true;
            waiting = new ArrayList<>(queue);
            queue.clear();
            queue.notifyAll();
        }
        for (JobTask t : waiting) {
            t.abort("cancelled: the job manager shut down before the job started");
        }
        if (!joinAll(grace)) {
            for (JobTask t : List.copyOf(running)) {
                t.abort("cancelled: the job manager shut down before the job finished");
            }
            // Cancellation is noticed at the next page; give the pipelines a moment to get there.
            if (!joinAll(Duration.ofSeconds(5))) {
                LOG.warn("{} job threads still busy after shutdown; interrupting them", running.size());
                threads.forEach(Thread::interrupt);
                joinAll(Duration.ofSeconds(1));
            }
        }
        timer.shutdownNow();
    }

    private boolean joinAll(Duration d) {
        long deadline = System.nanoTime() + d.toNanos();
        try {
            for (Thread t : threads) {
                long left = deadline - System.nanoTime();
                if (left > 0) {
                    TimeUnit.NANOSECONDS.timedJoin(t, left);
                }
                if (t.isAlive()) {
                    return false;
                }
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
