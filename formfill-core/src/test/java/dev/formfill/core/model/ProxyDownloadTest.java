package dev.formfill.core.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpServer;
import dev.formfill.core.ModelUnavailableException;
import dev.formfill.core.detect.onnx.ModelContract;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTTP_PROXY / NO_PROXY through a real forward proxy stand-in on loopback. */
class ProxyDownloadTest {

    @TempDir
    Path dir;

    @Test
    void downloadsThroughTheEnvironmentProxyAndBypassesNoProxyHosts() throws Exception {
        byte[] body = "weights".getBytes(StandardCharsets.UTF_8);
        AtomicReference<String> seen = new AtomicReference<>();
        HttpServer proxy = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        proxy.createContext("/", ex -> {
            seen.set(ex.getRequestURI().toString()); // a forward proxy receives the absolute URI
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(body);
            }
        });
        proxy.start();
        try {
            ModelSpec spec = new ModelSpec("P", "r", "model.onnx", URI.create("http://models.invalid/r/model.onnx"), -1,
                    null, 64, ModelContract.YOLO, List.of(), "", "");
            Map<String, String> env = Map.of("http_proxy", "127.0.0.1:" + proxy.getAddress().getPort());
            ModelCache cache = new ModelCache(dir);
            new ModelDownloader(cache, ModelDownloader.defaultClient(env)).pull(spec, null, false,
                    ModelDownloader.Listener.NONE);
            assertEquals("http://models.invalid/r/model.onnx", seen.get());
            assertArrayEquals(body, Files.readAllBytes(dir.resolve("model.onnx")));

            Map<String, String> bypass = Map.of("HTTP_PROXY", "http://127.0.0.1:" + proxy.getAddress().getPort(),
                    "NO_PROXY", "localhost,.invalid");
            seen.set(null);
            assertThrows(ModelUnavailableException.class, () -> new ModelDownloader(cache,
                    ModelDownloader.defaultClient(bypass)).pull(spec, null, true, ModelDownloader.Listener.NONE));
            assertEquals(null, seen.get(), "NO_PROXY host went to the proxy");
        } finally {
            proxy.stop(0);
        }
    }
}
