package dev.formfill.http;

import dev.formfill.jobs.JobManager;
import io.javalin.http.Context;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/** Health, metrics, the API description and the upload page's static files. */
final class ServiceRoutes {

    private static final String UI = "/dev/formfill/http/ui/";
    /** The page's files; a fixed list, so no request path ever reaches a resource lookup. */
    private static final Map<String, String> ASSETS = Map.of(
            "app.js", "text/javascript; charset=utf-8",
            "style.css", "text/css; charset=utf-8");

    private final JobManager jobs;
    private final HttpSettings settings;
    private final MeterRegistry registry;
    private final String detectorName;
    private final Exchange exchange;

    ServiceRoutes(JobManager jobs, HttpSettings settings, MeterRegistry registry, String detectorName, Exchange exchange) {
        this.jobs = jobs;
        this.settings = settings;
        this.registry = registry;
        this.detectorName = detectorName;
        this.exchange = exchange;
    }

    void health(Context ctx) {
        boolean up = jobs.isAccepting();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", up ? "ok" : "shutting_down");
        m.put("queue_depth", jobs.queueDepth());
        m.put("queue_capacity", jobs.settings().queueCapacity());
        m.put("running_jobs", jobs.runningCount());
        m.put("max_concurrent_jobs", jobs.settings().maxConcurrentJobs());
        m.put("max_upload_bytes", jobs.settings().maxUploadBytes());
        if (detectorName != null) {
            m.put("detector", detectorName);
        }
        m.put("api_key_required", settings.apiKey() != null);
        m.put("job_token_required", settings.requireJobToken());
        ctx.header("Cache-Control", "no-store");
        exchange.json(ctx, up ? 200 : 503, m);
    }

    void metrics(Context ctx) {
        if (!(registry instanceof PrometheusMeterRegistry prometheus)) {
            throw new ApiException(404, "MetricsUnavailableError", "Not found",
                    "metrics go to a non-Prometheus registry configured by the host application");
        }
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8");
        ctx.result(prometheus.scrape());
    }

    void openApi(Context ctx) throws IOException {
        ctx.contentType("application/json");
        ctx.result(resource("/dev/formfill/http/openapi.json"));
    }

    void page(Context ctx) throws IOException {
        ctx.header("Content-Security-Policy", "default-src 'self'; img-src 'self' blob: data:; style-src 'self'");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.html(new String(resource(UI + "index.html"), java.nio.charset.StandardCharsets.UTF_8));
    }

    void asset(Context ctx) throws IOException {
        String name = ctx.pathParam("file");
        String type = ASSETS.get(name);
        if (type == null) {
            throw new ApiException(404, "NotFoundError", "Not found", "no such file");
        }
        ctx.contentType(type);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.result(resource(UI + name));
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = ServiceRoutes.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("missing resource " + path);
            }
            return in.readAllBytes();
        }
    }
}
