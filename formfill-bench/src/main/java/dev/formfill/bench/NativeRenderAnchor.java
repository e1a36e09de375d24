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

    /** Whether the tool runs here. */
    public boolean available() {
        try {
            Process p = new ProcessBuilder(command, "-v").redirectErrorStream(true).start();
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
        if (!available()) {
            return Optional.empty();
        }
        Path outDir = Files.createTempDirectory("formfill-bench-ppm-");
        try {
            List<Double> perPage = new ArrayList<>();
            for (int i = 0; i <= runs; i++) {
                long t0 = System.nanoTime();
                Process p = new ProcessBuilder(command, "-r", Integer.toString(dpi), pdf.toString(),
                        outDir.resolve("page").toString()).redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
                    throw new IOException(command + " failed on " + pdf);
                }
                double ms = (System.nanoTime() - t0) / 1e6 / pages;
                if (i > 0) {
                    perPage.add(ms);
                }
                clear(outDir);
            }
            Collections.sort(perPage);
            double median = perPage.get(perPage.size() / 2);
            double spread = (perPage.get(perPage.size() - 1) - perPage.get(0)) / 2;
            return Optional.of(new Measurement(NAME, Map.of("dpi", Integer.toString(dpi)), median, spread, "ms/op",
                    perPage.size()));
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
