package dev.formfill.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.formfill.core.DetectedField;
import dev.formfill.core.OutputWriteException;
import dev.formfill.core.PrepareResult;
import java.io.IOException;
import java.nio.file.Path;

/** Writes a {@link PrepareResult}'s fields as JSON, in the ground-truth box convention. */
final class DetectionsJson {

    private DetectionsJson() {
    }

    static ObjectNode toJson(PrepareResult r) {
        ObjectMapper m = new ObjectMapper();
        ObjectNode root = m.createObjectNode();
        root.put("detector", r.detector());
        root.put("page_count", r.pageCount());
        root.put("coordinates", "box = [x0,y0,x1,y1] normalized to the displayed page, origin top-left");
        ArrayNode arr = root.putArray("fields");
        for (DetectedField f : r.fields()) {
            ObjectNode o = arr.addObject();
            o.put("page", f.page());
            o.put("type", f.type().label());
            o.put("name", f.name());
            if (f.label() != null) {
                o.put("label", f.label());
            }
            o.put("confidence", Math.round(f.confidence() * 1e4) / 1e4);
            ArrayNode b = o.putArray("box");
            b.add(round(f.box().x0())).add(round(f.box().y0())).add(round(f.box().x1())).add(round(f.box().y1()));
            if (f.combCells() > 0) {
                o.put("comb_cells", f.combCells());
            }
            if (f.group() != null) {
                o.put("group", f.group());
            }
            if (f.multiline()) {
                o.put("multiline", true);
            }
        }
        return root;
    }

    static void write(PrepareResult r, Path file) {
        try {
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), toJson(r));
        } catch (IOException e) {
            throw new OutputWriteException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static double round(double v) {
        return Math.round(v * 1e5) / 1e5;
    }
}
