package dev.formfill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code formfill models list|pull} end to end, downloads from a loopback server. */
class ModelsCommandTest {

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run cli(String... args) {
        PrintStream oldOut = System.out, oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int code = FormFillCli.run(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private long fileCount() throws Exception {
        if (!Files.isDirectory(dir.resolve("cache"))) {
            return 0;
        }
        try (Stream<Path> s = Files.list(dir.resolve("cache"))) {
            return s.count();
        }
    }

    @Test
    void listShowsWhatIsPulledAndWhatAutoUses() throws Exception {
        Run empty = cli("models", "list", "--dir", dir.resolve("cache").toString());
        assertEquals(0, empty.code(), empty.err());
        assertTrue(empty.out().contains("not pulled (formfill models pull FFDNet-S, 38.4 MB)"), empty.out());
        assertTrue(empty.out().contains("auto uses: geometry"), empty.out());

        Files.createDirectories(dir.resolve("cache"));
        Files.write(dir.resolve("cache").resolve("FFDNet-L.onnx"), new byte[2_500_000]);
        Run one = cli("models", "list", "--model-dir", dir.resolve("cache").toString());
        assertTrue(one.out().contains("pulled: " + dir.resolve("cache").resolve("FFDNet-L.onnx") + " (2.5 MB)"), one.out());
        assertTrue(one.out().contains("auto uses: FFDNet-L"), one.out());
    }

    @Test
    void pullFailuresExitWithModelUnavailableAndLeaveNothing() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/FFDNet-S.onnx", ex -> {
            byte[] body = "not the published FFDNet-S".getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(body);
            }
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            Run mismatch = cli("models", "pull", "ffdnet-s", "--dir", dir.resolve("cache").toString(), "--url",
                    base + "/FFDNet-S.onnx", "-q");
            assertEquals(ExitCodes.MODEL_UNAVAILABLE, mismatch.code(), mismatch.err());
            assertTrue(mismatch.err().contains("ModelUnavailableError"), mismatch.err());
            assertTrue(mismatch.err().contains("the file was discarded"), mismatch.err());
            assertEquals(0, fileCount());

            Run missing = cli("models", "pull", "FFDetr", "--dir", dir.resolve("cache").toString(), "--url",
                    base + "/nothing-here.onnx", "-q");
            assertEquals(ExitCodes.MODEL_UNAVAILABLE, missing.code(), missing.err());
            assertTrue(missing.err().contains("HTTP 404"), missing.err());
            assertEquals(0, fileCount());
        } finally {
            server.stop(0);
        }
        Run unknown = cli("models", "pull", "FFDNet-XL", "--dir", dir.resolve("cache").toString());
        assertEquals(ExitCodes.USAGE, unknown.code());
        assertTrue(unknown.err().contains("known: FFDetr, FFDNet-L, FFDNet-S"), unknown.err());
    }
}
