package dev.formfill.core.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.formfill.core.Box;
import dev.formfill.core.FieldType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The ground truth of one document, read from a {@code NAME.truth.json} file (format in
 * {@code shared/eval/dev/README.md}): every page of the document and its widget boxes.
 *
 * @param name      document name
 * @param pageCount pages listed in the file (pages without fields included)
 * @param fields    all fields, in file order
 */
public record GroundTruth(String name, int pageCount, List<TruthField> fields) {

    /** Copies the list. */
    public GroundTruth {
        fields = List.copyOf(fields);
        if (pageCount < 0) {
            throw new IllegalArgumentException("pageCount must be >= 0");
        }
    }

    /** The fields on one page. */
    public List<TruthField> fieldsOnPage(int page) {
        return fields.stream().filter(f -> f.page() == page).toList();
    }

    /** How many fields of a class. */
    public long count(FieldType type) {
        return fields.stream().filter(f -> f.type() == type).count();
    }

    /** Reads a truth file; throws {@link UncheckedIOException} when it cannot be read or parsed. */
    public static GroundTruth read(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read ground truth " + file + ": " + e.getMessage(), e);
        }
        String fallbackName = file.getFileName().toString().replaceFirst("\\.truth\\.json$", "");
        String name = root.path("name").asText(fallbackName);
        List<TruthField> fields = new ArrayList<>();
        int maxPage = -1;
        for (JsonNode page : root.path("pages")) {
            int index = page.path("index").asInt(-1);
            if (index < 0) {
                throw new IllegalArgumentException(file + ": page without an index");
            }
            maxPage = Math.max(maxPage, index);
            for (JsonNode f : page.path("fields")) {
                fields.add(field(file, index, f));
            }
        }
        return new GroundTruth(name, maxPage + 1, fields);
    }

    private static TruthField field(Path file, int page, JsonNode f) {
        JsonNode b = f.path("box");
        if (!b.isArray() || b.size() != 4) {
            throw new IllegalArgumentException(file + ": field without a 4-number box on page " + page);
        }
        Box box = new Box(b.get(0).asDouble(), b.get(1).asDouble(), b.get(2).asDouble(), b.get(3).asDouble());
        FieldType type = FieldType.ofLabel(f.path("type").asText());
        return new TruthField(page, type, box, f.path("ft").asText(""), f.path("kind").asText(""),
                f.path("name").asText(""), f.path("ink").asBoolean(true));
    }
}
