package dev.formfill.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.formfill.core.FormPreparer;
import dev.formfill.jobs.JobSettings;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every job route and its error codes, over real HTTP against a started server with a real job manager. */
class JobApiTest {

    @TempDir
    static Path dir;

    static final MutableClock CLOCK = new MutableClock();
    static final GatedDetector GATED = new GatedDetector();
    static ServerMain.Server server;
    static Api api;

    @BeforeAll
    static void start() {
        JobSettings jobs = JobSettings.builder().baseDir(dir.resolve("jobs")).maxUploadBytes(2L * 1024 * 1024)
                .queueCapacity(16).maxConcurrentJobs(2).ttl(Duration.ofMinutes(10)).clock(CLOCK).build();
        HttpSettings http = HttpSettings.builder().port(0).build();
        server = ServerMain.Server.start(http, jobs, FormPreparer.builder().detector(GATED).build());
        api = new Api(server.port());
    }

    @AfterAll
    static void stop() {
        GATED.open(1000);
        server.close();
    }

    static String submitOk(byte[] pdf, String options) throws Exception {
        HttpResponse<byte[]> r = api.submit(pdf, options);
        assertEquals(202, r.statusCode(), Api.text(r));
        return Api.json(r).get("job_id").asText();
    }

    @Test
    void submitPollDownload() throws Exception {
        HttpResponse<byte[]> r = api.submit(TestPdfs.form(2), "My Form (v2).pdf", "application/pdf",
                "{\"model\":\"geometry\"}");
        assertEquals(202, r.statusCode(), Api.text(r));
        JsonNode created = Api.json(r);
        String id = created.get("job_id").asText();
        assertEquals("queued", created.get("status").asText());
        assertEquals(0.0, created.get("progress").asDouble());
        assertFalse(created.get("token").asText().isEmpty());
        assertEquals("/jobs/" + id, r.headers().firstValue("Location").orElseThrow());
        assertTrue(r.headers().firstValue("X-Request-Id").isPresent());

        JsonNode done = api.awaitTerminal(id);
        assertEquals("ready", done.get("status").asText(), done.toString());
        assertEquals(1.0, done.get("progress").asDouble());
        assertEquals("/jobs/" + id + "/result", done.get("download_url").asText());
        assertEquals(2, done.get("page_count").asInt());

        // a client that accepts gzip still gets the exact bytes announced by Content-Length
        HttpResponse<byte[]> pdf = api.with("Accept-Encoding", "gzip").get(done.get("download_url").asText());
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(pdf.body().length, Long.parseLong(pdf.headers().firstValue("Content-Length").orElseThrow()));
        String disposition = pdf.headers().firstValue("Content-Disposition").orElseThrow();
        assertTrue(disposition.startsWith("attachment; filename=\"My_Form__v2__fillable.pdf\""), disposition);
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            assertEquals(2, doc.getNumberOfPages());
        }

        HttpResponse<byte[]> fields = api.get("/jobs/" + id + "/fields");
        assertEquals(200, fields.statusCode());
        JsonNode f = Api.json(fields);
        assertEquals(2, f.get("page_count").asInt());
        assertEquals(done.get("field_count").asInt(), f.get("fields").size());

        HttpResponse<byte[]> png = api.get("/jobs/" + id + "/pages/1");
        assertEquals(200, png.statusCode());
        assertEquals("image/png", png.headers().firstValue("Content-Type").orElseThrow());
        assertEquals((byte) 0x89, png.body()[0]);
        assertEquals("PNG", new String(png.body(), 1, 3, StandardCharsets.US_ASCII));
        assertEquals(404, api.get("/jobs/" + id + "/pages/2").statusCode());
        assertEquals(404, api.get("/jobs/" + id + "/pages/x").statusCode());

