package dev.formfill.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.formfill.jobs.JobSettings;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 100 clients at once, each submitting a form, polling it to the end and downloading the result, against one server
 * on loopback: no 5xx at all, every job ready, every download a PDF.
 */
class ConcurrentClientsTest {

    private static final int CLIENTS = 100;

    @TempDir
    Path dir;

    @Test
    void hundredClientsSubmitPollAndDownload() throws Exception {
        JobSettings jobs = JobSettings.builder().baseDir(dir).queueCapacity(128).build();
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        byte[] pdf = TestPdfs.form(1);
        try (ServerMain.Server server = ServerMain.Server.start(HttpSettings.builder().port(0).build(), jobs)) {
            Api api = new Api(server.port());
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            try {
                List<Future<String>> outcomes = new ArrayList<>();
                for (int i = 0; i < CLIENTS; i++) {
                    int n = i;
                    outcomes.add(pool.submit(() -> client(api, pdf, n, statuses)));
                }
                for (Future<String> f : outcomes) {
                    assertEquals("ready", f.get());
                }
            } finally {
                pool.shutdownNow();
            }
            statuses.forEach((code, count) -> assertTrue(code < 500, count + " responses with status " + code));
            assertEquals(CLIENTS, statuses.get(202).get(), "every submit accepted: " + statuses);
            String metrics = Api.text(api.get("/metrics"));
            assertTrue(metrics.contains("jobs_total{outcome=\"ready\"} " + CLIENTS + ".0"), "metrics count every job");
        }
    }

    private static String client(Api api, byte[] pdf, int n, Map<Integer, AtomicInteger> statuses) throws Exception {
        HttpResponse<byte[]> r;
        do { // a full queue is a legitimate answer: back off and retry
            r = api.submit(pdf, "client-" + n + ".pdf", "application/pdf", "{\"model\":\"geometry\"}");
            count(statuses, r);
            if (r.statusCode() == 429) {
                Thread.sleep(100);
            }
        } while (r.statusCode() == 429);
        assertEquals(202, r.statusCode(), Api.text(r));
        String id = Api.json(r).get("job_id").asText();
        JsonNode job;
        do {
            Thread.sleep(50);
            HttpResponse<byte[]> s = api.get("/jobs/" + id);
            count(statuses, s);
            assertEquals(200, s.statusCode(), Api.text(s));
            job = Api.json(s);
        } while (!job.get("status").asText().matches("ready|failed|cancelled"));
        if (job.get("status").asText().equals("ready")) {
            HttpResponse<byte[]> d = api.get("/jobs/" + id + "/result");
            count(statuses, d);
            assertEquals(200, d.statusCode());
            assertEquals("%PDF-", new String(d.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII));
            assertTrue(d.headers().firstValue("Content-Disposition").orElseThrow()
                    .contains("client-" + n + "_fillable.pdf"));
        }
        return job.get("status").asText();
    }

    private static void count(Map<Integer, AtomicInteger> statuses, HttpResponse<byte[]> r) {
        statuses.computeIfAbsent(r.statusCode(), k -> new AtomicInteger()).incrementAndGet();
    }
}
