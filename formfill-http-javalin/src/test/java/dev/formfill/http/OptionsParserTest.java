package dev.formfill.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.formfill.core.FieldNaming;
import dev.formfill.core.InvalidOptionsException;
import dev.formfill.core.Multiline;
import dev.formfill.core.PageRange;
import dev.formfill.core.PrepareOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OptionsParserTest {

    private final OptionsParser parser = new OptionsParser(new ObjectMapper());

    @Test
    void blankMeansDefaults() {
        assertEquals(PrepareOptions.defaults(), parser.parse(null));
        assertEquals(PrepareOptions.defaults(), parser.parse("  "));
        assertEquals(PrepareOptions.defaults(), parser.parse("{}"));
    }

    @Test
    void everyOptionMapsToTheLibraryOption() {
        PrepareOptions o = parser.parse("{\"model\":\"FFDNet-S\",\"keepExistingFields\":true,\"useSignatureFields\":false,"
                + "\"imageSize\":1216,\"confidence\":0.25,\"nmsIou\":0.6,\"multiline\":\"ON\",\"pages\":\"2-4\","
                + "\"renderDpi\":200,\"password\":\"pw\",\"fieldNames\":\"generic\",\"snapToLines\":false}");
        assertEquals("FFDNet-S", o.model());
        assertEquals(true, o.keepExistingFields());
        assertEquals(false, o.useSignatureFields());
        assertEquals(1216, o.imageSize());
        assertEquals(0.25, o.confidence());
        assertEquals(0.6, o.nmsIou());
        assertEquals(Multiline.ON, o.multiline());
        assertEquals(new PageRange(2, 4), o.pages());
        assertEquals(200, o.renderDpi());
        assertEquals("pw", o.password());
        assertEquals(FieldNaming.GENERIC, o.fieldNames());
        assertEquals(false, o.snapToLines());
        assertEquals(new PageRange(3, 3), parser.parse("{\"pages\":3}").pages());
        assertNull(parser.parse("{\"pages\":null}").pages());
        assertEquals(Multiline.OFF, parser.parse("{\"multiline\":false}").multiline());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"colour\":1}|colour",
        "{\"confidence\":\"high\"}|confidence",
        "{\"confidence\":1.5}|confidence",
        "{\"nmsIou\":0}|nmsIou",
        "{\"imageSize\":100}|imageSize",
        "{\"imageSize\":1.5}|imageSize",
        "{\"renderDpi\":10}|renderDpi",
        "{\"keepExistingFields\":\"yes\"}|keepExistingFields",
        "{\"multiline\":\"maybe\"}|multiline",
        "{\"fieldNames\":\"fancy\"}|fieldNames",
        "{\"pages\":\"a-b\"}|pages",
        "{\"pages\":\"0\"}|pages",
        "{\"model\":\"\"}|model",
        "{\"model\":\"../models/x.onnx\"}|model",
        "{\"model\":\"C:\\\\m\"}|model",
        "{\"model\":3}|model",
        "{\"password\":5}|password",
        "not json|options",
        "\"text\"|options",
    })
    void badInputNamesTheField(String json, String field) {
        InvalidOptionsException e = assertThrows(InvalidOptionsException.class, () -> parser.parse(json));
        assertEquals(field, e.field(), e.getMessage());
    }

    @Test
    void oversizedOptionsAreRefused() {
        String big = "{\"model\":\"" + "a".repeat(OptionsParser.MAX_LENGTH) + "\"}";
        assertEquals("options", assertThrows(InvalidOptionsException.class, () -> parser.parse(big)).field());
    }
}
