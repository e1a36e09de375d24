package dev.formfill.http;

import dev.formfill.jobs.JobError;
import dev.formfill.jobs.JobSnapshot;
import dev.formfill.jobs.JobStatus;
import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON shape of a job in the API (snake_case members; absent members are omitted, never null). */
final class JobJson {

    private JobJson() {
    }

    /**
     * @param job         the snapshot
     * @param resultUrl   where the result downloads from (with the token when tokens are required)
     */
    static Map<String, Object> of(JobSnapshot job, String resultUrl) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("job_id", job.id());
        m.put("status", job.status().id());
        m.put("progress", round(job.progress()));
        m.put("message", job.message());
        m.put("original_name", job.originalName());
        if (job.pageCount() > 0) {
            m.put("page_count", job.pageCount());
        }
        if (job.status() == JobStatus.READY) {
            m.put("field_count", job.fieldCount());
            m.put("download_url", resultUrl);
        }
        if (job.error() != null) {
            m.put("error", error(job.error()));
        }
        m.put("created_at", job.createdAt().toString());
        if (job.startedAt() != null) {
            m.put("started_at", job.startedAt().toString());
        }
        if (job.finishedAt() != null) {
            m.put("finished_at", job.finishedAt().toString());
        }
        if (job.expiresAt() != null) {
            m.put("expires_at", job.expiresAt().toString());
        }
        return m;
    }

    static Map<String, Object> error(JobError e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", e.type());
        m.put("detail", e.detail());
        return m;
    }

    /** Progress to 4 decimals: clients show percentages, not float noise. */
    static double round(double p) {
        return Math.round(p * 10_000) / 10_000.0;
    }
}
