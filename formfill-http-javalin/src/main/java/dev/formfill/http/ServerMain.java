package dev.formfill.http;

import dev.formfill.core.FormPreparer;
import dev.formfill.jobs.JobManager;
import dev.formfill.jobs.JobSettings;
import io.javalin.Javalin;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The standalone server ({@code ./formfill serve [--port 8080] [--host 127.0.0.1]}). Every setting comes from
 * {@code FORMFILL_*} environment variables ({@link JobSettings#fromEnvironment}, {@link HttpSettings#fromEnvironment});
 * {@code --port} and {@code --host} override theirs. SIGTERM (and Ctrl-C) stops accepting requests, then closes the
 * job manager gracefully, so every job ends in a terminal state.
 */
public final class ServerMain {

    private static final Logger LOG = LoggerFactory.getLogger(ServerMain.class);

    private ServerMain() {
    }

    /** Runs the server until the process is stopped. */
    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        HttpSettings http;
        JobSettings jobSettings;
        try {
            http = applyArgs(HttpSettings.fromEnvironment(System.getenv()), args);
            if (http == null) {
                return; // --help
            }
            jobSettings = JobSettings.fromEnvironment(System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("formfill serve: " + e.getMessage());
            System.exit(2);
            return;
        }
        Server server = Server.start(http, jobSettings);
        System.out.println("FormFill server listening on http://" + http.host() + ":" + server.port()
                + "/ (detector " + server.detector + ", jobs in " + jobSettings.baseDir() + ")");
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "formfill-shutdown"));
    }

    /** The settings with {@code --port}/{@code --host} applied; {@code null} after printing help. */
    static HttpSettings applyArgs(HttpSettings base, String[] args) {
        HttpSettings.Builder b = base.toBuilder();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String value = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                value = a.substring(eq + 1);
                a = a.substring(0, eq);
            }
            switch (a) {
                case "--port", "-p" -> {
                    String v = value != null ? value : next(args, ++i, a);
                    try {
                        b.port(Integer.parseInt(v));
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--port must be a number, got '" + v + "'");
                    }
                }
                case "--host" -> b.host(value != null ? value : next(args, ++i, a));
                case "--help", "-h" -> {
                    System.out.println("""
                            Usage: formfill serve [--port 8080] [--host 127.0.0.1]
                            Runs the FormFill job API and upload page. Settings come from FORMFILL_* environment
                            variables (FORMFILL_PORT, FORMFILL_HOST, FORMFILL_API_KEY, FORMFILL_REQUIRE_TOKEN,
                            FORMFILL_TOKEN_SECRET, FORMFILL_CORS_ORIGINS, FORMFILL_RETRY_AFTER_SECONDS,
                            FORMFILL_UPLOAD_PAGE, FORMFILL_PUBLIC_URL, and the job settings FORMFILL_JOBS_DIR,
                            FORMFILL_MAX_UPLOAD, FORMFILL_QUEUE_CAPACITY, FORMFILL_MAX_CONCURRENT_JOBS,
                            FORMFILL_JOB_TIMEOUT, FORMFILL_JOB_TTL, FORMFILL_CLEANUP_INTERVAL, FORMFILL_SHUTDOWN_GRACE);
                            --port and --host override theirs.""");
                    return null;
                }
                default -> throw new IllegalArgumentException("unknown argument '" + args[i] + "' (try --help)");
            }
        }
        return b.build();
    }

    private static String next(String[] args, int i, String flag) {
        if (i >= args.length) {
            throw new IllegalArgumentException(flag + " needs a value");
        }
        return args[i];
    }

    /**
     * A running server: the preparer, the job manager and the Javalin app, closed in reverse order. Used by
     * {@link #main} and by tests and examples that want the real thing on a free port.
     */
    public static final class Server implements AutoCloseable {
        private final FormPreparer preparer;
        private final JobManager jobs;
        private final Javalin app;
        private final FormFillPlugin plugin;
        private final String detector;
        private final AtomicBoolean closed = new AtomicBoolean();

        private Server(FormPreparer preparer, JobManager jobs, Javalin app, FormFillPlugin plugin, String detector) {
            this.preparer = preparer;
            this.jobs = jobs;
            this.app = app;
            this.plugin = plugin;
            this.detector = detector;
        }

        /** Builds everything and starts listening ({@code port 0} picks a free port; see {@link #port()}). */
        public static Server start(HttpSettings http, JobSettings jobSettings) {
            return start(http, jobSettings, FormPreparer.builder().build());
        }

        /**
         * As {@link #start(HttpSettings, JobSettings)} with a preparer of your own (extra detectors, model directory);
         * the server takes ownership and closes it.
         */
        public static Server start(HttpSettings http, JobSettings jobSettings, FormPreparer preparer) {
            JobManager jobs = null;
            try {
                jobs = JobManager.builder().settings(jobSettings).preparer(preparer).build();
                String detector = detectorName(preparer);
                FormFillPlugin plugin = FormFillPlugin.builder(jobs).settings(http).detectorName(detector).build();
                Javalin app = Javalin.create(config -> {
                    config.startup.showJavalinBanner = false;
                    config.startup.showOldJavalinVersionWarning = false;
                    config.registerPlugin(plugin);
                    StandaloneErrors.install(config);
                });
                app.start(http.host(), http.port());
                return new Server(preparer, jobs, app, plugin, detector);
            } catch (RuntimeException e) {
                if (jobs != null) {
                    jobs.close();
                }
                preparer.close();
                throw e;
            }
        }

        private static String detectorName(FormPreparer preparer) {
            try {
                return preparer.resolveDetector("auto");
            } catch (RuntimeException e) {
                LOG.warn("cannot resolve the default detector: {}", e.getMessage());
                return "unavailable";
            }
        }

        /** The port the server listens on. */
        public int port() {
            return app.port();
        }

        /** The job manager behind the server. */
        public JobManager jobs() {
            return jobs;
        }

        /** The plugin (for its meter registry). */
        public FormFillPlugin plugin() {
            return plugin;
        }

        /** Stops taking requests, then finishes or cancels the jobs, then releases the detectors. Idempotent. */
        @Override
        public void close() {
            if (!closed.compareAndSet(false, true)) {
                return;
            }
            LOG.info("shutting down: stopping HTTP, then closing the job manager");
            try {
                app.stop();
            } finally {
                try {
                    jobs.close();
                } finally {
                    preparer.close();
                }
            }
        }
    }

    /** Problem documents for what no FormFill route handles, in the standalone server only. */
    static final class StandaloneErrors {
        private StandaloneErrors() {
        }

        static void install(io.javalin.config.JavalinConfig config) {
            config.routes.error(404, ctx -> {
                String written = ctx.res().getContentType();
                if (written != null && written.startsWith(Exchange.PROBLEM_JSON)) {
                    return; // a FormFill route already wrote its own problem
                }
                problem(ctx, 404, "NotFoundError", "Not found", "no route for " + ctx.method() + " " + ctx.path());
            });
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("unhandled error in {} {}", ctx.method(), ctx.path(), e);
                problem(ctx, 500, "InternalError", "Internal server error", "an unexpected error occurred");
            });
        }

        private static void problem(io.javalin.http.Context ctx, int status, String type, String title, String detail) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", type);
            body.put("title", title);
            body.put("status", status);
            body.put("detail", detail);
            body.put("instance", ctx.path());
            body.put("request_id", UUID.randomUUID().toString());
            ctx.status(status).contentType(Exchange.PROBLEM_JSON);
            try {
                ctx.result(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsBytes(body));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                ctx.result("{\"type\":\"" + type + "\",\"status\":" + status + "}");
            }
        }
    }
}
