package dev.formfill.bench;

import dev.formfill.core.model.ModelCache;
import dev.formfill.core.model.ModelRegistry;
import dev.formfill.core.model.ModelSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The ONNX models the bench can time, by short name: the bench's compute stand-in, the committed test
 * fixtures, and every {@code .onnx} file in the user's model cache (FFDNet, FFDetr), so a user with a real
 * model benchmarks it with the same command. Classpath models are copied to a temporary file, since ONNX
 * Runtime and {@code PrepareOptions.model} take a path.
 */
public final class BenchModels {

    /** The compute stand-in sized like a small YOLO, YOLO11n (see formfill-bench/models/generate_compute_model.py). */
    public static final String COMPUTE = "yolo-compute-1216";
    /** The compute stand-in sized like FFDNet-S, the smallest published model: the headline when no real model is pulled. */
    public static final String COMPUTE_S = "yolo-compute-s-1216";
    /** The onnx helper's full-size-shaped fixture (no arithmetic, N = 30,324). */
    public static final String FIXTURE_1216 = "fixture-yolo-1216";

    private static final Map<String, String> CLASSPATH = Map.of(
            COMPUTE_S, "dev/formfill/bench/models/yolo-compute-s-1216.onnx",
            COMPUTE, "dev/formfill/bench/models/yolo-compute-1216.onnx",
            FIXTURE_1216, "dev/formfill/models/fixtures/yolo-1216.onnx");

    private final Path modelDirectory;

    /** Models from the classpath and {@code modelDirectory} (the user cache). */
    public BenchModels(Path modelDirectory) {
        this.modelDirectory = modelDirectory;
    }

    /** With the default user cache ({@code $FORMFILL_MODEL_DIR} or {@code ~/.cache/formfill/models}). */
    public static BenchModels defaults() {
        return new BenchModels(ModelCache.defaultDirectory());
    }

    /** Every available model name: classpath ones first (when on the classpath), then the user cache's. */
    public List<String> available() {
        List<String> names = new ArrayList<>();
        for (String n : List.of(COMPUTE_S, COMPUTE, FIXTURE_1216)) {
            if (BenchModels.class.getClassLoader().getResource(CLASSPATH.get(n)) != null) {
                names.add(n);
            }
        }
        names.addAll(userModels().keySet());
        return names;
    }

    /**
     * Models found in the user cache, name to path: pulled registry models by their registry name (best
     * first, as {@code auto} orders them), then any other {@code .onnx} file by its file name without .onnx.
     */
    public Map<String, Path> userModels() {
        Map<String, Path> found = new LinkedHashMap<>();
        ModelCache cache = new ModelCache(modelDirectory);
        ModelRegistry registry = ModelRegistry.builtIn();
        List<ModelSpec> ordered = new ArrayList<>(registry.autoOrder());
        registry.models().stream().filter(m -> !ordered.contains(m)).forEach(ordered::add);
        for (ModelSpec spec : ordered) {
            if (cache.isCached(spec)) {
                found.put(spec.name(), cache.pathOf(spec));
            }
        }
        if (!Files.isDirectory(modelDirectory)) {
            return found;
        }
        try (Stream<Path> walk = Files.walk(modelDirectory, 3)) {
            walk.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".onnx"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .filter(p -> !found.containsValue(p.toAbsolutePath().normalize()))
                    .forEach(p -> found.putIfAbsent(p.getFileName().toString().replaceFirst("(?i)\\.onnx$", ""), p));
        } catch (IOException e) {
            // an unreadable cache just means no user models to time
        }
        return found;
    }

    /** The model the headline ratios use: a real model from the user cache when present, else the FFDNet-S-sized stand-in. */
    public String headline() {
        return userModels().keySet().stream().findFirst().orElse(COMPUTE_S);
    }

    /**
     * The {@code PrepareOptions.model} value for {@code name}: a registry name as is (so the registry's input
     * size applies, as for a user), anything else as a file path (see {@link #resolve}).
     */
    public String modelOption(String name, Path tempDir) {
        if (ModelRegistry.builtIn().find(name).isPresent() && userModels().containsKey(name)) {
            return name;
        }
        return resolve(name, tempDir).toString();
    }

    /** A file for {@code name}, copying a classpath model into {@code tempDir} when needed. */
    public Path resolve(String name, Path tempDir) {
        Path user = userModels().get(name);
        if (user != null) {
            return user;
        }
        Path asPath = Path.of(name);
        if (name.endsWith(".onnx") && Files.isRegularFile(asPath)) {
            return asPath;
        }
        String resource = CLASSPATH.get(name);
        if (resource == null) {
            throw new IllegalArgumentException("unknown bench model '" + name + "'; available: " + available());
        }
        try (InputStream in = BenchModels.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("model '" + name + "' is not on the classpath (" + resource + ")");
            }
            Path out = tempDir.resolve(name + ".onnx");
            Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
