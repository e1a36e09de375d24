package dev.formfill.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.formfill.core.detect.onnx.ModelContract;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The models FormFill knows by name, read from {@code dev/formfill/models/registry.json} (the models module). Immutable. */
public final class ModelRegistry {

    /** Classpath location of the built-in registry. */
    public static final String RESOURCE = "/dev/formfill/models/registry.json";

    private final List<ModelSpec> models;
    private final List<String> autoOrder;

    private ModelRegistry(List<ModelSpec> models, List<String> autoOrder) {
        this.models = List.copyOf(models);
        this.autoOrder = List.copyOf(autoOrder);
    }

    /** The registry shipped with FormFill. */
    public static ModelRegistry builtIn() {
        try (InputStream in = ModelRegistry.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("model registry " + RESOURCE + " is missing from the classpath "
                        + "(the formfill-models jar)");
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the model registry", e);
        }
    }

    /** Parses a registry document. */
    public static ModelRegistry parse(InputStream json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json);
        List<ModelSpec> models = new ArrayList<>();
        for (JsonNode m : root.path("models")) {
            List<String> classes = new ArrayList<>();
            m.path("classes").forEach(c -> classes.add(c.asText()));
            models.add(new ModelSpec(m.path("name").asText(), m.path("repo").asText(), m.path("file").asText(),
                    URI.create(m.path("url").asText()),
                    m.path("sizeBytes").isNumber() ? m.path("sizeBytes").asLong() : -1,
                    m.path("sha256").isTextual() ? m.path("sha256").asText() : null,
                    m.path("imageSize").asInt(0), ModelContract.valueOf(m.path("contract").asText()), classes,
                    m.path("license").asText(""), m.path("description").asText("")));
        }
        List<String> order = new ArrayList<>();
        root.path("autoOrder").forEach(n -> order.add(n.asText()));
        return new ModelRegistry(models, order);
    }

    /** Every known model, in registry order. */
    public List<ModelSpec> models() {
        return models;
    }

    /** The model of that name, case-insensitive. */
    public Optional<ModelSpec> find(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        return models.stream().filter(m -> m.name().toLowerCase(Locale.ROOT).equals(n)).findFirst();
    }

    /** The models {@code auto} tries, best first. */
    public List<ModelSpec> autoOrder() {
        List<ModelSpec> out = new ArrayList<>();
        for (String n : autoOrder) {
            find(n).ifPresent(out::add);
        }
        return out;
    }
}
