package dev.formfill.http;

import dev.formfill.jobs.JobSnapshot;
import dev.formfill.jobs.JobStatus;
import java.util.LinkedHashMap;
import java.util.Map;

/** URLs of a job's resources, absolute when a public base URL is configured, else root-relative. */
final class JobLinks {

    private final String base;
    private final JobTokens tokens;
    private final boolean tokenInUrls;

    JobLinks(String publicBaseUrl, JobTokens tokens, boolean tokenRequired) {
        this.base = publicBaseUrl == null ? "" : publicBaseUrl;
        this.tokens = tokens;
        this.tokenInUrls = tokenRequired;
    }

    String job(String id) {
        return base + "/jobs/" + id;
    }

    /** The download URL; carries the token when tokens are required, so the link works in a browser. */
    String result(String id) {
        return base + "/jobs/" + id + "/result" + (tokenInUrls ? "?token=" + tokens.tokenFor(id) : "");
    }

    /**
     * The body of {@code 202 Accepted}: the job as accepted (queued, progress 0), even if a free worker has already
     * picked it up by the time the response is written; the status URL has the live state.
     */
    Map<String, Object> created(JobSnapshot job) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("job_id", job.id());
        m.put("status", JobStatus.QUEUED.id());
        m.put("progress", 0.0);
        m.put("token", tokens.tokenFor(job.id()));
        m.put("status_url", job(job.id()));
        return m;
    }

    Map<String, Object> status(JobSnapshot job) {
        return JobJson.of(job, result(job.id()));
    }
}
