package dev.formfill.bench;

import dev.formfill.core.CancellationToken;
import dev.formfill.core.FormFillException;
import dev.formfill.core.FormPreparer;
import dev.formfill.core.PrepareOptions;
import dev.formfill.core.PrepareResult;
import dev.formfill.core.ProgressListener;
import dev.formfill.core.Stage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The geometry detector over every page of a folder of real forms ({@code ../shared/eval/dev}),
 * outside JMH: each document goes through the real pipeline at 144 dpi and the detection stage's
 * wall time is summed (content parsing, the rules and the raster passes for scans; rendering
 * excluded). One untimed pass first warms the JIT. Reports the mean per page.
 */
final class DevSetSweep {

    static final String NAME = "GeometryDevSet.detect";

    private DevSetSweep() {
    }

    static Optional<Measurement> measure(Path dir) throws IOException {
        List<Path> pdfs;
        try (Stream<Path> files = Files.list(dir)) {
            pdfs = files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        if (pdfs.isEmpty()) {
            return Optional.empty();
        }
        PrepareOptions options = PrepareOptions.builder().model(PrepareOptions.GEOMETRY).renderDpi(144).build();
        try (FormPreparer preparer = FormPreparer.builder().build()) {
            sweep(preparer, pdfs, options); // warm-up
            long[] pagesAndNanos = sweep(preparer, pdfs, options);
            if (pagesAndNanos[0] == 0) {
                return Optional.empty();
            }
            double ms = pagesAndNanos[1] / 1e6 / pagesAndNanos[0];
            return Optional.of(new Measurement(NAME, Map.of("pdf", dir.getFileName() + " (" + pagesAndNanos[0] + " pages)"),
                    ms, Double.NaN, "ms/op", pagesAndNanos[0], Double.NaN));
        }
    }

    private static long[] sweep(FormPreparer preparer, List<Path> pdfs, PrepareOptions options) {
        long pages = 0, nanos = 0;
        for (Path pdf : pdfs) {
            try {
                PrepareResult r = preparer.detect(pdf, options, ProgressListener.NONE, CancellationToken.none());
                pages += r.pagesScanned();
                nanos += r.stageTimings().getOrDefault(Stage.DETECTING, Duration.ZERO).toNanos();
            } catch (FormFillException e) {
                // an unreadable document is not part of the timing
            }
        }
        return new long[] {pages, nanos};
    }
}
