package dev.formfill.bench.jmh;

import dev.formfill.bench.BenchInputs;
import dev.formfill.core.DetectedField;
import dev.formfill.core.PrepareOptions;
import dev.formfill.core.layout.FieldLayout;
import dev.formfill.core.pdf.AcroFormWriter;
import dev.formfill.core.pdf.PdfOpener;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * AcroForm writing per page: adding the form's fields (about 50 a page, named as the pipeline names them)
 * and saving the document. Each invocation gets a freshly opened document (opening is not timed).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class WriterBench {

    private BenchInputs inputs;
    private List<DetectedField> fields;
    private PDDocument doc;
    private final AcroFormWriter writer = new AcroFormWriter();
    private final PrepareOptions options = PrepareOptions.defaults();

    /** Generates the form and names its fields once. */
    @Setup(Level.Trial)
    public void setup() {
        inputs = BenchInputs.create(BenchInputs.PAGES);
        fields = new FieldLayout().finish(inputs.fields(), options);
    }

    /** A fresh, unmodified document for each write. */
    @Setup(Level.Invocation)
    public void open() {
        doc = new PdfOpener(10_000).open(inputs.pdf(), null);
    }

    /** Adds every field of the document and saves it; reported per page. */
    @Benchmark
    @OperationsPerInvocation(BenchInputs.PAGES)
    public PDDocument writeAndSave() throws IOException {
        writer.write(doc, fields, options);
        doc.save(OutputStream.nullOutputStream());
        return doc;
    }

    /** Closes the invocation's document. */
    @TearDown(Level.Invocation)
    public void close() throws IOException {
        doc.close();
    }

    /** Deletes the scratch files. */
    @TearDown(Level.Trial)
    public void tearDown() {
        inputs.close();
    }
}
