package dev.formfill.bench;

import dev.formfill.core.FormPreparer;
import dev.formfill.core.PrepareOptions;
import dev.formfill.core.ProgressListener;
import dev.formfill.core.Stage;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Child-process side of the memory anchor: generates an N-page form, runs {@code prepareForm} on it once, and
 * prints one JSON line with the heap it needed. At each page's detection step (the rendered image is alive)
 * it forces a GC and reads the heap in use: the maximum over pages is the peak <em>retained</em> heap, which
 * must not grow with the page count if the pipeline streams. The heap pools' peak usage (garbage included) is
 * reported beside it. Run in a fresh JVM per document so one run's heap cannot hide another's.
 *
 * <pre>java -Xmx1g dev.formfill.bench.MemoryProbe PAGES MODEL THREADS</pre>
 */
public final class MemoryProbe {

    private MemoryProbe() {
    }

    /** Prints {@code {"pages":..,"peakRetainedBytes":..,"peakPoolBytes":..,"peakRssBytes":..,"seconds":..}}. */
    public static void main(String[] args) throws Exception {
        int pages = Integer.parseInt(args[0]);
        String model = args.length > 1 ? args[1] : PrepareOptions.GEOMETRY;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        Path dir = Files.createTempDirectory("formfill-bench-mem-");
        Path pdf = dir.resolve("form.pdf");
        Path out = dir.resolve("out.pdf");
        new FormPdfGenerator().write(pdf, pages); // the returned field list is dropped: it is not pipeline memory
        try (FormPreparer preparer = FormPreparer.builder().intraOpThreads(threads).build()) {
            String resolved = PrepareOptions.GEOMETRY.equals(model) ? model
                    : BenchModels.defaults().modelOption(model, dir);
            PrepareOptions options = PrepareOptions.builder().model(resolved).build();
            preparer.resolveDetector(resolved);
            System.gc();
            long baseline = usedHeap();
            long[] peak = {baseline};
            ProgressListener probe = e -> {
                if (e.stage() == Stage.DETECTING || e.stage() == Stage.WRITING) {
                    System.gc();
                    peak[0] = Math.max(peak[0], usedHeap());
                }
            };
            resetPoolPeaks();
            long t0 = System.nanoTime();
            preparer.prepareForm(pdf, out, options, probe);
            double seconds = (System.nanoTime() - t0) / 1e9;
            long outBytes = Files.size(out);
            System.out.printf(Locale.ROOT,
                    "{\"pages\":%d,\"model\":\"%s\",\"baselineBytes\":%d,\"peakRetainedBytes\":%d,"
                            + "\"peakPoolBytes\":%d,\"peakRssBytes\":%d,\"seconds\":%.3f,\"outputBytes\":%d}%n",
                    pages, Path.of(model).getFileName(), baseline, peak[0], poolPeaks(), peakRss(), seconds, outBytes);
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    /**
     * The process's peak resident set (Linux {@code VmHWM}): heap, direct buffers and ONNX Runtime's native
     * memory together; -1 elsewhere.
     */
    private static long peakRss() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM:"))
                    .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", "")) * 1024).findFirst().orElse(-1);
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void resetPoolPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long poolPeaks() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
