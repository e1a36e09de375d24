package dev.formfill.http;

import static dev.formfill.http.JobApiTest.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.formfill.core.FormPreparer;
import dev.formfill.jobs.JobSettings;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Queue full → 429 with Retry-After; shutdown leaves every job terminal and refuses new ones. */
class LimitsTest {

    @TempDir
    Path dir;

    @Test
    void fullQueueIs429WithRetryAfter() throws Exception {
        GatedDetector gated = new GatedDetector();
        JobSettings jobs = JobSettings.builder().baseDir(dir).queueCapacity(1).maxConcurrentJobs(1).build();
        HttpSettings http = HttpSettings.builder().port(0).retryAfter(Duration.ofSeconds(7)).build();
        try (ServerMain.Server server = ServerMain.Server.start(http, jobs,
                FormPreparer.builder().detector(gated).build())) {
            Api api = new Api(server.port());
            byte[] pdf = TestPdfs.form(1);
            String running = Api.json(api.submit(pdf, "{\"model\":\"gated\"}")).get("job_id").asText();
            gated.awaitEntered(); // the only worker is busy
            HttpResponse<byte[]> queued = api.submit(pdf, "{\"model\":\"gated\"}");
            assertEquals(202, queued.statusCode(), Api.text(queued));
            HttpResponse<byte[]> full = api.submit(pdf, "{\"model\":\"gated\"}");
            assertProblem(full, 429, "QueueFullError");
            assertEquals("7", full.headers().firstValue("Retry-After").orElseThrow());
            assertEquals(1, Api.json(api.get("/health")).get("queue_depth").asInt());
            assertTrue(Api.text(api.get("/metrics")).contains("jobs_queue_depth 1.0"));

            gated.open(2);
            assertEquals("ready", api.awaitTerminal(running).get("status").asText());
            String second = Api.json(queued).get("job_id").asText();
            assertEquals("ready", api.awaitTerminal(second).get("status").asText());
            assertEquals(202, api.submit(pdf, "{\"model\":\"geometry\"}").statusCode(), "room again");
        }
    }

    @Test
    void shutdownLeavesJobsTerminal() throws Exception {
        GatedDetector gated = new GatedDetector();
        JobSettings jobs = JobSettings.builder().baseDir(dir).maxConcurrentJobs(1)
                .shutdownGrace(Duration.ofMillis(200)).build();
        ServerMain.Server server = ServerMain.Server.start(HttpSettings.builder().port(0).build(), jobs,
                FormPreparer.builder().detector(gated).build());
        Api api = new Api(server.port());
        String running = Api.json(api.submit(TestPdfs.form(1), "{\"model\":\"gated\"}")).get("job_id").asText();
        String waiting = Api.json(api.submit(TestPdfs.form(1), "{\"model\":\"gated\"}")).get("job_id").asText();
        gated.awaitEntered();
        Thread closer = new Thread(server::close);
        closer.start();
        closer.join(1000); // the grace period passes while the detector is held
        gated.open(10);
        closer.join();
        for (String id : new String[] {running, waiting}) {
            var job = server.jobs().get(id).orElseThrow();
            assertTrue(job.isTerminal(), id + " is " + job.status());
        }
        assertEquals("cancelled", server.jobs().get(waiting).orElseThrow().status().id());
    }
}
