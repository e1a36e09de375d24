package dev.formfill.bench.jmh;

import dev.formfill.bench.BenchModels;
import dev.formfill.core.DetectedField;
import dev.formfill.core.PrepareOptions;
import dev.formfill.core.detect.PageImage;
import dev.formfill.core.detect.onnx.ModelInput;
import dev.formfill.core.detect.onnx.ModelOutput;
import dev.formfill.core.detect.onnx.OnnxDetector;
import java.util.List;
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
 * The whole ONNX detector call ({@link OnnxDetector#detect}: preprocess, infer, decode) on a page rendered at
 * 144 dpi, and its {@code infer} stage alone (wrapping the input buffer as a tensor, {@code session.run},
 * output copy). Set against {@code InferenceBench.sessionRun}, the gap is what the detector adds to inference.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DetectorBench {

    /** Model short name. */
    @Param({BenchModels.COMPUTE_S})
    public String model;

    /** ONNX Runtime intra-op threads. */
    @Param({"2"})
    public int threads;

    private PageFixture fixture;
    private OnnxDetector detector;
    private final PrepareOptions options = PrepareOptions.defaults();
    private ModelInput input;

    /** Renders the page and opens the model. */
    @Setup(Level.Trial)
    public void setup() {
        fixture = new PageFixture();
        detector = OnnxDetector.open(BenchModels.defaults().resolve(model, fixture.inputs().dir()), model, threads, 1216);
        input = detector.preprocess(fixture.page().image(), detector.inputSize(options), null);
    }

    /** The detector call the pipeline makes per page. */
    @Benchmark
    public List<DetectedField> detect() {
        PageImage p = fixture.page();
        // a fresh PageImage per call, as the pipeline makes one per page (it memoizes the page's content)
        return detector.detect(new PageImage(p.pageIndex(), p.image(), p.dpi(), p.geometry(), p.document(), p.page()),
                options);
    }

    /** Stage 2 alone, as the detector runs it. */
    @Benchmark
    public ModelOutput infer() {
        return detector.infer(input);
    }

    /** Releases the session and the page. */
    @TearDown(Level.Trial)
    public void tearDown() {
        detector.close();
        fixture.close();
    }
}
