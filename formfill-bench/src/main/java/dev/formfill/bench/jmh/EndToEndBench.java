package dev.formfill.bench.jmh;

import dev.formfill.bench.BenchInputs;
import dev.formfill.bench.BenchModels;
import dev.formfill.core.FormPreparer;
import dev.formfill.core.PrepareOptions;
import dev.formfill.core.PrepareResult;
import dev.formfill.core.ProgressListener;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * End-to-end {@code FormPreparer.prepareForm} on the generated 10-page form, file to file, reported per page:
 * validate, render, detect, lay out, write, save atomically. {@code detector} is {@code geometry} or a bench
 * model name (an ONNX detector through the model-path option).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 4)
@Measurement(iterations = 5, time = 4)
@Fork(1)
public class EndToEndBench {

    /** {@code geometry}, or a model short name (see {@link BenchModels}). */
    @Param({PrepareOptions.GEOMETRY})
    public String detector;

    /** ONNX Runtime intra-op threads (ignored by the geometry detector). */
    @Param({"2"})
    public int threads;

    private BenchInputs inputs;
    private FormPreparer preparer;
    private PrepareOptions options;
    private Path out;

    /** Generates the form, builds the preparer and warms the detector up. */
    @Setup(Level.Trial)
    public void setup() {
        inputs = BenchInputs.create(BenchInputs.PAGES);
        preparer = FormPreparer.builder().intraOpThreads(threads).build();
        String model = PrepareOptions.GEOMETRY.equals(detector) ? detector
                : BenchModels.defaults().modelOption(detector, inputs.dir());
        options = PrepareOptions.builder().model(model).build();
        preparer.resolveDetector(model);
        out = inputs.dir().resolve("out.pdf");
    }

    /** One document, file to file; reported per page. */
    @Benchmark
    @OperationsPerInvocation(BenchInputs.PAGES)
    public PrepareResult prepare() {
        return preparer.prepareForm(inputs.pdf(), out, options, ProgressListener.NONE);
    }

    /** Releases the preparer. */
    @TearDown(Level.Trial)
    public void tearDown() {
        preparer.close();
        inputs.close();
    }
}
