package dev.formfill.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.formfill.core.FieldNaming;
import dev.formfill.core.InvalidOptionsException;
import dev.formfill.core.Multiline;
import dev.formfill.core.PageRange;
import dev.formfill.core.PrepareOptions;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the {@code options} part of an upload (a JSON object with the library's option names) into
 * {@link PrepareOptions}. Strict: an unknown key or a value of the wrong kind is refused with
 * {@link InvalidOptionsException} naming the key, so a typo never silently falls back to a default.
 */
final class OptionsParser {

    /** Longest options document accepted; options are a handful of scalars. */
    static final int MAX_LENGTH = 16 * 1024;

    private final ObjectMapper json;

    OptionsParser(ObjectMapper json) {
        this.json = json;
    }

    /** Parses {@code text}; {@code null} or blank means the defaults. */
    PrepareOptions parse(String text) {
        if (text == null || text.isBlank()) {
            return PrepareOptions.defaults();
        }
        if (text.length() > MAX_LENGTH) {
            throw new InvalidOptionsException("options", "must be at most " + MAX_LENGTH + " characters");
        }
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new InvalidOptionsException("options", "is not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new InvalidOptionsException("options", "must be a JSON object");
        }
        PrepareOptions.Builder b = PrepareOptions.builder();
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            apply(b, e.getKey(), e.getValue());
        }
        return b.build(); // validates ranges, naming the option
    }

    private static void apply(PrepareOptions.Builder b, String key, JsonNode v) {
        switch (key) {
            case "model" -> b.model(model(v));
            case "keepExistingFields" -> b.keepExistingFields(bool(key, v));
            case "useSignatureFields" -> b.useSignatureFields(bool(key, v));
            case "snapToLines" -> b.snapToLines(bool(key, v));
            case "imageSize" -> b.imageSize(integer(key, v));
            case "renderDpi" -> b.renderDpi(integer(key, v));
            case "confidence" -> b.confidence(number(key, v));
            case "nmsIou" -> b.nmsIou(number(key, v));
            case "multiline" -> b.multiline(multiline(v));
            case "pages" -> b.pages(pages(v));
            case "password" -> b.password(v.isNull() ? null : string(key, v));
            case "fieldNames" -> b.fieldNames(fieldNames(v));
            default -> throw new InvalidOptionsException(key, "unknown option; known: model, keepExistingFields, "
                    + "useSignatureFields, imageSize, confidence, nmsIou, multiline, pages, renderDpi, password, "
                    + "fieldNames, snapToLines");
        }
    }

    /**
     * Only model names travel over HTTP: a path would let a client make the server open any file it can read.
     */
    private static String model(JsonNode v) {
        String m = string("model", v).trim();
        if (m.contains("/") || m.contains("\\") || m.toLowerCase(Locale.ROOT).endsWith(".onnx") || m.startsWith(".")) {
            throw new InvalidOptionsException("model", "must be a model name (auto, geometry or a registry name); "
                    + "file paths are not accepted over HTTP");
        }
        return m;
    }

    private static boolean bool(String key, JsonNode v) {
        if (!v.isBoolean()) {
            throw new InvalidOptionsException(key, "must be true or false, got " + v);
        }
        return v.booleanValue();
    }

    private static int integer(String key, JsonNode v) {
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new InvalidOptionsException(key, "must be an integer, got " + v);
        }
        return v.intValue();
    }

    private static double number(String key, JsonNode v) {
        if (!v.isNumber()) {
            throw new InvalidOptionsException(key, "must be a number, got " + v);
        }
        return v.doubleValue();
    }

    private static String string(String key, JsonNode v) {
        if (!v.isTextual()) {
            throw new InvalidOptionsException(key, "must be a string, got " + v);
        }
        return v.textValue();
    }

    private static Multiline multiline(JsonNode v) {
        if (v.isBoolean()) {
            return v.booleanValue() ? Multiline.ON : Multiline.OFF;
        }
        String s = string("multiline", v);
        try {
            return Multiline.valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidOptionsException("multiline", "must be auto, on or off, got '" + s + "'");
        }
    }

    private static FieldNaming fieldNames(JsonNode v) {
        String s = string("fieldNames", v);
        try {
            return FieldNaming.valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidOptionsException("fieldNames", "must be labels or generic, got '" + s + "'");
        }
    }

    private static PageRange pages(JsonNode v) {
        if (v.isNull()) {
            return null;
        }
        if (v.isIntegralNumber()) {
            return new PageRange(v.intValue(), v.intValue());
        }
        return PageRange.parse(string("pages", v));
    }
}
