package dev.formfill.bench.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes {@code load.json} and {@code load.md} for one {@link HttpLoad} run and states the polling goal. */
public final class LoadReport {

    /** Status polling goal: at least this many requests per second... */
    static final double GOAL_RPS = 5000;
    /** ...with a 99th percentile below this. */
    static final double GOAL_P99_MS = 20;

    private final HttpLoad.Result result;
    private final Map<String, Object> setup;

    /** @param setup what was run (URL, clients, jobs, ...), for the report header */
    public LoadReport(HttpLoad.Result result, Map<String, Object> setup) {
        this.result = result;
        this.setup = new LinkedHashMap<>(setup);
    }

    /** One line: the polling phase against its goal. */
    public String pollingLine() {
        Latencies.RouteStats s = result.pollRoutes().get(HttpLoad.STATUS);
        if (s == null) {
            return "status polling: not run";
        }
        boolean met = s.perSecond() >= GOAL_RPS && s.p99Ms() < GOAL_P99_MS && s.errors() == 0;
        return String.format(Locale.ROOT, "status polling: %.0f req/s, p50 %.2f ms, p99 %.2f ms, %d errors "
                + "(goal >= %.0f req/s, p99 < %.0f ms, 0 errors): %s", s.perSecond(), s.p50Ms(), s.p99Ms(), s.errors(),
                GOAL_RPS, GOAL_P99_MS, met ? "MET" : "MISSED");
    }

    /** One line: the job phase. */
    public String jobsLine() {
        return String.format(Locale.ROOT, "jobs: %d ok, %d failed in %.1f s: %.2f jobs/s, %.0f req/s",
                result.jobsOk(), result.jobsFailed(), result.jobSeconds(), result.jobsPerSecond(),
                result.jobRequestsPerSecond());
    }

    /** Markdown: setup, the two summary lines, a per-route table per phase, failures. */
    public String toMarkdown() {
        StringBuilder md = new StringBuilder("# FormFill HTTP load\n\n");
        setup.forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
        md.append('\n').append(jobsLine()).append("\n\n").append(pollingLine()).append("\n\n");
        table(md, "Phase 1: submit / poll / download", result.jobRoutes());
        table(md, "Phase 2: status polling while jobs run", result.pollRoutes());
        if (!result.failures().isEmpty()) {
            md.append("## First failures\n\n");
            result.failures().forEach(f -> md.append("- ").append(f.replace('\n', ' ')).append('\n'));
        }
        return md.toString();
    }

    private static void table(StringBuilder md, String title, Map<String, Latencies.RouteStats> routes) {
        md.append("## ").append(title).append("\n\n| route | requests | errors | req/s | p50 ms | p95 ms | p99 ms | max ms |\n")
                .append("|---|---|---|---|---|---|---|---|\n");
        routes.forEach((route, s) -> md.append(String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %.2f | %.2f | %.2f | %.2f |%n",
                route, s.requests(), s.errors(), s.perSecond(), s.p50Ms(), s.p95Ms(), s.p99Ms(), s.maxMs())));
        md.append('\n');
    }

    /** Writes load.json and load.md into {@code dir}. */
    public void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("setup", setup);
        root.put("jobsOk", result.jobsOk());
        root.put("jobsFailed", result.jobsFailed());
        root.put("jobSeconds", result.jobSeconds());
        root.put("jobsPerSecond", result.jobsPerSecond());
        root.put("jobRequestsPerSecond", result.jobRequestsPerSecond());
        root.put("jobRoutes", result.jobRoutes());
        root.put("pollSeconds", result.pollSeconds());
        root.put("pollRoutes", result.pollRoutes());
        root.put("pollingGoal", pollingLine());
        root.put("failures", List.copyOf(result.failures()));
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(dir.resolve("load.json").toFile(), root);
        Files.writeString(dir.resolve("load.md"), toMarkdown());
    }
}
