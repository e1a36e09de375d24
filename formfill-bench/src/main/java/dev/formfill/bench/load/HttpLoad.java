package dev.formfill.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The HTTP load harness against the job API (DESIGN.md "Job API"): phase 1, {@code clients} concurrent clients
 * push {@code jobs} jobs through submit → poll → download; phase 2, {@code pollClients} keep-alive clients hammer
 * {@code GET /jobs/{id}} for a fixed time while background jobs run. Loopback only, bounded in job count, request
 * samples and time.
 */
public final class HttpLoad {

    /** Route names in the report. */
    static final String SUBMIT = "POST /jobs", STATUS = "GET /jobs/{id}", RESULT = "GET /jobs/{id}/result",
            DELETE = "DELETE /jobs/{id}", BACKGROUND = "POST /jobs (background)";

    private static final Set<String> TERMINAL = Set.of("ready", "failed", "cancelled");

    /**
     * @param base          server base URL (loopback)
     * @param clients       concurrent clients of phase 1
     * @param jobs          jobs pushed through in phase 1
     * @param pollClients   concurrent pollers of phase 2
     * @param pollDuration  length of phase 2 (zero skips it)
     * @param pdf           the PDF every job submits
     * @param optionsJson   the {@code options} part (JSON object), or {@code null}
     * @param pollInterval  pause between a phase-1 client's status polls
     * @param deadline      phase 1 stops submitting after this
     */
    public record Config(URI base, int clients, int jobs, int pollClients, Duration pollDuration, byte[] pdf,
                         String optionsJson, Duration pollInterval, Duration deadline) {
        /** Refuses anything but loopback, and non-positive counts. */
        public Config {
            String host = base.getHost();
            if (!("127.0.0.1".equals(host) || "localhost".equals(host) || "[::1]".equals(host) || "::1".equals(host))) {
                throw new IllegalArgumentException("the load harness only targets loopback, not " + host);
            }
            if (clients < 1 || jobs < 0 || pollClients < 0) {
                throw new IllegalArgumentException("clients must be >= 1, jobs and pollClients >= 0");
            }
        }
    }

    /**
     * @param jobsOk          jobs that reached {@code ready} and downloaded a PDF
     * @param jobsFailed      jobs that failed, timed out or whose download was not a PDF
     * @param jobSeconds      wall time of phase 1
     * @param jobRoutes       per-route figures of phase 1
     * @param pollSeconds     wall time of phase 2
     * @param pollRoutes      per-route figures of phase 2
     * @param failures        the first few failure descriptions
     */
    public record Result(int jobsOk, int jobsFailed, double jobSeconds, Map<String, Latencies.RouteStats> jobRoutes,
                         double pollSeconds, Map<String, Latencies.RouteStats> pollRoutes, List<String> failures) {

        /** Completed jobs per second in phase 1. */
        public double jobsPerSecond() {
            return jobSeconds > 0 ? jobsOk / jobSeconds : 0;
        }

        /** All requests per second in phase 1. */
        public double jobRequestsPerSecond() {
            return jobSeconds > 0 ? jobRoutes.values().stream().mapToLong(Latencies.RouteStats::requests).sum() / jobSeconds : 0;
        }

        /** Total errors of both phases. */
        public long errors() {
            return jobRoutes.values().stream().mapToLong(Latencies.RouteStats::errors).sum()
                    + pollRoutes.values().stream().mapToLong(Latencies.RouteStats::errors).sum() + jobsFailed;
        }
    }

    private final Config config;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();
    private final List<String> failures = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<String> created = new ConcurrentLinkedQueue<>();

