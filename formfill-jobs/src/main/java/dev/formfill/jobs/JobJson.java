package dev.formfill.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.formfill.core.FieldNaming;
import dev.formfill.core.Multiline;
import dev.formfill.core.PageRange;
import dev.formfill.core.PrepareOptions;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code job.json} format: a job's metadata and stage log. Written by hand rather than by
 * reflection so the file format stays stable when the records grow, and so the password can never
 * slip in (the snapshot's options have none, and none is written here).
 */
final class JobJson {

    static final int FORMAT = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JobJson() {
    }

    static byte[] write(JobSnapshot s) throws IOException {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("format", FORMAT);
        n.put("id", s.id());
        n.put("status", s.status().id());
        n.put("progress", s.progress());
        n.put("message", s.message());
        if (s.error() != null) {
            n.putObject("error").put("type", s.error().type()).put("detail", s.error().detail());
        }
        n.put("originalName", s.originalName());
        n.put("pageCount", s.pageCount());
        n.put("fieldCount", s.fieldCount());
        n.put("createdAt", s.createdAt().toString());
        putInstant(n, "startedAt", s.startedAt());
        putInstant(n, "finishedAt", s.finishedAt());
        putInstant(n, "expiresAt", s.expiresAt());
        writeOptions(n.putObject("options"), s.options());
        ArrayNode stages = n.putArray("stages");
        for (StageTiming t : s.stages()) {
            stages.addObject().put("status", t.status().id()).put("enteredAt", t.enteredAt().toString())
                    .put("durationNanos", t.duration().toNanos());
        }
        return MAPPER.writeValueAsBytes(n);
    }

    static JobSnapshot read(byte[] json) throws IOException {
        JsonNode n = MAPPER.readTree(json);
        if (n == null || n.path("format").asInt(-1) != FORMAT) {
            throw new IOException("unknown job.json format");
        }
        JobError error = n.hasNonNull("error")
                ? new JobError(n.path("error").path("type").asText(), n.path("error").path("detail").asText())
                : null;
        List<StageTiming> stages = new ArrayList<>();
        for (JsonNode t : n.path("stages")) {
            stages.add(new StageTiming(JobStatus.fromId(t.path("status").asText()),
                    Instant.parse(t.path("enteredAt").asText()), Duration.ofNanos(t.path("durationNanos").asLong())));
        }
        return new JobSnapshot(text(n, "id"), JobStatus.fromId(text(n, "status")), n.path("progress").asDouble(),
                text(n, "message"), error, text(n, "originalName"), readOptions(n.path("options")),
                n.path("pageCount").asInt(), n.path("fieldCount").asInt(), Instant.parse(text(n, "createdAt")),
                instant(n, "startedAt"), instant(n, "finishedAt"), instant(n, "expiresAt"), stages);
    }

    private static void writeOptions(ObjectNode o, PrepareOptions p) {
        o.put("model", p.model());
        o.put("keepExistingFields", p.keepExistingFields());
        o.put("useSignatureFields", p.useSignatureFields());
        o.put("imageSize", p.imageSize());
        o.put("confidence", p.confidence());
        o.put("nmsIou", p.nmsIou());
        o.put("multiline", p.multiline().name());
        if (p.pages() != null) {
            o.put("pages", p.pages().toString());
        }
        o.put("renderDpi", p.renderDpi());
        o.put("fieldNames", p.fieldNames().name());
        o.put("snapToLines", p.snapToLines());
    }

    private static PrepareOptions readOptions(JsonNode o) {
        PrepareOptions d = PrepareOptions.defaults();
        return PrepareOptions.builder()
                .model(o.path("model").asText(d.model()))
                .keepExistingFields(o.path("keepExistingFields").asBoolean(d.keepExistingFields()))
                .useSignatureFields(o.path("useSignatureFields").asBoolean(d.useSignatureFields()))
                .imageSize(o.path("imageSize").asInt(d.imageSize()))
                .confidence(o.path("confidence").asDouble(d.confidence()))
                .nmsIou(o.path("nmsIou").asDouble(d.nmsIou()))
                .multiline(Multiline.valueOf(o.path("multiline").asText(d.multiline().name())))
                .pages(o.hasNonNull("pages") ? PageRange.parse(o.get("pages").asText()) : null)
                .renderDpi(o.path("renderDpi").asInt(d.renderDpi()))
                .fieldNames(FieldNaming.valueOf(o.path("fieldNames").asText(d.fieldNames().name())))
                .snapToLines(o.path("snapToLines").asBoolean(d.snapToLines()))
                .build();
    }

    private static void putInstant(ObjectNode n, String key, Instant v) {
        if (v != null) {
            n.put(key, v.toString());
        }
    }

    private static Instant instant(JsonNode n, String key) {
        return n.hasNonNull(key) ? Instant.parse(n.get(key).asText()) : null;
    }

    private static String text(JsonNode n, String key) {
        if (!n.hasNonNull(key)) {
            throw new IllegalArgumentException("job.json lacks '" + key + "'");
        }
        return n.get(key).asText();
    }
}
