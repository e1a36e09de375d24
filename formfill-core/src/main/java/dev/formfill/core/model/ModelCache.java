package dev.formfill.core.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The user's model cache: where {@code formfill models pull} puts models and {@code auto} looks for them.
 * A plain directory of {@code .onnx} files plus {@code pins.json}, the SHA-256 pinned on the first pull of each
 * file that has no published checksum. Thread-safe.
 */
public final class ModelCache {

    /** The pins file inside the cache directory. */
    public static final String PINS_FILE = "pins.json";

    private final Path directory;
    private final ObjectMapper json = new ObjectMapper();

    /** A cache in {@code directory} (created on the first download). */
    public ModelCache(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    /** {@code $FORMFILL_MODEL_DIR}, else {@code ~/.cache/formfill/models}. */
    public static Path defaultDirectory() {
        String env = System.getenv("FORMFILL_MODEL_DIR");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return Path.of(System.getProperty("user.home"), ".cache", "formfill", "models");
    }

    /** The cache directory. */
    public Path directory() {
        return directory;
    }

    /** Where a model is (or would be) cached. */
    public Path pathOf(ModelSpec spec) {
        return directory.resolve(spec.file());
    }

    /** Whether the model has been pulled (downloads land atomically, so a present file is complete). */
    public boolean isCached(ModelSpec spec) {
        Path p = pathOf(spec);
        try {
            return Files.isRegularFile(p) && Files.size(p) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** The SHA-256 pinned for a file on its first download, if any. */
    public synchronized Optional<String> pinnedSha256(String file) {
        return Optional.ofNullable(readPins().get(file));
    }

    /** Records the SHA-256 of a file downloaded without a published checksum (written atomically). */
    public synchronized void pin(String file, String sha256) {
        Map<String, String> pins = readPins();
        pins.put(file, sha256);
        ObjectNode node = json.createObjectNode();
        pins.forEach(node::put);
        try {
            Files.createDirectories(directory);
            Path tmp = Files.createTempFile(directory, PINS_FILE + ".", ".part");
            try {
                json.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), node);
                move(tmp, directory.resolve(PINS_FILE));
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + directory.resolve(PINS_FILE), e);
        }
    }

    private Map<String, String> readPins() {
        Path p = directory.resolve(PINS_FILE);
        Map<String, String> pins = new TreeMap<>();
        if (!Files.isRegularFile(p)) {
            return pins;
        }
        try {
            json.readTree(p.toFile()).properties().forEach(e -> pins.put(e.getKey(), e.getValue().asText()));
            return pins;
        } catch (IOException e) {
            throw new UncheckedIOException("the pins file " + p + " is unreadable; delete it to re-pin on the next pull", e);
        }
    }

    /** Rename within one directory: atomic where the file system allows, replacing the target. */
    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
