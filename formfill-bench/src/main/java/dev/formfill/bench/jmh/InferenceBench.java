package dev.formfill.bench.jmh;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import dev.formfill.bench.BenchInputs;
import dev.formfill.bench.BenchModels;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.Map;
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
 * The inference floor: ONNX Runtime's {@code session.run} alone on a ready input tensor (a letterboxed
 * white page), nothing of FormFill around it. Everything the detector and pipeline add is measured against this.
 * Two variants time the input tensor's creation with the run: from a Java array (the detector's first version)
 * and from a reused direct buffer (what it does now).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class InferenceBench {

    /** Model short name (see {@link BenchModels}). */
    @Param({BenchModels.COMPUTE_S})
    public String model;

    /** ONNX Runtime intra-op threads. */
    @Param({"2"})
    public int threads;

    private BenchInputs inputs;
    private OrtEnvironment env;
    private OrtSession session;
    private OnnxTensor input;
    private String inputName;
    private long[] shape;
    private float[] pixels;
    private FloatBuffer direct;

    /** Opens the session and builds the input tensor once. */
    @Setup(Level.Trial)
    public void setup() throws OrtException {
        inputs = BenchInputs.create(1);
        env = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions so = new OrtSession.SessionOptions()) {
            so.setIntraOpNumThreads(threads);
            so.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            session = env.createSession(BenchModels.defaults().resolve(model, inputs.dir()).toString(), so);
        }
        Map.Entry<String, NodeInfo> in = session.getInputInfo().entrySet().iterator().next();
        inputName = in.getKey();
        long[] declared = ((TensorInfo) in.getValue().getInfo()).getShape();
        int size = declared[2] > 0 ? (int) declared[2] : 1216;
        shape = new long[] {1, 3, size, size};
        pixels = letterboxedPage(size).array();
        input = OnnxTensor.createTensor(env, FloatBuffer.wrap(pixels), shape);
        direct = ByteBuffer.allocateDirect(pixels.length * Float.BYTES).order(ByteOrder.nativeOrder()).asFloatBuffer();
    }

    /** One forward pass. */
    @Benchmark
    public int sessionRun() throws OrtException {
        try (OrtSession.Result r = session.run(Map.of(inputName, input))) {
            return r.size(); // run alone: reading the output out is the decoder's cost
        }
    }

    /**
     * The tensor made per call from a Java {@code float[]} (as {@code OnnxDetector.infer} did before it pooled
     * direct buffers: ONNX Runtime then allocates a direct buffer and copies into it), then the run.
     */
    @Benchmark
    public int heapTensorAndRun() throws OrtException {
        try (OnnxTensor t = OnnxTensor.createTensor(env, FloatBuffer.wrap(pixels), shape);
             OrtSession.Result r = session.run(Map.of(inputName, t))) {
            return r.size();
        }
    }

    /**
     * The alternative: one bulk copy into a reused native-order direct buffer, which ONNX Runtime wraps without
     * copying, then the run.
     */
    @Benchmark
    public int directTensorAndRun() throws OrtException {
        direct.clear();
        direct.put(pixels);
        direct.flip();
        try (OnnxTensor t = OnnxTensor.createTensor(env, direct, shape);
             OrtSession.Result r = session.run(Map.of(inputName, t))) {
            return r.size();
        }
    }

    /** Releases the native session. */
    @TearDown(Level.Trial)
    public void tearDown() throws OrtException {
        input.close();
        session.close();
        inputs.close();
    }

    /** CHW floats of a portrait page (white, a few dark rules) centred in grey (114) padding. */
    static FloatBuffer letterboxedPage(int size) {
        float[] chw = new float[3 * size * size];
        int w = (int) Math.round(size * 8.5 / 11), pad = (size - w) / 2;
        for (int c = 0; c < 3; c++) {
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    boolean onPage = x >= pad && x < pad + w;
                    float v = !onPage ? 114f / 255 : (y % 40 == 0 ? 0f : 1f);
                    chw[(c * size + y) * size + x] = v;
                }
            }
        }
        return FloatBuffer.wrap(chw);
    }
}
