package dev.formfill.http;

import io.javalin.http.Context;
import java.util.List;

/**
 * CORS for the job routes, from an allowlist of origins. Only an allowed {@code Origin} is echoed back; anything
 * else gets no CORS headers, so the browser blocks the response.
 */
final class Cors {

    private static final String ALLOW_HEADERS = "Content-Type, X-API-Key, X-Job-Token, X-Request-Id";
    private static final String EXPOSE_HEADERS = "Location, Retry-After, X-Request-Id, Content-Disposition";

    private final List<String> origins;

    Cors(List<String> origins) {
        this.origins = origins;
    }

    boolean enabled() {
        return !origins.isEmpty();
    }

    /** Adds the response headers for an actual request. */
    void apply(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null || !allowed(origin)) {
            return;
        }
        ctx.header("Access-Control-Allow-Origin", origins.contains("*") ? "*" : origin);
        ctx.header("Vary", "Origin");
        ctx.header("Access-Control-Expose-Headers", EXPOSE_HEADERS);
    }

    /** Answers a preflight ({@code OPTIONS}) request. */
    void preflight(Context ctx, String methods) {
        apply(ctx);
        String origin = ctx.header("Origin");
        if (origin != null && allowed(origin)) {
            ctx.header("Access-Control-Allow-Methods", methods);
            ctx.header("Access-Control-Allow-Headers", ALLOW_HEADERS);
            ctx.header("Access-Control-Max-Age", "600");
        }
        ctx.status(204);
    }

    private boolean allowed(String origin) {
        return origins.contains("*") || origins.contains(origin);
    }
}
