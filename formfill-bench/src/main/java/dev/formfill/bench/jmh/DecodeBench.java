package dev.formfill.bench.jmh;

import dev.formfill.bench.BenchInputs;
import dev.formfill.bench.RealisticYoloOutput;
import dev.formfill.core.DetectedField;
import dev.formfill.core.FieldType;
import dev.formfill.core.detect.onnx.Letterbox;
import dev.formfill.core.detect.onnx.Nms;
import dev.formfill.core.detect.onnx.YoloDecoder;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Output decoding + class-agnostic NMS exactly as the YOLO detector chains them ({@link YoloDecoder#decode}
 * then {@link Nms#apply}), on a realistic {@code output0} of one form page: N = 30,324 candidates at 1216,
 * about 20 overlapping candidates over each of the page's ~55 fields (see {@link RealisticYoloOutput}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DecodeBench {

    /** Model input side. */
    @Param({"1216"})
    public int size;

    private float[] output;
    private long[] shape;
    private Letterbox letterbox;
    private final FieldType[] classes = {FieldType.ofClassId(0), FieldType.ofClassId(1), FieldType.ofClassId(2)};

    /** Builds the output tensor values once. */
    @Setup(Level.Trial)
    public void setup() {
        try (BenchInputs inputs = BenchInputs.create(1)) {
            // a US Letter page at 144 dpi is 1224 x 1584 px
            letterbox = Letterbox.of(1224, 1584, size);
            output = RealisticYoloOutput.generate(letterbox, inputs.fields(), 42);
            shape = new long[] {1, 7, RealisticYoloOutput.candidates(size)};
        }
    }

    /** Threshold 0.3, decode, NMS at IoU 0.45: the detector's stage 3. */
    @Benchmark
    public List<DetectedField> decodeAndNms() {
        List<DetectedField> raw = YoloDecoder.decode(output, shape, classes, letterbox, 0.3, 0);
        return Nms.apply(raw, 0.45, true);
    }

    /** Decoding alone (thresholding and box mapping), to split the figure. */
    @Benchmark
    public List<DetectedField> decodeOnly() {
        return YoloDecoder.decode(output, shape, classes, letterbox, 0.3, 0);
    }
}
