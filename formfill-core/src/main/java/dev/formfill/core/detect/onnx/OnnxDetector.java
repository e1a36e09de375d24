package dev.formfill.core.detect.onnx;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.formfill.core.DetectedField;
import dev.formfill.core.FieldType;
import dev.formfill.core.InvalidOptionsException;
import dev.formfill.core.ModelUnavailableException;
import dev.formfill.core.PrepareOptions;
import dev.formfill.core.detect.FieldDetector;
import dev.formfill.core.detect.PageImage;
import java.awt.image.BufferedImage;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A field detector running an ONNX model of either contract ({@link ModelContract}): one
 * {@link OrtSession}, created in {@link #open} and reused by every call, on ONNX Runtime's process-wide
 * {@link OrtEnvironment}. Thread-safe: {@code OrtSession.run} may be called concurrently, and the input
 * buffers (17 MB each at 1216 px) are pooled, one per concurrent caller.
 *
 * <p>The three stages are public so benchmarks can time them apart:
 * {@link #preprocess} → {@link #infer} → {@link #decode}; {@link #detect} chains them.
 */
public final class OnnxDetector implements FieldDetector {

    private static final Logger LOG = LoggerFactory.getLogger(OnnxDetector.class);

    private final String name;
    private final OrtEnvironment env;
    private final OrtSession session;
    private final ModelSignature signature;
    private final int fallbackSize;
    private final ConcurrentLinkedQueue<FloatBuffer> buffers = new ConcurrentLinkedQueue<>();

    private OnnxDetector(String name, OrtEnvironment env, OrtSession session, ModelSignature signature, int fallbackSize) {
        this.name = name;
        this.env = env;
        this.session = session;
        this.signature = signature;
        this.fallbackSize = fallbackSize;
    }

    /**
     * Loads a model file.
     *
     * @param file           the {@code .onnx} file
     * @param name           the name reported in results (a registry name or the file name)
     * @param intraOpThreads ONNX Runtime intra-op threads; 0 lets ONNX Runtime choose
     * @param fallbackSize   input side to use when the model's dims are dynamic and it declares no {@code imgsz}
     *                       (the registry's size); 0 for none
     * @throws ModelUnavailableException when the file is missing, not a loadable ONNX model, or follows neither contract
     */
    public static OnnxDetector open(Path file, String name, int intraOpThreads, int fallbackSize) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new ModelUnavailableException("model file " + file + " does not exist or cannot be read");
        }
        OrtPreflight.check();
        OrtEnvironment env;
        try {
            // errors only: exported detectors make ONNX Runtime print optimizer warnings to stderr on every load
            env = OrtEnvironment.getEnvironment(ai.onnxruntime.OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR, "formfill");
        } catch (LinkageError e) {
            throw new ModelUnavailableException("ONNX Runtime cannot load on this platform: " + e.getMessage(), e);
        }
        OrtSession session;
        try (OrtSession.SessionOptions opts = new OrtSession.SessionOptions()) {
            opts.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            if (intraOpThreads > 0) {
                opts.setIntraOpNumThreads(intraOpThreads);
            }
            session = env.createSession(file.toString(), opts);
        } catch (OrtException e) {
            throw new ModelUnavailableException("model " + name + " (" + file + ") cannot be loaded: it is not a valid "
                    + "ONNX model or uses operators this ONNX Runtime lacks (" + firstLine(e.getMessage()) + ")", e);
        }
        try {
            ModelSignature sig = ModelSignature.inspect(session, name);
            LOG.debug("loaded {} from {}: {}", name, file, sig);
            return new OnnxDetector(name, env, session, sig, fallbackSize);
        } catch (RuntimeException e) {
            closeQuietly(session);
            throw e;
        }
    }

    @Override
    public String name() {
        return name;
    }

    /** The model's contract, input and outputs. */
    public ModelSignature signature() {
        return signature;
    }

    /**
     * The input side a run with these options uses: the graph's fixed size (an {@code imageSize} that differs
     * is refused), else {@code imageSize}, else the model's {@code imgsz} metadata, else the registry's size.
     */
    public int inputSize(PrepareOptions options) {
        int requested = options.imageSize();
        if (signature.fixedSize() > 0) {
            if (requested > 0 && requested != signature.fixedSize()) {
                throw new InvalidOptionsException("imageSize", "model " + name + " has a fixed input size of "
                        + signature.fixedSize() + " px; use 0 (the model's own) or " + signature.fixedSize());
            }
            return signature.fixedSize();
        }
        if (requested > 0) {
            return requested;
        }
        if (signature.metadataSize() > 0) {
            return signature.metadataSize();
        }
        if (fallbackSize > 0) {
            return fallbackSize;
        }
        throw new ModelUnavailableException("model " + name + " has a dynamic input size and declares none: "
                + "set imageSize (--image-size), e.g. 1216");
    }

    /**
     * Stage 1: letterboxes (YOLO) or resizes (DETR) the page into {@code reuse} when it is a direct buffer large
     * enough, else into a new direct buffer ({@link ImageTensor#allocate}).
     */
    public ModelInput preprocess(BufferedImage image, int size, FloatBuffer reuse) {
        FloatBuffer dst = reuse != null && reuse.isDirect() && reuse.capacity() >= ImageTensor.length(size)
                ? reuse : ImageTensor.allocate(size);
        if (signature.contract() == ModelContract.YOLO) {
            Letterbox lb = Letterbox.of(image.getWidth(), image.getHeight(), size);
            ImageTensor.fill(image, lb, Normalization.UNIT, ImageTensor.YOLO_PAD, dst);
            return new ModelInput(dst, lb);
        }
        Letterbox lb = Letterbox.stretch(image.getWidth(), image.getHeight(), size);
        ImageTensor.fill(image, lb, Normalization.IMAGENET, 0, dst);
        return new ModelInput(dst, lb);
    }

    /**
     * Stage 2: {@code session.run} alone. A direct input buffer is read in place (the tensor is closed before
     * this returns, so the buffer may be reused right after); a heap buffer is copied by ONNX Runtime.
     */
    public ModelOutput infer(ModelInput input) {
        int s = input.size();
        Set<String> wanted = new LinkedHashSet<>(List.of(signature.boxesOutput(), signature.scoresOutput()));
        FloatBuffer view = input.values().duplicate();
        view.clear().limit(ImageTensor.length(s));
        try (OnnxTensor tensor = OnnxTensor.createTensor(env, view, new long[] {1, 3, s, s});
             OrtSession.Result result = session.run(Map.of(signature.inputName(), tensor), wanted)) {
            OnnxTensor boxes = tensorOf(result, signature.boxesOutput());
            float[] b = floats(boxes);
            if (signature.contract() == ModelContract.YOLO) {
                long[] shape = boxes.getInfo().getShape();
                return new ModelOutput(b, shape, b, shape);
            }
            OnnxTensor scores = tensorOf(result, signature.scoresOutput());
            return new ModelOutput(b, boxes.getInfo().getShape(), floats(scores), scores.getInfo().getShape());
        } catch (OrtException e) {
            throw new ModelUnavailableException("model " + name + " failed to run: " + firstLine(e.getMessage()), e);
        }
    }

    /**
     * Stage 3: thresholding, class-agnostic NMS (YOLO only; DETR needs none) and the mapping back to
     * normalized page boxes.
     */
    public List<DetectedField> decode(ModelOutput output, ModelInput input, double confidence, double nmsIou, int page) {
        if (signature.contract() == ModelContract.YOLO) {
            int nc = YoloDecoder.classCount(output.boxesShape(), signature.classNames().size());
            FieldType[] types = signature.classTypes(nc);
            List<DetectedField> raw = YoloDecoder.decode(output.boxes(), output.boxesShape(), types, input.letterbox(),
                    confidence, page);
            return Nms.apply(raw, nmsIou, true);
        }
        long[] bs = output.boxesShape(), ls = output.scoresShape();
        if (bs.length != 3 || ls.length != 3 || bs[2] != 4 || bs[1] != ls[1]) {
            throw new ModelUnavailableException("model " + name + " returned DETR outputs of shapes "
                    + java.util.Arrays.toString(bs) + " and " + java.util.Arrays.toString(ls));
        }
        FieldType[] types = signature.classTypes((int) ls[2]);
        return DetrDecoder.decode(output.boxes(), output.scores(), (int) bs[1], types, confidence, page);
    }

    @Override
    public List<DetectedField> detect(PageImage page, PrepareOptions options) {
        int size = inputSize(options);
        FloatBuffer buffer = buffers.poll();
        ModelInput input = preprocess(page.image(), size, buffer);
        ModelOutput output;
        try {
            output = infer(input);
        } finally {
            buffers.offer(input.values());
        }
        return decode(output, input, options.confidence(), options.nmsIou(), page.pageIndex());
    }

    /** Closes the session; the shared environment stays for other sessions. */
    @Override
    public void close() {
        closeQuietly(session);
        buffers.clear();
    }

    @Override
    public String toString() {
        return "OnnxDetector[" + name + ", " + signature.contract() + "]";
    }

    private static OnnxTensor tensorOf(OrtSession.Result result, String output) {
        Optional<OnnxValue> v = result.get(output);
        if (v.isEmpty() || !(v.get() instanceof OnnxTensor t)) {
            throw new ModelUnavailableException("model output " + output + " is missing or not a tensor");
        }
        return t;
    }

    private static float[] floats(OnnxTensor t) {
        FloatBuffer fb = t.getFloatBuffer();
        if (fb == null) {
            throw new ModelUnavailableException("model output is not float32");
        }
        float[] a = new float[fb.remaining()];
        fb.get(a);
        return a;
    }

    private static void closeQuietly(OrtSession session) {
        try {
            session.close();
        } catch (OrtException e) {
            LOG.debug("closing an ONNX session failed", e);
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "no detail";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
