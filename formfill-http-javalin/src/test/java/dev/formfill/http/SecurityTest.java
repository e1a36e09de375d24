package dev.formfill.http;

import static dev.formfill.http.JobApiTest.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.formfill.jobs.JobSettings;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** API key, per-job tokens and CORS, enforced on a real server. */
class SecurityTest {

    static final String KEY = "s3cret-key";
    static final String ORIGIN = "https://app.example.com";

    @TempDir
    static Path dir;
    static ServerMain.Server server;
    static Api anonymous;
    static Api keyed;

    @BeforeAll
    static void start() {
        HttpSettings http = HttpSettings.builder().port(0).apiKey(KEY).requireJobToken(true)
                .tokenSecret("token-secret").corsOrigins(List.of(ORIGIN)).build();
        server = ServerMain.Server.start(http, JobSettings.builder().baseDir(dir).build());
        anonymous = new Api(server.port());
        keyed = anonymous.with("X-API-Key", KEY);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void apiKeyIsRequiredOnJobRoutesOnly() throws Exception {
        byte[] pdf = TestPdfs.form(1);
        assertProblem(anonymous.submit(pdf, null), 401, "UnauthorizedError");
        assertProblem(anonymous.with("X-API-Key", "s3cret-kez").submit(pdf, null), 401, "UnauthorizedError");
        assertProblem(anonymous.with("X-API-Key", KEY + "x").submit(pdf, null), 401, "UnauthorizedError");
        assertProblem(anonymous.get("/jobs/7f0f5a9e-1111-4222-8333-944445555666"), 401, "UnauthorizedError");
        assertEquals(202, keyed.submit(pdf, null).statusCode());
        // public routes stay open
        assertEquals(200, anonymous.get("/health").statusCode());
        assertTrue(Api.json(anonymous.get("/health")).get("api_key_required").asBoolean());
        assertEquals(200, anonymous.get("/metrics").statusCode());
        assertEquals(200, anonymous.get("/openapi.json").statusCode());
        assertEquals(200, anonymous.get("/").statusCode());
    }

    @Test
    void jobTokenIsRequiredForStatusResultAndDelete() throws Exception {
        HttpResponse<byte[]> r = keyed.submit(TestPdfs.form(1), "{\"model\":\"geometry\"}");
        assertEquals(202, r.statusCode(), Api.text(r));
        JsonNode created = Api.json(r);
        String id = created.get("job_id").asText();
        String token = created.get("token").asText();
        Api owner = keyed.with("X-Job-Token", token);

        assertProblem(keyed.get("/jobs/" + id), 403, "InvalidJobTokenError");
        assertProblem(keyed.with("X-Job-Token", token.substring(1) + "A").get("/jobs/" + id), 403,
                "InvalidJobTokenError");
        // a wrong token for an id that does not exist says the same thing as for one that does
        assertProblem(keyed.with("X-Job-Token", token).get("/jobs/7f0f5a9e-1111-4222-8333-944445555666"), 403,
                "InvalidJobTokenError");

        JsonNode done = owner.awaitTerminal(id);
        assertEquals("ready", done.get("status").asText());
        String url = done.get("download_url").asText();
        assertTrue(url.endsWith("/result?token=" + token), url);
        assertProblem(keyed.get("/jobs/" + id + "/result"), 403, "InvalidJobTokenError");
        assertEquals(200, keyed.get(url).statusCode(), "the token works as a query parameter");
        assertEquals(200, owner.get("/jobs/" + id + "/result").statusCode());
        assertProblem(keyed.get("/jobs/" + id + "/fields"), 403, "InvalidJobTokenError");
        assertProblem(keyed.get("/jobs/" + id + "/pages/0"), 403, "InvalidJobTokenError");
        assertProblem(keyed.delete("/jobs/" + id), 403, "InvalidJobTokenError");
        assertEquals(204, owner.delete("/jobs/" + id).statusCode());
        assertProblem(owner.get("/jobs/" + id), 404, "JobNotFoundError");
    }

    @Test
    void corsAllowsOnlyListedOrigins() throws Exception {
        HttpResponse<byte[]> allowed = anonymous.with("Origin", ORIGIN).get("/health");
        assertEquals(ORIGIN, allowed.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
        assertTrue(allowed.headers().firstValue("Access-Control-Expose-Headers").orElseThrow().contains("Location"));

        HttpResponse<byte[]> other = anonymous.with("Origin", "https://evil.example").get("/health");
        assertFalse(other.headers().firstValue("Access-Control-Allow-Origin").isPresent());

        HttpResponse<byte[]> preflight = anonymous.send(anonymous.request("/jobs")
                .header("Origin", ORIGIN).header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertEquals(204, preflight.statusCode());
        assertEquals(ORIGIN, preflight.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Headers").orElseThrow().contains("X-API-Key"));
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElseThrow().contains("POST"));

        HttpResponse<byte[]> badPreflight = anonymous.send(anonymous.request("/jobs")
                .header("Origin", "https://evil.example").method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertFalse(badPreflight.headers().firstValue("Access-Control-Allow-Origin").isPresent());
    }
}
