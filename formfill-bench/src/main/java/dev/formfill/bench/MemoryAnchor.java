package dev.formfill.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The memory anchor: peak retained heap of {@code prepareForm} on a 100-page vs a 10-page document, each in
 * a fresh JVM ({@link MemoryProbe}) with the same {@code -Xmx}, so streaming (flat memory) shows as a ratio
 * near 1.
 */
public final class MemoryAnchor {

    /** Measurement name of the retained-heap peak. */
    public static final String RETAINED = "anchor.memory.peakRetained";
    /** Measurement name of the heap pools' peak (garbage included). */
    public static final String POOLS = "anchor.memory.peakPools";
    /** Measurement name of the process's peak resident set (heap, direct buffers, native). */
    public static final String RSS = "anchor.memory.peakRss";

    private final String maxHeap;
    private final long timeoutSeconds;

    /** @param maxHeap the child's {@code -Xmx} value, e.g. {@code 1g} */
    public MemoryAnchor(String maxHeap, long timeoutSeconds) {
        this.maxHeap = maxHeap;
        this.timeoutSeconds = timeoutSeconds;
    }

    /** Runs one probe per page count; returns its measurements per count (retained, pools, RSS), in bytes. */
    public List<Measurement> measure(List<Integer> pageCounts, String model, int threads)
            throws IOException, InterruptedException {
        List<Measurement> out = new ArrayList<>();
        for (int pages : pageCounts) {
            JsonNode r = probe(pages, model, threads);
            Map<String, String> params = Map.of("pages", Integer.toString(pages), "model", r.path("model").asText(model));
            out.add(new Measurement(RETAINED, params, r.path("peakRetainedBytes").asDouble(), Double.NaN, "bytes", 1, Double.NaN));
            out.add(new Measurement(POOLS, params, r.path("peakPoolBytes").asDouble(), Double.NaN, "bytes", 1, Double.NaN));
            if (r.path("peakRssBytes").asLong(-1) > 0) {
                out.add(new Measurement(RSS, params, r.path("peakRssBytes").asDouble(), Double.NaN, "bytes", 1, Double.NaN));
            }
        }
        return out;
    }

    private JsonNode probe(int pages, String model, int threads) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx" + maxHeap, "-XX:+UseG1GC",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                MemoryProbe.class.getName(), Integer.toString(pages), model, Integer.toString(threads));
        // The classpath goes through the environment: a long command line crashes ONNX Runtime 1.29 at start-up
        // (the project pins 1.26; this keeps an upgrade from breaking the probe).
        pb.environment().put("CLASSPATH", System.getProperty("java.class.path"));
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        Path stdoutFile = Files.createTempFile("formfill-bench-mem-", ".json");
        try {
            pb.redirectOutput(stdoutFile.toFile());
            Process p = pb.start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("memory probe (" + pages + " pages) timed out after " + timeoutSeconds + " s");
            }
            if (p.exitValue() != 0) {
                throw new IOException("memory probe (" + pages + " pages, " + model + ") exited with " + p.exitValue());
            }
            String stdout = Files.readString(stdoutFile, StandardCharsets.UTF_8);
            String last = stdout.strip().lines().reduce((a, b) -> b).orElse("");
            return new ObjectMapper().readTree(last);
        } finally {
            Files.deleteIfExists(stdoutFile);
        }
    }
}
