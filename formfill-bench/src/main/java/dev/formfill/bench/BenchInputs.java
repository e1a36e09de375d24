package dev.formfill.bench;

import dev.formfill.core.DetectedField;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A scratch directory holding the bench's generated form PDF and copied models; deleted on {@link #close()}.
 * Each JMH fork makes its own (generation takes milliseconds), so forks share no files.
 */
public final class BenchInputs implements AutoCloseable {

    /** Pages of the document the per-page benchmarks cycle through. */
    public static final int PAGES = 10;
    /** The {@code pdf} parameter value meaning the generated form. */
    public static final String GENERATED = "generated";

    private final Path dir;
    private final Path pdf;
    private final List<DetectedField> fields;

    private BenchInputs(Path dir, int pages) {
        this.dir = dir;
        this.pdf = dir.resolve("form-" + pages + "p.pdf");
        this.fields = new FormPdfGenerator().write(pdf, pages);
    }

    /** A fresh scratch directory with a {@code pages}-page generated form. */
    public static BenchInputs create(int pages) {
        try {
            return new BenchInputs(Files.createTempDirectory("formfill-bench-"), pages);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The generated form PDF. */
    public Path pdf() {
        return pdf;
    }

    /** {@code pdf} unless it is {@link #GENERATED}, in which case the generated form. */
    public Path pdfOrGenerated(String pdf) {
        if (pdf == null || GENERATED.equals(pdf)) {
            return this.pdf;
        }
        Path p = Path.of(pdf);
        if (!Files.isRegularFile(p)) {
            throw new IllegalArgumentException("no PDF at " + p.toAbsolutePath());
        }
        return p;
    }

    /** The fields drawn on the form (normalized boxes, unnamed). */
    public List<DetectedField> fields() {
        return fields;
    }

    /** The scratch directory. */
    public Path dir() {
        return dir;
    }

    @Override
    public void close() {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // scratch files in the temp directory only
        }
    }
}
