package dev.formfill.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.formfill.bench.FormPdfGenerator;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The load harness against the real server on loopback, tiny: every job must come back as a PDF, no errors. */
class HttpLoadTest {

    @Test
    void jobsRoundTripAndPollingRunWithoutErrors(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("form.pdf");
        new FormPdfGenerator().write(pdf, 1);
        try (InProcessServer server = InProcessServer.start(64)) {
            HttpLoad.Config config = new HttpLoad.Config(server.baseUri(), 2, 3, 2, Duration.ofSeconds(1),
                    Files.readAllBytes(pdf), "{\"model\":\"geometry\"}", Duration.ofMillis(20), Duration.ofSeconds(120));
            HttpLoad.Result result = new HttpLoad(config).run();

            assertEquals(3, result.jobsOk(), "failures: " + result.failures());
            assertEquals(0, result.errors(), "failures: " + result.failures());
            assertEquals(3, result.jobRoutes().get(HttpLoad.SUBMIT).requests());
            assertEquals(3, result.jobRoutes().get(HttpLoad.RESULT).requests());
            assertTrue(result.pollRoutes().get(HttpLoad.STATUS).requests() > 0);

            LoadReport report = new LoadReport(result, Map.of("test", true));
            report.write(dir.resolve("out"));
            JsonNode json = new ObjectMapper().readTree(dir.resolve("out/load.json").toFile());
            assertEquals(3, json.path("jobsOk").asInt());
            assertTrue(report.pollingLine().startsWith("status polling: "));
        }
    }

    @Test
    void refusesAnythingButLoopback() {
        assertThrows(IllegalArgumentException.class, () -> new HttpLoad.Config(URI.create("http://example.com:80"), 1, 1, 1,
                Duration.ZERO, new byte[0], null, Duration.ofMillis(10), Duration.ofSeconds(1)));
    }
}