    /** A harness for {@code config}. */
    public HttpLoad(Config config) {
        this.config = config;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Runs both phases, then deletes every job it created. */
    public Result run() throws InterruptedException {
        Latencies phase1 = new Latencies(200_000);
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        long t0 = System.nanoTime();
        runJobs(phase1, ok, failed);
        double jobSeconds = (System.nanoTime() - t0) / 1e9;

        Latencies phase2 = new Latencies(2_000_000);
        double pollSeconds = 0;
        if (config.pollClients() > 0 && !config.pollDuration().isZero()) {
            long t1 = System.nanoTime();
            runPolling(phase2);
            pollSeconds = (System.nanoTime() - t1) / 1e9;
        }
        Latencies cleanup = new Latencies(100_000);
        for (String id : created) {
            send(cleanup, DELETE, HttpRequest.newBuilder(uri("/jobs/" + id)).DELETE(), 200, 202, 204, 404, 410);
        }
        return new Result(ok.get(), failed.get(), jobSeconds, phase1.summary(jobSeconds), pollSeconds,
                phase2.summary(pollSeconds), List.copyOf(failures.subList(0, Math.min(20, failures.size()))));
    }

    private void runJobs(Latencies lat, AtomicInteger ok, AtomicInteger failed) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        long deadline = System.nanoTime() + config.deadline().toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(config.clients());
        for (int c = 0; c < config.clients(); c++) {
            pool.execute(() -> {
                while (next.getAndIncrement() < config.jobs() && System.nanoTime() < deadline) {
                    if (oneJob(lat, deadline)) {
                        ok.incrementAndGet();
                    } else {
                        failed.incrementAndGet();
                    }
                }
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(config.deadline().toSeconds() + 60, TimeUnit.SECONDS)) {
            pool.shutdownNow();
            fail("phase 1 did not finish in time");
        }
    }

    /** Submit, poll until terminal, download; true when a PDF came back. */
    private boolean oneJob(Latencies lat, long deadline) {
        String id = submit(lat, SUBMIT);
        if (id == null) {
            return false;
        }
        while (System.nanoTime() < deadline) {
            JsonNode s = status(lat, id);
            String state = s == null ? null : s.path("status").asText(null);
            if (state != null && TERMINAL.contains(state)) {
                if (!"ready".equals(state)) {
                    fail("job " + id + " ended " + state + ": " + s.path("error"));
                    return false;
                }
                HttpResponse<byte[]> r = send(lat, RESULT, HttpRequest.newBuilder(uri("/jobs/" + id + "/result")).GET(), 200);
                boolean pdf = r != null && r.body().length > 4 && new String(r.body(), 0, 5, StandardCharsets.US_ASCII).equals("%PDF-");
                if (!pdf) {
                    fail("job " + id + ": the result is not a PDF");
                }
                return pdf;
            }
            sleep(config.pollInterval());
        }
        fail("job " + id + " not finished before the deadline");
        return false;
    }

    private String submit(Latencies lat, String route) {
        String boundary = "----formfill-bench-" + System.nanoTime();
        HttpRequest.Builder req = HttpRequest.newBuilder(uri("/jobs"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary)));
        HttpResponse<byte[]> r = BACKGROUND.equals(route) ? send(lat, route, req, 202, 429) : send(lat, route, req, 202);
        if (r == null || r.statusCode() != 202) {
            return null;
        }
        try {
            String id = json.readTree(r.body()).path("job_id").asText(null);
            if (id != null) {
                created.add(id);
            }
            return id;
        } catch (IOException e) {
            fail(route + ": the 202 body is not JSON");
            return null;
        }
    }

    private JsonNode status(Latencies lat, String id) {
        HttpResponse<byte[]> r = send(lat, STATUS, HttpRequest.newBuilder(uri("/jobs/" + id)).GET(), 200);
        try {
            return r == null ? null : json.readTree(r.body());
        } catch (IOException e) {
            return null;
        }
    }

    private void runPolling(Latencies lat) throws InterruptedException {
        // keep jobs running underneath the pollers: one background submitter, bounded by the job count
        List<String> ids = new ArrayList<>(created);
        long end = System.nanoTime() + config.pollDuration().toNanos();
        Thread submitter = new Thread(() -> {
            for (int i = 0; i < Math.max(config.jobs(), config.clients()) && System.nanoTime() < end; i++) {
                if (submit(lat, BACKGROUND) == null) {
                    sleep(Duration.ofMillis(200)); // queue full (429): let it drain
                }
            }
        }, "bench-load-submitter");
        submitter.start();
        // poll finished jobs (phase 1) and running ones (the first background jobs) alike
        int before = created.size();
        long waitUntil = Math.min(end, System.nanoTime() + TimeUnit.SECONDS.toNanos(2));
        while (created.size() < before + Math.min(2, config.clients()) && System.nanoTime() < waitUntil) {
            sleep(Duration.ofMillis(20));
        }
        ids.clear();
        ids.addAll(created);
        if (ids.isEmpty()) {
            fail("phase 2: no job to poll");
            submitter.join(TimeUnit.SECONDS.toMillis(30));
            return;
        }
        List<String> pollIds = List.copyOf(ids);
        AtomicLong seq = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(config.pollClients());
        for (int c = 0; c < config.pollClients(); c++) {
            pool.execute(() -> {
                try (KeepAliveClient client = new KeepAliveClient(config.base(), 10_000)) {
                    while (System.nanoTime() < end) {
                        String id = pollIds.get((int) (seq.getAndIncrement() % pollIds.size()));
                        long t = System.nanoTime();
                        boolean good;
                        try {
                            good = client.get(config.base().getRawPath().replaceAll("/$", "") + "/jobs/" + id).status() == 200;
                        } catch (IOException e) {
                            good = false;
                            fail(STATUS + " (poll): " + e);
                        }
                        lat.record(STATUS, System.nanoTime() - t, good);
                    }
                }
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(config.pollDuration().toSeconds() + 30, TimeUnit.SECONDS)) {
            pool.shutdownNow();
        }
        submitter.join(TimeUnit.SECONDS.toMillis(30));
    }

    private HttpResponse<byte[]> send(Latencies lat, String route, HttpRequest.Builder req, int... expected) {
        long t = System.nanoTime();
        try {
            HttpResponse<byte[]> r = http.send(req.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            boolean good = false;
            for (int e : expected) {
                good |= r.statusCode() == e;
            }
            lat.record(route, System.nanoTime() - t, good);
            if (!good) {
                fail(route + " -> " + r.statusCode() + ": "
                        + new String(r.body(), 0, Math.min(200, r.body().length), StandardCharsets.UTF_8));
            }
            return r;
        } catch (IOException e) {
            lat.record(route, System.nanoTime() - t, false);
            fail(route + ": " + e);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            lat.record(route, System.nanoTime() - t, false);
            return null;
        }
    }

    private byte[] multipart(String boundary) {
        ByteArrayOutputStream b = new ByteArrayOutputStream(config.pdf().length + 1024);
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bench-form.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n";
        b.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        b.writeBytes(config.pdf());
        if (config.optionsJson() != null) {
            b.writeBytes(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"options\"\r\n"
                    + "Content-Type: application/json\r\n\r\n" + config.optionsJson()).getBytes(StandardCharsets.UTF_8));
        }
        b.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return b.toByteArray();
    }

    /** Keeps the first 100 failure descriptions; a broken server must not fill the heap with them. */
    private void fail(String what) {
        if (failures.size() < 100) {
            failures.add(what);
        }
    }

    private URI uri(String path) {
        String base = config.base().toString().replaceAll("/$", "");
        return URI.create(base + path);
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
