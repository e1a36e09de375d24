package dev.formfill.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.formfill.jobs.JobManager;
import dev.formfill.http.Exchange.Access;
import io.javalin.config.JavalinState;
import io.javalin.http.HandlerType;
import io.javalin.plugin.Plugin;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The FormFill job API as a Javalin 7 plugin: add it to your own app, or run {@link ServerMain} for a standalone server.
 *
 * <pre>{@code
 * JobManager jobs = JobManager.builder().build();
 * Javalin app = Javalin.create(config -> config.registerPlugin(FormFillPlugin.builder(jobs).build()));
 * app.start(8080);
 * }</pre>
 *
 * <p>Routes: {@code POST /jobs}, {@code GET /jobs/{id}}, {@code GET /jobs/{id}/result}, {@code DELETE /jobs/{id}},
 * {@code GET /jobs/{id}/fields}, {@code GET /jobs/{id}/pages/{page}}, {@code GET /health}, {@code GET /metrics},
 * {@code GET /openapi.json} and the upload page at {@code /}. Errors are {@code application/problem+json}. The plugin
 * only adds its own routes: it installs no app-wide filters or exception handlers, and the caller keeps ownership of
 * the {@link JobManager} (close it after stopping the app).
 */
public final class FormFillPlugin extends Plugin<Void> {

    /** Every route the plugin registers (method and path), as documented in {@code /openapi.json}. */
    public static final List<String> ROUTES = List.of(
            "POST /jobs", "GET /jobs/{id}", "DELETE /jobs/{id}", "GET /jobs/{id}/result", "GET /jobs/{id}/fields",
            "GET /jobs/{id}/pages/{page}", "GET /health", "GET /metrics", "GET /openapi.json", "GET /",
            "GET /ui/{file}");

    private final JobManager jobs;
    private final HttpSettings settings;
    private final MeterRegistry registry;
    private final String detectorName;
    private final Path spoolDir;
    private final boolean ownsSpoolDir;

    private FormFillPlugin(Builder b) {
        this.jobs = b.jobs;
        this.settings = b.settings;
        this.registry = b.registry != null ? b.registry : new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        this.detectorName = b.detectorName;
        try {
            this.ownsSpoolDir = b.spoolDir == null;
            this.spoolDir = ownsSpoolDir ? Files.createTempDirectory("formfill-upload-")
                    : Files.createDirectories(b.spoolDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the upload spool directory", e);
        }
        jobs.addListener(new JobMetrics(registry));
    }

    /** A builder for a plugin serving {@code jobs}. */
    public static Builder builder(JobManager jobs) {
        return new Builder(jobs);
    }

    /** The registry the plugin records into (served at {@code /metrics} when it is a Prometheus registry). */
    public MeterRegistry meterRegistry() {
        return registry;
    }

    @Override
    public void onInitialize(JavalinState state) {
        ObjectMapper json = new ObjectMapper();
        JobTokens tokens = new JobTokens(settings.tokenSecret());
        Problems problems = new Problems(settings.retryAfter());
        Cors cors = new Cors(settings.corsOrigins());
        Exchange ex = new Exchange(settings.apiKey(), cors, problems, new HttpMetrics(registry), json);
        JobLinks links = new JobLinks(settings.publicBaseUrl(), tokens, settings.requireJobToken());
        UploadHandler upload = new UploadHandler(jobs, new OptionsParser(json), problems, spoolDir, links);
        JobRoutes routes = new JobRoutes(jobs, tokens, settings.requireJobToken(), links, ex);
        ServiceRoutes service = new ServiceRoutes(jobs, settings, registry, detectorName, ex);

        var r = state.routes;
        r.addHttpHandler(HandlerType.POST, "/jobs", ex.wrap("POST", "/jobs", Access.API_KEY, ctx -> upload.handle(ctx, ex)));
        r.addHttpHandler(HandlerType.GET, "/jobs/{id}", ex.wrap("GET", "/jobs/{id}", Access.API_KEY, routes::status));
        r.addHttpHandler(HandlerType.DELETE, "/jobs/{id}", ex.wrap("DELETE", "/jobs/{id}", Access.API_KEY, routes::delete));
        r.addHttpHandler(HandlerType.GET, "/jobs/{id}/result",
                ex.wrap("GET", "/jobs/{id}/result", Access.API_KEY, routes::result));
        r.addHttpHandler(HandlerType.GET, "/jobs/{id}/fields",
                ex.wrap("GET", "/jobs/{id}/fields", Access.API_KEY, routes::fields));
        r.addHttpHandler(HandlerType.GET, "/jobs/{id}/pages/{page}",
                ex.wrap("GET", "/jobs/{id}/pages/{page}", Access.API_KEY, routes::page));
        r.addHttpHandler(HandlerType.GET, "/health", ex.wrap("GET", "/health", Access.PUBLIC, service::health));
        r.addHttpHandler(HandlerType.GET, "/metrics", ex.wrap("GET", "/metrics", Access.PUBLIC, service::metrics));
        r.addHttpHandler(HandlerType.GET, "/openapi.json",
                ex.wrap("GET", "/openapi.json", Access.PUBLIC, service::openApi));
        if (settings.uploadPage()) {
            r.addHttpHandler(HandlerType.GET, "/", ex.wrap("GET", "/", Access.PUBLIC, service::page));
            r.addHttpHandler(HandlerType.GET, "/ui/{file}", ex.wrap("GET", "/ui/{file}", Access.PUBLIC, service::asset));
        }
        if (ownsSpoolDir) {
            // Jetty removes each spooled part after its request; the directory itself goes with the server.
            state.events.serverStopped(() -> Files.deleteIfExists(spoolDir));
        }
        if (cors.enabled()) {
            r.addHttpHandler(HandlerType.OPTIONS, "/jobs", ex.preflight("POST"));
            r.addHttpHandler(HandlerType.OPTIONS, "/jobs/{id}", ex.preflight("GET, DELETE"));
            for (String sub : List.of("/result", "/fields", "/pages/{page}")) {
                r.addHttpHandler(HandlerType.OPTIONS, "/jobs/{id}" + sub, ex.preflight("GET"));
            }
        }
    }

    /** Builder for {@link FormFillPlugin}. */
    public static final class Builder {
        private final JobManager jobs;
        private HttpSettings settings = HttpSettings.defaults();
        private MeterRegistry registry;
        private String detectorName;
        private Path spoolDir;

        private Builder(JobManager jobs) {
            this.jobs = Objects.requireNonNull(jobs, "jobs");
        }

        /** HTTP settings (API key, token requirement, CORS, ...); host and port are the app's business. */
        public Builder settings(HttpSettings v) { this.settings = Objects.requireNonNull(v); return this; }

        /** Where metrics go (default: a new Prometheus registry); {@code /metrics} serves a Prometheus one. */
        public Builder meterRegistry(MeterRegistry v) { this.registry = v; return this; }

        /** The detector name shown by {@code /health}, e.g. {@code FormPreparer.resolveDetector("auto")}. */
        public Builder detectorName(String v) { this.detectorName = v; return this; }

        /** Where multipart uploads are spooled while they arrive (default: a new temporary directory). */
        public Builder spoolDirectory(Path v) { this.spoolDir = v; return this; }

        /** Builds the plugin; register it with {@code config.registerPlugin(...)}. */
        public FormFillPlugin build() {
            return new FormFillPlugin(this);
        }
    }
}
