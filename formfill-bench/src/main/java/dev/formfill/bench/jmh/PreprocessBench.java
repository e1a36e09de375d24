package dev.formfill.bench.jmh;

import dev.formfill.bench.BenchModels;
import dev.formfill.core.PrepareOptions;
import dev.formfill.core.detect.onnx.ModelInput;
import dev.formfill.core.detect.onnx.OnnxDetector;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Raster → input tensor at the model's size: the ONNX detector's stage 1 ({@link OnnxDetector#preprocess}:
 * letterbox or resize, bilinear resampling, CHW float, normalization) on a page rendered at 144 dpi, into a
 * reused buffer as the detector does.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PreprocessBench {

    /** Model short name (its contract picks letterbox or resize, its size the tensor side). */
    @Param({BenchModels.COMPUTE_S})
    public String model;

    /** Tensor side; 0 = the model's own input size. */
    @Param({"0"})
    public int size;

    private PageFixture fixture;
    private OnnxDetector detector;
    private java.nio.FloatBuffer buffer;

    /** Renders the page and opens the model (for its contract and size). */
    @Setup(Level.Trial)
    public void setup() {
        fixture = new PageFixture();
        detector = OnnxDetector.open(BenchModels.defaults().resolve(model, fixture.inputs().dir()), model, 1, 1216);
        if (size == 0) {
            size = detector.inputSize(PrepareOptions.defaults());
        }
        buffer = detector.preprocess(fixture.page().image(), size, null).values();
    }

    /** One page into the reused tensor buffer. */
    @Benchmark
    public ModelInput preprocess() {
        return detector.preprocess(fixture.page().image(), size, buffer);
    }

    /** Releases the session and the page. */
    @TearDown(Level.Trial)
    public void tearDown() {
        detector.close();
        fixture.close();
    }
}
