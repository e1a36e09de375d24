package dev.formfill.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The native render floor: poppler's {@code pdftoppm -r DPI} over the same generated pages PDFBox renders
 * in {@code RenderBench}. One process renders the whole document (so its start-up is spread over the pages,
 * as a batch user would run it); the per-page figure is the median of a few runs divided by the pages.
 */
public final class NativeRenderAnchor {

    /** Name of the measurement this anchor yields. */
    public static final String NAME = "anchor.pdftoppm";

    private final String command;

    /** @param command the pdftoppm executable (a name on PATH or a path) */
    public NativeRenderAnchor(String command) {
        this.command = command;
    }

    /** With {@code pdftoppm} from PATH. */
    public static NativeRenderAnchor defaults() {
        return new NativeRenderAnchor("pdftoppm");
    }

    /** Whether the tool (and bash, which times it) runs here. */
    public boolean available() {
        try {
            Process p = new ProcessBuilder("bash", "-c", "\"$0\" -v", command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Milliseconds per page rendering {@code pdf} ({@code pages} pages) at {@code dpi}, median of {@code runs}
     * runs after one warm-up run (file cache, shared libraries); empty when poppler is not installed.
     */
    public Optional<Measurement> measure(Path pdf, int pages, int dpi, int runs) throws IOException, InterruptedException {
        return measure(pdf, "generated", pages, dpi, runs);
    }

    /** As {@link #measure(Path, int, int, int)} for the first {@code pages} pages, labelled {@code label}. */
    public Optional<Measurement> measure(Path pdf, String label, int pages, int dpi, int runs)
            throws IOException, InterruptedException {
        if (!available()) {
            return Optional.empty();
        }
        Path outDir = Files.createTempDirectory("formfill-bench-ppm-");
        try {
            List<Double> perPage = new ArrayList<>();
            List<Double> cpuPerPage = new ArrayList<>();
            for (int i = 0; i <= runs; i++) {
                long t0 = System.nanoTime();
                // bash's `time` reports the child's user+system CPU, the figure a busy machine distorts least
                Process p = new ProcessBuilder("bash", "-c", "TIMEFORMAT='cpu %3U %3S'; time \"$0\" -r \"$1\" -f 1 -l \"$4\" \"$2\" \"$3\"",
                        command, Integer.toString(dpi), pdf.toString(), outDir.resolve("page").toString(),
                        Integer.toString(pages))
                        .redirectErrorStream(true).start();
                String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
                    throw new IOException(command + " failed on " + pdf + ": " + output.strip());
                }
                double ms = (System.nanoTime() - t0) / 1e6 / pages;
                if (i > 0) {
                    perPage.add(ms);
                    output.lines().filter(l -> l.startsWith("cpu ")).findFirst().ifPresent(l -> {
                        String[] f = l.trim().split("\\s+");
                        cpuPerPage.add((Double.parseDouble(f[1]) + Double.parseDouble(f[2])) * 1000 / pages);
                    });
                }
                clear(outDir);
            }
            Collections.sort(perPage);
            Collections.sort(cpuPerPage);
            double median = perPage.get(perPage.size() / 2);
            double spread = (perPage.get(perPage.size() - 1) - perPage.get(0)) / 2;
            double cpu = cpuPerPage.isEmpty() ? Double.NaN : cpuPerPage.get(cpuPerPage.size() / 2);
            return Optional.of(new Measurement(NAME, Map.of("dpi", Integer.toString(dpi), "pdf", label), median, spread, "ms/op",
                    perPage.size(), cpu));
        } finally {
            clear(outDir);
            Files.deleteIfExists(outDir);
        }
    }

    private static void clear(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(f);
            }
        }
    }
}
