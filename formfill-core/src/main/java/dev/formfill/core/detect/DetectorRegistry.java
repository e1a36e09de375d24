package dev.formfill.core.detect;

import dev.formfill.core.ModelUnavailableException;
import dev.formfill.core.PrepareOptions;
import dev.formfill.core.detect.geometry.GeometryDetector;
import dev.formfill.core.detect.onnx.OnnxDetector;
import dev.formfill.core.model.ModelCache;
import dev.formfill.core.model.ModelRegistry;
import dev.formfill.core.model.ModelSpec;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves a model option to a detector, creating each one once and reusing it (one ONNX session per
 * model). Thread-safe. The option is, in this order of precedence:
 * <ul>
 *   <li>{@code auto}: the best pulled model (FFDetr, then FFDNet-L, then FFDNet-S), else geometry;</li>
 *   <li>{@code geometry}: the embedded detector that needs no model;</li>
 *   <li>the name of a custom detector registered with {@code FormPreparer.Builder.detector};</li>
 *   <li>a registry name, case-insensitive: its file in the model cache, or {@link ModelUnavailableException}
 *       telling the user to pull it (nothing is ever downloaded here);</li>
 *   <li>a path to an {@code .onnx} file.</li>
 * </ul>
 */
public final class DetectorRegistry implements AutoCloseable {

    private final ModelCache cache;
    private final ModelRegistry models;
    private final int intraOpThreads;
    private final Map<String, FieldDetector> custom = new LinkedHashMap<>();
    private final Map<String, FieldDetector> loaded = new LinkedHashMap<>();
    private final GeometryDetector geometry = new GeometryDetector();

    /**
     * @param modelDirectory  where pulled models live
     * @param intraOpThreads  ONNX Runtime intra-op threads (0 = its default)
     * @param custom          extra detectors, selectable by their {@link FieldDetector#name()}
     */
    public DetectorRegistry(Path modelDirectory, int intraOpThreads, List<FieldDetector> custom) {
        this(new ModelCache(modelDirectory), ModelRegistry.builtIn(), intraOpThreads, custom);
    }

    /** With an explicit cache and registry (tests, embedders with their own registry). */
    public DetectorRegistry(ModelCache cache, ModelRegistry models, int intraOpThreads, List<FieldDetector> custom) {
        this.cache = cache;
        this.models = models;
        this.intraOpThreads = intraOpThreads;
        for (FieldDetector d : custom) {
            this.custom.put(d.name(), d);
        }
    }

    /** Where pulled models are looked up. */
    public Path modelDirectory() {
        return cache.directory();
    }

    /** The registry model {@code auto} picks now, if any is pulled. */
    public Optional<ModelSpec> autoModel() {
        return models.autoOrder().stream().filter(cache::isCached).findFirst();
    }

    /** The detector for a model option; throws {@link ModelUnavailableException} when it cannot be had. */
    public synchronized FieldDetector resolve(String model) {
        String m = model == null ? "" : model.trim();
        if (PrepareOptions.AUTO.equalsIgnoreCase(m)) {
            Optional<ModelSpec> best = autoModel();
            return best.isPresent() ? load(best.get()) : geometry;
        }
        if (PrepareOptions.GEOMETRY.equalsIgnoreCase(m) && !custom.containsKey(m)) {
            return geometry;
        }
        FieldDetector c = custom.get(m);
        if (c != null) {
            return c;
        }
        Optional<ModelSpec> spec = models.find(m);
        if (spec.isPresent()) {
            if (!cache.isCached(spec.get())) {
                throw new ModelUnavailableException("model " + spec.get().name() + " is not downloaded (looked in "
                        + cache.directory() + "): run: formfill models pull " + spec.get().name());
            }
            return load(spec.get());
        }
        Path file = asModelFile(m);
        if (file != null) {
            return loaded.computeIfAbsent("file:" + file, k -> OnnxDetector.open(file, file.getFileName().toString(),
                    intraOpThreads, 0));
        }
        throw new ModelUnavailableException("unknown model '" + model + "': use auto, geometry, "
                + String.join(", ", models.models().stream().map(ModelSpec::name).toList())
                + " (formfill models list) or a path to an .onnx file");
    }

    private FieldDetector load(ModelSpec spec) {
        return loaded.computeIfAbsent("model:" + spec.name(), k -> OnnxDetector.open(cache.pathOf(spec), spec.name(),
                intraOpThreads, spec.imageSize()));
    }

    /** A path option: an existing file, or anything named {@code *.onnx} (so a missing one gets a clear error). */
    private static Path asModelFile(String m) {
        if (m.isEmpty()) {
            return null;
        }
        try {
            Path p = Path.of(m).toAbsolutePath().normalize();
            if (m.toLowerCase(Locale.ROOT).endsWith(".onnx") || Files.isRegularFile(p)) {
                return p;
            }
            return null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** Closes every detector created or registered here. */
    @Override
    public synchronized void close() {
        RuntimeException first = null;
        for (FieldDetector d : concat()) {
            try {
                d.close();
            } catch (RuntimeException e) {
                first = first == null ? e : first;
            }
        }
        loaded.clear();
        custom.clear();
        if (first != null) {
            throw first;
        }
    }

    private List<FieldDetector> concat() {
        List<FieldDetector> all = new java.util.ArrayList<>(loaded.values());
        all.addAll(custom.values());
        all.add(geometry);
        return all;
    }
}
