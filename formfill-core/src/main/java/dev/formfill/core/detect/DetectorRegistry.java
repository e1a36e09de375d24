package dev.formfill.core.detect;

import dev.formfill.core.ModelUnavailableException;
import dev.formfill.core.PrepareOptions;
import dev.formfill.core.detect.geometry.GeometryDetector;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves a model option ({@code auto}, {@code geometry}, a registry name, a path) to a
 * detector, creating each one once and reusing it (one ONNX session per model). Thread-safe.
 */
public final class DetectorRegistry implements AutoCloseable {

    private final Path modelDirectory;
    private final int intraOpThreads;
    private final Map<String, FieldDetector> detectors = new LinkedHashMap<>();

    /**
     * @param modelDirectory  where pulled models live
     * @param intraOpThreads  ONNX Runtime intra-op threads (0 = its default)
     * @param custom          extra detectors, selectable by their {@link FieldDetector#name()}
     */
    public DetectorRegistry(Path modelDirectory, int intraOpThreads, List<FieldDetector> custom) {
        this.modelDirectory = modelDirectory;
        this.intraOpThreads = intraOpThreads;
        detectors.put(GeometryDetector.NAME, new GeometryDetector());
        for (FieldDetector d : custom) {
            detectors.put(d.name(), d);
        }
    }

    /** Where pulled models are looked up. */
    public Path modelDirectory() {
        return modelDirectory;
    }

    /** The detector for a model option; throws {@link ModelUnavailableException} when it cannot be had. */
    public synchronized FieldDetector resolve(String model) {
        String key = PrepareOptions.AUTO.equalsIgnoreCase(model) ? GeometryDetector.NAME : model;
        FieldDetector d = detectors.get(key);
        if (d != null) {
            return d;
        }
        throw new ModelUnavailableException("unknown model '" + model + "': use auto, geometry, a pulled model "
                + "(formfill models list) or a path to an .onnx file");
    }

    /** Closes every detector created here. */
    @Override
    public synchronized void close() {
        for (FieldDetector d : detectors.values()) {
            d.close();
        }
        detectors.clear();
    }
}
