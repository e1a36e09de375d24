package dev.formfill.core;

import dev.formfill.core.detect.DetectorRegistry;
import dev.formfill.core.detect.FieldDetector;
import dev.formfill.core.model.ModelCache;
import dev.formfill.core.pdf.PdfOpener;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The FormFill entry point: turns a flat PDF into a fillable one. Build one per application and
 * reuse it: it is thread-safe, and it holds each detector (each ONNX session) once.
 *
 * <pre>{@code
 * try (FormPreparer preparer = FormPreparer.builder().build()) {
 *     PrepareResult r = preparer.prepareForm(in, out, PrepareOptions.defaults(), ProgressListener.NONE);
 * }
 * }</pre>
 */
public final class FormPreparer implements AutoCloseable {

    private final DetectorRegistry detectors;
    private final Pipeline pipeline;

    private FormPreparer(Builder b) {
        this.detectors = new DetectorRegistry(b.modelDirectory, b.intraOpThreads, b.detectors);
        this.pipeline = new Pipeline(new PdfOpener(b.maxPages), b.maxPagePixels);
    }

    /** A builder with the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Detects the fields of {@code in} and writes the fillable PDF to {@code out}, atomically:
     * on any failure {@code out} is left as it was and no temporary file remains.
     *
     * @throws FormFillException typed: {@link EncryptedPdfException}, {@link InvalidPdfException}, ...
     */
    public PrepareResult prepareForm(Path in, Path out, PrepareOptions options, ProgressListener listener) {
        return prepareForm(in, out, options, listener, CancellationToken.none());
    }

    /** As {@link #prepareForm(Path, Path, PrepareOptions, ProgressListener)}, cancellable between pages. */
    public PrepareResult prepareForm(Path in, Path out, PrepareOptions options, ProgressListener listener,
                                     CancellationToken cancel) {
        Objects.requireNonNull(out, "out");
        return run(in, out, options, listener, cancel);
    }

    /**
     * Stream variant: reads the PDF from {@code in} (spooled to a temporary file, since PDF needs
     * random access) and writes the fillable PDF to {@code out} only once it is complete.
     */
    public PrepareResult prepareForm(InputStream in, OutputStream out, PrepareOptions options, ProgressListener listener) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("formfill-");
            Path src = dir.resolve("input.pdf");
            Path dst = dir.resolve("output.pdf");
            try {
                Files.copy(in, src);
            } catch (IOException e) {
                throw new InvalidPdfException("cannot read the input stream: " + e.getMessage(), e);
            }
            PrepareResult result = prepareForm(src, dst, options, listener);
            Files.copy(dst, out);
            return result;
        } catch (IOException e) {
            throw new OutputWriteException("cannot write the output stream: " + e.getMessage(), e);
        } finally {
            deleteTree(dir);
        }
    }

    /** Finds the fields without writing anything: the result lists them with their final names. */
    public PrepareResult detect(Path in, PrepareOptions options, ProgressListener listener, CancellationToken cancel) {
        return run(in, null, options, listener, cancel);
    }

    private PrepareResult run(Path in, Path out, PrepareOptions options, ProgressListener listener,
                              CancellationToken cancel) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(options, "options");
        FieldDetector detector = detectors.resolve(options.model());
        return pipeline.run(in, out, options, detector, listener, cancel == null ? CancellationToken.none() : cancel);
    }

    /** The detector a model option resolves to (loading it if needed), e.g. to warm up at startup. */
    public String resolveDetector(String model) {
        return detectors.resolve(model).name();
    }

    /** Releases the detectors (ONNX sessions). */
    @Override
    public void close() {
        detectors.close();
    }

    private static void deleteTree(Path dir) {
        if (dir == null) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // temporary files only
        }
    }

    /** Builder for {@link FormPreparer}. */
    public static final class Builder {
        private Path modelDirectory = ModelCache.defaultDirectory();
        private int intraOpThreads = 0;
        private int maxPages = 2000;
        private long maxPagePixels = 40_000_000L;
        private final List<FieldDetector> detectors = new ArrayList<>();

        private Builder() {
        }

        /** Where pulled models live (default {@code ~/.cache/formfill/models}, or {@code $FORMFILL_MODEL_DIR}). */
        public Builder modelDirectory(Path dir) {
            this.modelDirectory = Objects.requireNonNull(dir);
            return this;
        }

        /** ONNX Runtime intra-op threads per session; 0 lets ONNX Runtime choose. */
        public Builder intraOpThreads(int n) {
            if (n < 0) {
                throw new IllegalArgumentException("intraOpThreads must be >= 0");
            }
            this.intraOpThreads = n;
            return this;
        }

        /** Documents with more pages are refused with {@link PdfTooLargeException} (default 2000). */
        public Builder maxPages(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("maxPages must be >= 1");
            }
            this.maxPages = n;
            return this;
        }

        /** Pages whose render would exceed this many pixels render at a lower DPI (default 40 M). */
        public Builder maxPagePixels(long n) {
            if (n < 10_000) {
                throw new IllegalArgumentException("maxPagePixels must be >= 10000");
            }
            this.maxPagePixels = n;
            return this;
        }

        /** Registers an extra detector, selectable with {@code PrepareOptions.model(detector.name())}. */
        public Builder detector(FieldDetector detector) {
            this.detectors.add(Objects.requireNonNull(detector));
            return this;
        }

        /** Builds the preparer. */
        public FormPreparer build() {
            return new FormPreparer(this);
        }
    }
}
