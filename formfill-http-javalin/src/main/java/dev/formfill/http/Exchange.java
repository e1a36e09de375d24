package dev.formfill.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.formfill.core.FormFillException;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Wraps every FormFill handler: request id (taken from {@code X-Request-Id} when sane, else new) in the response and
 * the MDC, CORS headers, the API key check, error mapping to {@code application/problem+json}, an access log line
 * and the HTTP metrics. Doing this per handler, not with app-wide before/after/exception hooks, keeps the plugin from
 * changing how the rest of a host application's routes behave.
 */
final class Exchange {

    /** Who may call a route. */
    enum Access {
        /** Anyone (page, health, metrics, API description). */
        PUBLIC,
        /** Needs the API key when one is configured. */
        API_KEY
    }

    /** A handler body; may throw anything, the wrapper maps it. */
    interface Action {
        void handle(Context ctx) throws Exception;
    }

    static final String REQUEST_ID = "request_id";
    static final String JOB_ID = "job_id";
    static final String PROBLEM_JSON = "application/problem+json";

    private static final Logger ACCESS = LoggerFactory.getLogger("dev.formfill.http.access");
    private static final Logger LOG = LoggerFactory.getLogger(Exchange.class);
    private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final String apiKey;
    private final Cors cors;
    private final Problems problems;
    private final HttpMetrics metrics;
    private final ObjectMapper json;

    Exchange(String apiKey, Cors cors, Problems problems, HttpMetrics metrics, ObjectMapper json) {
        this.apiKey = apiKey;
        this.cors = cors;
        this.problems = problems;
        this.metrics = metrics;
        this.json = json;
    }

    /** The wrapped handler for {@code route} (the route template, used as the metrics tag). */
    Handler wrap(String method, String route, Access access, Action action) {
        return ctx -> run(method, route, access, action, ctx);
    }

    /** A CORS preflight handler for a route. */
    Handler preflight(String methods) {
        return ctx -> cors.preflight(ctx, methods + ", OPTIONS");
    }

    private void run(String method, String route, Access access, Action action, Context ctx) {
        long start = System.nanoTime();
        String requestId = requestId(ctx);
        MDC.put(REQUEST_ID, requestId);
        try {
            ctx.header("X-Request-Id", requestId);
            cors.apply(ctx);
            if (access == Access.API_KEY && apiKey != null) {
                String presented = ctx.header("X-API-Key");
                if (presented == null || !JobTokens.constantTimeEquals(apiKey, presented)) {
                    throw new ApiException(401, "UnauthorizedError", "Unauthorized",
                            "this server needs a valid X-API-Key header");
                }
            }
            action.handle(ctx);
        } catch (ApiException e) {
            problem(ctx, e, requestId);
        } catch (FormFillException e) {
            ApiException a = problems.of(e);
            if (a.status() >= 500) {
                LOG.error("request failed: {}", e.getMessage(), e);
            }
            problem(ctx, a, requestId);
        } catch (HttpResponseException e) {
            problem(ctx, new ApiException(e.getStatus(), "HttpError", "Request error", e.getMessage()), requestId);
        } catch (Exception | Error e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            LOG.error("unexpected error in {} {}", method, route, e);
            problem(ctx, Problems.internal(), requestId);
        } finally {
            long nanos = System.nanoTime() - start;
            int status = ctx.statusCode();
            metrics.record(method, route, status, nanos);
            Object jobId = ctx.attribute(JOB_ID);
            // ids in the message too, so they show with backends that do not print the MDC (slf4j-simple)
            ACCESS.info("{} {} {} {}ms request_id={}{}", method, ctx.path(), status, nanos / 1_000_000, requestId,
                    jobId == null ? "" : " job_id=" + jobId);
            MDC.remove(JOB_ID);
            MDC.remove(REQUEST_ID);
        }
    }

    /**
     * Tags the request with a job id: in the MDC for log backends that print it, and on the request for the access
     * log line (slf4j-simple, the launcher's backend, has no MDC).
     */
    static void tagJob(Context ctx, String jobId) {
        MDC.put(JOB_ID, jobId);
        ctx.attribute(JOB_ID, jobId);
    }

    /** Writes a problem document. */
    void problem(Context ctx, ApiException e, String requestId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", e.type());
        body.put("title", e.title());
        body.put("status", e.status());
        body.put("detail", e.detail());
        body.put("instance", ctx.path());
        body.put("request_id", requestId);
        body.putAll(e.extra());
        e.headers().forEach(ctx::header);
        ctx.status(e.status());
        ctx.contentType(PROBLEM_JSON);
        ctx.result(bytes(body));
    }

    /** Serializes a JSON response body. */
    byte[] bytes(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize response", e);
        }
    }

    /** Writes {@code body} as a JSON response with {@code status}. */
    void json(Context ctx, int status, Object body) {
        ctx.status(status);
        ctx.contentType("application/json");
        ctx.result(bytes(body));
    }

    private static String requestId(Context ctx) {
        String given = ctx.header("X-Request-Id");
        return given != null && SANE_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
    }
}
