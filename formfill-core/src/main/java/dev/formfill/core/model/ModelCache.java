package dev.formfill.core.model;

import java.nio.file.Path;

/** The user's model cache: where {@code formfill models pull} puts models and {@code auto} looks for them. */
public final class ModelCache {

    private ModelCache() {
    }

    /** {@code $FORMFILL_MODEL_DIR}, else {@code ~/.cache/formfill/models}. */
    public static Path defaultDirectory() {
        String env = System.getenv("FORMFILL_MODEL_DIR");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return Path.of(System.getProperty("user.home"), ".cache", "formfill", "models");
    }
}
