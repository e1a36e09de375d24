package dev.formfill.core.model;

import dev.formfill.core.detect.onnx.ModelContract;
import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * One model FormFill knows by name (an entry of {@code models/registry.json}).
 *
 * @param name        the name users type ({@code FFDetr}, {@code FFDNet-L}, {@code FFDNet-S}); matched case-insensitively
 * @param repo        Hugging Face repository
 * @param file        file name in the repository and in the cache
 * @param url         where {@code formfill models pull} downloads it from
 * @param sizeBytes   exact size in bytes, -1 when not published
 * @param sha256      published SHA-256 (lower-case hex), {@code null} when none is published: then the first pull pins it
 * @param imageSize   the model's input side in pixels
 * @param contract    YOLO or DETR
 * @param classes     class names in class-id order
 * @param license     licence, or what is known about it
 * @param description one line for {@code formfill models list}
 */
public record ModelSpec(String name, String repo, String file, URI url, long sizeBytes, String sha256, int imageSize,
                        ModelContract contract, List<String> classes, String license, String description) {

    /** Checks the required parts; normalizes the checksum to lower case. */
    public ModelSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(contract, "contract");
        if (file.contains("/") || file.contains("\\") || file.startsWith(".")) {
            throw new IllegalArgumentException("model file must be a plain file name: " + file);
        }
        if (sha256 != null) {
            sha256 = sha256.toLowerCase(java.util.Locale.ROOT);
            if (!sha256.matches("[0-9a-f]{64}")) {
                throw new IllegalArgumentException("sha256 of " + name + " is not 64 hex digits");
            }
        }
        classes = classes == null ? List.of() : List.copyOf(classes);
    }

    /** Whether a checksum is published for this model. */
    public boolean hasPublishedChecksum() {
        return sha256 != null;
    }
}
