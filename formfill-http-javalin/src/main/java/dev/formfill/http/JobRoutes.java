package dev.formfill.http;

import dev.formfill.jobs.JobManager;
import dev.formfill.jobs.JobResult;
import dev.formfill.jobs.JobSnapshot;
import io.javalin.http.Context;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The per-job routes: status, result, delete and the preview data of the upload page. Each checks the id's shape
 * and, when required, the job's token before touching the manager.
 */
final class JobRoutes {

    private static final Pattern JOB_ID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final JobManager jobs;
    private final JobTokens tokens;
    private final boolean tokenRequired;
    private final JobLinks links;
    private final Exchange exchange;

    JobRoutes(JobManager jobs, JobTokens tokens, boolean tokenRequired, JobLinks links, Exchange exchange) {
        this.jobs = jobs;
        this.tokens = tokens;
        this.tokenRequired = tokenRequired;
        this.links = links;
        this.exchange = exchange;
    }

    void status(Context ctx) {
        String id = authorizedId(ctx);
        JobSnapshot job = jobs.get(id).orElseThrow(() -> ApiException.notFound("no job with id " + id));
        ctx.header("Cache-Control", "no-store");
        exchange.json(ctx, 200, links.status(job));
    }

    void result(Context ctx) throws Exception {
        String id = authorizedId(ctx);
        JobResult r = jobs.result(id);
        InputStream in = r.open(); // Javalin streams it out and closes it after the handler
        ctx.status(200);
        ctx.disableCompression(); // keeps Content-Length true (and PDFs are compressed inside already)
        ctx.contentType("application/pdf");
        ctx.header("Content-Disposition", contentDisposition(r.fileName()));
        ctx.header("Content-Length", Long.toString(r.sizeBytes()));
        ctx.header("Cache-Control", "no-store");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.result(in);
    }

    void delete(Context ctx) {
        String id = authorizedId(ctx);
        jobs.delete(id);
        ctx.status(204);
    }

    void fields(Context ctx) throws Exception {
        String id = authorizedId(ctx);
        JobResult r = jobs.result(id);
        exchange.json(ctx, 200, Previews.fields(r.path()));
    }

    void page(Context ctx) throws Exception {
        String id = authorizedId(ctx);
        int page;
        try {
            page = Integer.parseInt(ctx.pathParam("page"));
        } catch (NumberFormatException e) {
            throw new ApiException(404, "PageNotFoundError", "Page not found", "page must be a 0-based page number");
        }
        JobResult r = jobs.result(id);
        byte[] png = Previews.pagePng(r.path(), page);
        if (png == null) {
            throw new ApiException(404, "PageNotFoundError", "Page not found", "the document has no page " + page);
        }
        ctx.contentType("image/png");
        ctx.header("Cache-Control", "private, max-age=300");
        ctx.result(png);
    }

    /**
     * The job id from the path, after checking its shape and the job token. A wrong token is refused before any
     * lookup, so it tells nothing about whether the job exists.
     */
    private String authorizedId(Context ctx) {
        String id = ctx.pathParam("id");
        if (!JOB_ID.matcher(id).matches()) {
            throw ApiException.notFound("no job with id " + id.substring(0, Math.min(64, id.length())));
        }
        id = id.toLowerCase(java.util.Locale.ROOT);
        Exchange.tagJob(ctx, id);
        if (tokenRequired) {
            String token = ctx.header("X-Job-Token");
            if (token == null) {
                token = ctx.queryParam("token");
            }
            if (!tokens.matches(id, token)) {
                throw new ApiException(403, "InvalidJobTokenError", "Forbidden",
                        "this job needs its token (X-Job-Token header or ?token=), as returned when it was created");
            }
        }
        return id;
    }

    /** An ASCII fallback name plus the exact name in RFC 5987 form, for clients that read it. */
    static String contentDisposition(String name) {
        String ascii = name.replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
