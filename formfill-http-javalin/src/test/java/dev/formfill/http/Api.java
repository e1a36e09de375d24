package dev.formfill.http;

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
import java.util.UUID;

/** A small client of the job API over real loopback HTTP (java.net.http). */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper();

    final String base;
    final HttpClient http;
    private final String[] headers;

    Api(int port, String... headers) {
        this("http://127.0.0.1:" + port, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build(), headers);
    }

    private Api(String base, HttpClient http, String[] headers) {
        this.base = base;
        this.http = http;
        this.headers = headers;
    }

    /** The same client sending extra headers (name, value, ...). */
    Api with(String... extra) {
        String[] all = new String[headers.length + extra.length];
        System.arraycopy(headers, 0, all, 0, headers.length);
        System.arraycopy(extra, 0, all, headers.length, extra.length);
        return new Api(base, http, all);
    }

    HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    HttpResponse<byte[]> delete(String path) throws IOException, InterruptedException {
        return send(request(path).DELETE());
    }

    HttpResponse<byte[]> send(HttpRequest.Builder b) throws IOException, InterruptedException {
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return b;
    }

    /** POST /jobs with a file part (and an options part when not null). */
    HttpResponse<byte[]> submit(byte[] pdf, String name, String contentType, String options)
            throws IOException, InterruptedException {
        Multipart m = new Multipart();
        if (options != null) {
            m.field("options", options);
        }
        if (pdf != null) {
            m.file("file", name, contentType, pdf);
        }
        return send(request("/jobs").header("Content-Type", m.contentType()).POST(m.publisher()));
    }

    HttpResponse<byte[]> submit(byte[] pdf, String options) throws IOException, InterruptedException {
        return submit(pdf, "form.pdf", "application/pdf", options);
    }

    /** Polls until the job is ready, failed or cancelled; returns the last status document. */
    JsonNode awaitTerminal(String id) throws IOException, InterruptedException {
        for (int i = 0; i < 6000; i++) {
            HttpResponse<byte[]> r = get("/jobs/" + id);
            if (r.statusCode() != 200) {
                throw new AssertionError("GET /jobs/" + id + " -> " + r.statusCode() + " " + text(r));
            }
            JsonNode j = json(r);
            String s = j.get("status").asText();
            if (s.equals("ready") || s.equals("failed") || s.equals("cancelled")) {
                return j;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("job " + id + " did not finish");
    }

    static JsonNode json(HttpResponse<byte[]> r) throws IOException {
        return JSON.readTree(r.body());
    }

    static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    /** A multipart/form-data body built in memory (test uploads are small). */
    static final class Multipart {
        private final String boundary = "----formfill" + UUID.randomUUID().toString().replace("-", "");
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();

        Multipart field(String name, String value) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n");
            write(value);
            write("\r\n");
            return this;
        }

        Multipart file(String name, String filename, String contentType, byte[] data) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + filename
                    + "\"\r\n" + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n") + "\r\n");
            body.writeBytes(data);
            write("\r\n");
            return this;
        }

        String contentType() {
            return "multipart/form-data; boundary=" + boundary;
        }

        byte[] bytes() {
            ByteArrayOutputStream copy = new ByteArrayOutputStream();
            copy.writeBytes(body.toByteArray());
            copy.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return copy.toByteArray();
        }

        HttpRequest.BodyPublisher publisher() {
            return HttpRequest.BodyPublishers.ofByteArray(bytes());
        }

        private void write(String s) {
            body.writeBytes(s.getBytes(StandardCharsets.UTF_8));
        }
    }
}
