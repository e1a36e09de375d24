package dev.formfill.jobs;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** Records every listener event, and lets a test wait for a job to finish. */
final class Events implements JobListener {

    /** One recorded event. */
    record Event(String kind, JobSnapshot job, JobStatus previous) {
    }

    final List<Event> all = new CopyOnWriteArrayList<>();
    private final Map<String, CompletableFuture<JobSnapshot>> finished = new ConcurrentHashMap<>();

    @Override
    public void onStatusChange(JobSnapshot job, JobStatus previous) {
        all.add(new Event("status", job, previous));
    }

    @Override
    public void onProgress(JobSnapshot job) {
        all.add(new Event("progress", job, null));
    }

    @Override
    public void onFinished(JobSnapshot job) {
        all.add(new Event("finished", job, null));
        future(job.id()).complete(job);
    }

    @Override
    public void onRemoved(JobSnapshot job) {
        all.add(new Event("removed", job, null));
    }

    private CompletableFuture<JobSnapshot> future(String id) {
        return finished.computeIfAbsent(id, k -> new CompletableFuture<>());
    }

    /** Waits (generously) for the job's finished event. */
    JobSnapshot await(String id) throws Exception {
        return future(id).get(2, TimeUnit.MINUTES);
    }

    List<Event> of(String id) {
        return all.stream().filter(e -> e.job().id().equals(id)).toList();
    }
}