        assertEquals(204, api.delete("/jobs/" + id).statusCode());
        assertProblem(api.get("/jobs/" + id), 404, "JobNotFoundError");
        assertProblem(api.get("/jobs/" + id + "/result"), 404, "JobNotFoundError");
        assertProblem(api.delete("/jobs/" + id), 404, "JobNotFoundError");
    }

    @Test
    void detectedFieldsArePreviewedFromTheGatedDetector() throws Exception {
        String id = submitOk(TestPdfs.form(1), "{\"model\":\"gated\"}");
        GATED.awaitEntered();
        GATED.open(1);
        JsonNode done = api.awaitTerminal(id);
        assertEquals("ready", done.get("status").asText(), done.toString());
        assertEquals(1, done.get("field_count").asInt());
        JsonNode field = Api.json(api.get("/jobs/" + id + "/fields")).get("fields").get(0);
        assertEquals("TextBox", field.get("type").asText());
        assertEquals(0, field.get("page").asInt());
        assertEquals(0.3, field.get("box").get(0).asDouble(), 0.01);
        assertEquals(0.2, field.get("box").get(1).asDouble(), 0.01);
        assertEquals(0.7, field.get("box").get(2).asDouble(), 0.01);
        assertEquals(0.24, field.get("box").get(3).asDouble(), 0.01);
    }

    @Test
    void resultWhileRunningIs409WithStatusAndDeleteCancels() throws Exception {
        String id = submitOk(TestPdfs.form(1), "{\"model\":\"gated\"}");
        GATED.awaitEntered();
        HttpResponse<byte[]> r = api.get("/jobs/" + id + "/result");
        JsonNode p = assertProblem(r, 409, "JobNotReadyError");
        assertEquals("detecting", p.get("job_status").asText());
        assertProblem(api.get("/jobs/" + id + "/fields"), 409, "JobNotReadyError");
        JsonNode running = Api.json(api.get("/jobs/" + id));
        assertEquals("detecting", running.get("status").asText());
        assertTrue(running.get("progress").asDouble() > 0 && running.get("progress").asDouble() < 1);
        assertFalse(running.has("download_url"));

        assertEquals(204, api.delete("/jobs/" + id).statusCode());
        GATED.open(1); // the cancelled run leaves the detector and stops at the page boundary
        assertEquals(404, api.get("/jobs/" + id).statusCode());
    }

    @Test
    void expiredResultIs410() throws Exception {
        String id = submitOk(TestPdfs.form(1), "{\"model\":\"geometry\"}");
        assertEquals("ready", api.awaitTerminal(id).get("status").asText());
        assertEquals(200, api.get("/jobs/" + id + "/result").statusCode());
        CLOCK.advance(Duration.ofMinutes(11));
        assertProblem(api.get("/jobs/" + id + "/result"), 410, "JobExpiredError");
        server.jobs().purgeExpired();
        assertProblem(api.get("/jobs/" + id + "/result"), 410, "JobExpiredError");
        assertProblem(api.get("/jobs/" + id), 404, "JobNotFoundError");
    }

    @Test
    void encryptedPdfFailsWithEncryptedPdfError() throws Exception {
        assumeTrue(TestPdfs.sharedAvailable(), "shared eval data not present");
        String id = submitOk(TestPdfs.shared("bad/encrypted_user_password_unknown.pdf"), null);
        JsonNode done = api.awaitTerminal(id);
        assertEquals("failed", done.get("status").asText());
        assertEquals("EncryptedPdfError", done.get("error").get("type").asText());
        assertFalse(done.has("download_url"));
        JsonNode p = assertProblem(api.get("/jobs/" + id + "/result"), 409, "JobFailedError");
        assertEquals("EncryptedPdfError", p.get("error").get("type").asText());
    }

    @Test
    void encryptedPdfWithItsPasswordSucceeds() throws Exception {
        assumeTrue(TestPdfs.sharedAvailable(), "shared eval data not present");
        String id = submitOk(TestPdfs.shared("bad/encrypted_user_password_asdfzxcv.pdf"),
                "{\"password\":\"asdfzxcv\",\"model\":\"geometry\"}");
        JsonNode done = api.awaitTerminal(id);
        assertEquals("ready", done.get("status").asText(), done.toString());
    }

    @Test
    void brokenPdfFailsWithItsType() throws Exception {
        assumeTrue(TestPdfs.sharedAvailable(), "shared eval data not present");
        String id = submitOk(TestPdfs.shared("bad/invalid_not_a_pdf_structure.pdf"), null);
        JsonNode done = api.awaitTerminal(id);
        assertEquals("failed", done.get("status").asText());
        assertEquals("InvalidPdfError", done.get("error").get("type").asText());
    }

    @Test
    void emptyAndNonPdfUploadsAre422() throws Exception {
        assertProblem(api.submit(new byte[0], null), 422, "EmptyUploadError");
        if (TestPdfs.sharedAvailable()) {
            assertProblem(api.submit(TestPdfs.shared("bad/empty_zero_bytes.pdf"), null), 422, "EmptyUploadError");
        }
        byte[] text = "hello, this is not a PDF".getBytes(StandardCharsets.UTF_8);
        assertProblem(api.submit(text, "notes.pdf", "application/pdf", null), 422, "NotPdfError");
        assertProblem(api.submit(TestPdfs.form(1), "form.png", "image/png", null), 422, "NotPdfError");
        assertProblem(api.submit(null, "{}"), 422, "MissingFileError");
        // a PDF sent without a declared type, or as octet-stream, is fine
        assertEquals(202, api.submit(TestPdfs.form(1), "form.pdf", null, null).statusCode());
        assertEquals(202, api.submit(TestPdfs.form(1), "x", "application/octet-stream", null).statusCode());
    }

    @Test
    void badOptionsAre422NamingTheField() throws Exception {
        byte[] pdf = TestPdfs.form(1);
        assertEquals("confidenc", assertProblem(api.submit(pdf, "{\"confidenc\":0.5}"), 422, "InvalidOptionsError")
                .get("field").asText());
        assertEquals("confidence", assertProblem(api.submit(pdf, "{\"confidence\":2}"), 422, "InvalidOptionsError")
                .get("field").asText());
        assertEquals("renderDpi", assertProblem(api.submit(pdf, "{\"renderDpi\":\"high\"}"), 422,
                "InvalidOptionsError").get("field").asText());
        assertEquals("multiline", assertProblem(api.submit(pdf, "{\"multiline\":\"sometimes\"}"), 422,
                "InvalidOptionsError").get("field").asText());
        assertEquals("pages", assertProblem(api.submit(pdf, "{\"pages\":\"3-1\"}"), 422, "InvalidOptionsError")
                .get("field").asText());
        assertEquals("model", assertProblem(api.submit(pdf, "{\"model\":\"/etc/passwd\"}"), 422,
                "InvalidOptionsError").get("field").asText());
        assertEquals("options", assertProblem(api.submit(pdf, "{not json"), 422, "InvalidOptionsError")
                .get("field").asText());
        assertEquals("options", assertProblem(api.submit(pdf, "[1,2]"), 422, "InvalidOptionsError")
                .get("field").asText());
        // every library option name is accepted
        String all = "{\"model\":\"geometry\",\"keepExistingFields\":true,\"useSignatureFields\":false,\"imageSize\":0,"
                + "\"confidence\":0.4,\"nmsIou\":0.5,\"multiline\":\"off\",\"pages\":\"1-\",\"renderDpi\":100,"
                + "\"password\":null,\"fieldNames\":\"generic\",\"snapToLines\":false}";
        String id = submitOk(pdf, all);
        assertEquals("ready", api.awaitTerminal(id).get("status").asText());
    }

    @Test
    void tooLargeUploadIs413WithAndWithoutContentLength() throws Exception {
        byte[] big = new byte[3 * 1024 * 1024];
        Arrays.fill(big, (byte) ' ');
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 9);
        JsonNode p = assertProblem(api.submit(big, null), 413, "UploadTooLargeError");
        assertEquals(2L * 1024 * 1024, p.get("limit_bytes").asLong());

        // chunked: no Content-Length, so the limit is enforced while the multipart body streams in
        Api.Multipart m = new Api.Multipart().file("file", "big.pdf", "application/pdf", big);
        HttpResponse<byte[]> r = api.send(api.request("/jobs").header("Content-Type", m.contentType())
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(m.bytes()))));
        assertProblem(r, 413, "UploadTooLargeError");

        // just under the cap passes the HTTP layer (and fails later as a broken PDF, not as too large)
        byte[] almost = Arrays.copyOf(big, 2 * 1024 * 1024 - 10);
        assertEquals(202, api.submit(almost, null).statusCode());
    }

    @Test
    void nonMultipartIs415() throws Exception {
        HttpResponse<byte[]> r = api.send(api.request("/jobs").header("Content-Type", "application/pdf")
                .POST(HttpRequest.BodyPublishers.ofByteArray(TestPdfs.form(1))));
        assertProblem(r, 415, "UnsupportedMediaTypeError");
    }

    @Test
    void unknownAndMalformedIdsAre404() throws Exception {
        String unknown = "/jobs/7f0f5a9e-1111-4222-8333-944445555666";
        assertProblem(api.get(unknown), 404, "JobNotFoundError");
        assertProblem(api.get(unknown + "/result"), 404, "JobNotFoundError");
        assertProblem(api.delete(unknown), 404, "JobNotFoundError");
        assertProblem(api.get("/jobs/..%2F..%2Fetc"), 404, null);
        assertProblem(api.get("/jobs/not-a-uuid/result"), 404, "JobNotFoundError");
        assertProblem(api.get("/no/such/route"), 404, "NotFoundError");
    }

    @Test
    void problemsCarryTheRequestIdAndNoStackTrace() throws Exception {
        HttpResponse<byte[]> r = api.with("X-Request-Id", "trace-abc-123")
                .get("/jobs/7f0f5a9e-1111-4222-8333-944445555666");
        JsonNode p = assertProblem(r, 404, "JobNotFoundError");
        assertEquals("trace-abc-123", p.get("request_id").asText());
        assertEquals("trace-abc-123", r.headers().firstValue("X-Request-Id").orElseThrow());
        assertEquals("Job not found", p.get("title").asText());
        assertEquals(404, p.get("status").asInt());
        assertFalse(Api.text(r).contains("at dev.formfill"), "no stack trace in responses");
        // an unusable request id is replaced
        HttpResponse<byte[]> r2 = api.with("X-Request-Id", "bad id with spaces").get("/health");
        assertFalse(r2.headers().firstValue("X-Request-Id").orElseThrow().contains(" "));
    }

    @Test
    void healthMetricsPageAndOpenApi() throws Exception {
        HttpResponse<byte[]> h = api.get("/health");
        assertEquals(200, h.statusCode());
        JsonNode health = Api.json(h);
        assertEquals("ok", health.get("status").asText());
        assertTrue(health.has("queue_depth") && health.has("running_jobs"));
        assertEquals("geometry", health.get("detector").asText());

        String id = submitOk(TestPdfs.form(1), "{\"model\":\"geometry\"}");
        api.awaitTerminal(id);
        HttpResponse<byte[]> m = api.get("/metrics");
        assertEquals(200, m.statusCode());
        String metrics = Api.text(m);
        for (String name : new String[] {"jobs_total{outcome=\"ready\"}", "jobs_in_progress", "jobs_queue_depth",
            "job_duration_seconds_bucket", "job_stage_duration_seconds_bucket{", "jobs_submitted_total",
            "http_server_requests_seconds_count{method=\"POST\",outcome=\"SUCCESS\",status=\"202\",uri=\"/jobs\"}"}) {
            assertTrue(metrics.contains(name), "metrics lack " + name + ":\n"
                    + metrics.lines().filter(l -> l.startsWith("job")).limit(40).toList());
        }
        assertTrue(metrics.contains("stage=\"detecting\""), "stage durations are tagged by stage");

        HttpResponse<byte[]> page = api.get("/");
        assertEquals(200, page.statusCode());
        assertTrue(Api.text(page).contains("<form id=\"upload-form\""));
        assertEquals(200, api.get("/ui/app.js").statusCode());
        assertEquals(200, api.get("/ui/style.css").statusCode());
        assertEquals(404, api.get("/ui/index.html").statusCode());
        assertEquals(404, api.get("/ui/..%2F..%2Fopenapi.json").statusCode());

        JsonNode openapi = Api.json(api.get("/openapi.json"));
        assertEquals("3.0.3", openapi.get("openapi").asText());
    }

    static JsonNode assertProblem(HttpResponse<byte[]> r, int status, String type) throws Exception {
        assertEquals(status, r.statusCode(), Api.text(r));
        assertEquals(Exchange.PROBLEM_JSON, r.headers().firstValue("Content-Type").orElseThrow().split(";")[0]);
        JsonNode p = Api.json(r);
        if (type != null) {
            assertEquals(type, p.get("type").asText(), p.toString());
        }
        assertEquals(status, p.get("status").asInt());
        assertNotNull(p.get("title"));
        assertTrue(p.has("request_id"), p.toString());
        return p;
    }
}
