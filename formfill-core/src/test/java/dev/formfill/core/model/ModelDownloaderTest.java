package dev.formfill.core.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.formfill.core.ModelUnavailableException;
import dev.formfill.core.detect.onnx.ModelContract;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Downloads against a real HTTP server on loopback. */
class ModelDownloaderTest {

    @TempDir
    Path cacheDir;

    private HttpServer server;
    private final byte[] payload = new byte[300_000];
    private volatile byte[] served;

    @BeforeEach
    void start() throws IOException {
        new Random(42).nextBytes(payload);
        served = payload;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/ok/model.onnx", ex -> {
            byte[] body = served;
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        server.createContext("/redirect/model.onnx", ex -> {
            ex.getResponseHeaders().add("Location", url("/ok/model.onnx").toString());
            ex.sendResponseHeaders(302, -1);
            ex.close();
        });
        server.createContext("/missing/model.onnx", ex -> {
            ex.sendResponseHeaders(404, -1);
            ex.close();
        });
        server.createContext("/drop/model.onnx", ex -> {
            // promises the whole file, sends a third, then the connection goes away
            ex.sendResponseHeaders(200, payload.length);
            OutputStream out = ex.getResponseBody();
            out.write(payload, 0, payload.length / 3);
            out.flush();
            ex.getHttpContext().getServer().stop(0);
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private ModelSpec spec(String path, String sha, long size) {
        return new ModelSpec("Test-Model", "test/repo", "model.onnx", url(path), size, sha, 64, ModelContract.YOLO,
                List.of("TextBox"), "test", "test model");
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(cacheDir)) {
            return s.toList();
        }
    }

    @Test
    void downloadsVerifiesAndReportsProgress() throws IOException {
        ModelCache cache = new ModelCache(cacheDir);
        String sha = sha(payload);
        List<long[]> progress = new ArrayList<>();
        ModelDownloader.Result r = new ModelDownloader(cache).pull(spec("/ok/model.onnx", sha, payload.length), null, false,
                (done, total) -> progress.add(new long[] {done, total}));
        assertEquals(cacheDir.resolve("model.onnx"), r.path());
        assertEquals("published", r.verifiedBy());
        assertFalse(r.alreadyCached());
        assertArrayEquals(payload, Files.readAllBytes(r.path()));
        assertEquals(List.of(r.path()), files(), "no .part and no pins left over");
        long[] last = progress.get(progress.size() - 1);
        assertEquals(payload.length, last[0]);
        assertEquals(payload.length, last[1]);
        assertTrue(cache.isCached(spec("/ok/model.onnx", sha, payload.length)));

        // a second pull verifies the cached copy and downloads nothing
        served = new byte[0];
        ModelDownloader.Result again = new ModelDownloader(cache).pull(spec("/ok/model.onnx", sha, -1), null, false,
                ModelDownloader.Listener.NONE);
        assertTrue(again.alreadyCached());
    }

    @Test
    void followsRedirectsAndTakesAUrlOverride() throws IOException {
        ModelCache cache = new ModelCache(cacheDir);
        String sha = sha(payload);
        ModelDownloader.Result r = new ModelDownloader(cache).pull(spec("/missing/model.onnx", sha, -1),
                url("/redirect/model.onnx"), false, ModelDownloader.Listener.NONE);
        assertArrayEquals(payload, Files.readAllBytes(r.path()));
    }

    @Test
    void checksumMismatchLeavesNoFile() throws IOException {
        String wrong = "0".repeat(64);
        ModelUnavailableException e = assertThrows(ModelUnavailableException.class,
                () -> new ModelDownloader(new ModelCache(cacheDir)).pull(spec("/ok/model.onnx", wrong, -1), null, false,
                        ModelDownloader.Listener.NONE));
        assertTrue(e.getMessage().contains("failed verification"), e.getMessage());
        assertEquals(List.of(), files());
    }

    @Test
    void http404LeavesNoFile() throws IOException {
        ModelUnavailableException e = assertThrows(ModelUnavailableException.class,
                () -> new ModelDownloader(new ModelCache(cacheDir)).pull(spec("/missing/model.onnx", null, -1), null, false,
                        ModelDownloader.Listener.NONE));
        assertTrue(e.getMessage().contains("HTTP 404"), e.getMessage());
        assertEquals(List.of(), files());
    }

    @Test
    void droppedConnectionLeavesNoPartialFile() throws IOException {
        ModelUnavailableException e = assertThrows(ModelUnavailableException.class,
                () -> new ModelDownloader(new ModelCache(cacheDir)).pull(spec("/drop/model.onnx", null, -1), null, false,
                        ModelDownloader.Listener.NONE));
        assertTrue(e.getMessage().contains("nothing was saved"), e.getMessage());
        assertEquals(List.of(), files());
    }

    @Test
    void unpublishedChecksumIsPinnedOnFirstPullAndEnforcedAfter() throws IOException {
        ModelCache cache = new ModelCache(cacheDir);
        ModelSpec unpublished = spec("/ok/model.onnx", null, -1);
        ModelDownloader.Result first = new ModelDownloader(cache).pull(unpublished, null, false, ModelDownloader.Listener.NONE);
        assertEquals("pinned now", first.verifiedBy());
        assertEquals(first.sha256(), cache.pinnedSha256("model.onnx").orElseThrow());
        assertTrue(Files.isRegularFile(cacheDir.resolve(ModelCache.PINS_FILE)));

        ModelDownloader.Result same = new ModelDownloader(cache).pull(unpublished, null, true, ModelDownloader.Listener.NONE);
        assertEquals("pin", same.verifiedBy());

        // the server now serves other bytes: the forced re-pull fails and the good cached copy stays
        byte[] other = payload.clone();
        other[0] ^= 1;
        served = other;
        ModelUnavailableException e = assertThrows(ModelUnavailableException.class,
                () -> new ModelDownloader(cache).pull(unpublished, null, true, ModelDownloader.Listener.NONE));
        assertTrue(e.getMessage().contains("pinned on the first pull"), e.getMessage());
        assertArrayEquals(payload, Files.readAllBytes(cacheDir.resolve("model.onnx")));
        assertEquals(2, files().size(), "model and pins only: " + files());
    }

    private static String sha(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
