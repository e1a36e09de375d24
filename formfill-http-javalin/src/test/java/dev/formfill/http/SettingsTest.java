package dev.formfill.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** FORMFILL_* environment mapping, command-line overrides and token/filename helpers. */
class SettingsTest {

    @Test
    void defaultsAreLoopbackAndOpen() {
        HttpSettings s = HttpSettings.fromEnvironment(Map.of());
        assertEquals(HttpSettings.defaults(), s);
        assertEquals("127.0.0.1", s.host());
        assertEquals(8080, s.port());
        assertNull(s.apiKey());
        assertFalse(s.requireJobToken());
        assertEquals(List.of(), s.corsOrigins());
        assertTrue(s.uploadPage());
    }

    @Test
    void environmentSetsEverything() {
        HttpSettings s = HttpSettings.fromEnvironment(Map.of(
                "FORMFILL_HOST", "0.0.0.0", "FORMFILL_PORT", "9090", "FORMFILL_API_KEY", "k",
                "FORMFILL_REQUIRE_TOKEN", "yes", "FORMFILL_TOKEN_SECRET", "t",
                "FORMFILL_CORS_ORIGINS", "https://a.example, https://b.example",
                "FORMFILL_RETRY_AFTER_SECONDS", "12", "FORMFILL_UPLOAD_PAGE", "false",
                "FORMFILL_PUBLIC_URL", "https://forms.example/"));
        assertEquals("0.0.0.0", s.host());
        assertEquals(9090, s.port());
        assertEquals("k", s.apiKey());
        assertTrue(s.requireJobToken());
        assertEquals("t", s.tokenSecret());
        assertEquals(List.of("https://a.example", "https://b.example"), s.corsOrigins());
        assertEquals(Duration.ofSeconds(12), s.retryAfter());
        assertFalse(s.uploadPage());
        assertEquals("https://forms.example", s.publicBaseUrl());
        assertFalse(s.toString().contains("k,"), "the API key is never printed");
    }

    @Test
    void malformedValuesNameTheVariable() {
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> HttpSettings.fromEnvironment(Map.of("FORMFILL_PORT", "eighty"))).getMessage()
                .contains("FORMFILL_PORT"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> HttpSettings.fromEnvironment(Map.of("FORMFILL_REQUIRE_TOKEN", "perhaps"))).getMessage()
                .contains("FORMFILL_REQUIRE_TOKEN"));
        assertThrows(IllegalArgumentException.class, () -> HttpSettings.fromEnvironment(Map.of("FORMFILL_PORT", "70000")));
    }

    @Test
    void commandLineOverridesTheEnvironment() {
        HttpSettings env = HttpSettings.fromEnvironment(Map.of("FORMFILL_PORT", "9090", "FORMFILL_API_KEY", "k"));
        HttpSettings s = ServerMain.applyArgs(env, new String[] {"--port", "7070", "--host=0.0.0.0"});
        assertEquals(7070, s.port());
        assertEquals("0.0.0.0", s.host());
        assertEquals("k", s.apiKey());
        assertEquals(6060, ServerMain.applyArgs(env, new String[] {"--port=6060"}).port());
        assertThrows(IllegalArgumentException.class, () -> ServerMain.applyArgs(env, new String[] {"--port"}));
        assertThrows(IllegalArgumentException.class, () -> ServerMain.applyArgs(env, new String[] {"--prot", "1"}));
        assertThrows(IllegalArgumentException.class, () -> ServerMain.applyArgs(env, new String[] {"--port", "x"}));
    }

    @Test
    void tokensAreStablePerSecretAndJob() {
        JobTokens a = new JobTokens("secret");
        String id = "7f0f5a9e-1111-4222-8333-944445555666";
        assertEquals(a.tokenFor(id), new JobTokens("secret").tokenFor(id));
        assertTrue(a.matches(id, a.tokenFor(id)));
        assertFalse(a.matches(id, null));
        assertFalse(a.matches("7f0f5a9e-1111-4222-8333-944445555667", a.tokenFor(id)));
        assertFalse(new JobTokens("other").matches(id, a.tokenFor(id)));
        assertFalse(new JobTokens(null).matches(id, new JobTokens(null).tokenFor(id)), "random secrets differ");
    }

    @Test
    void clientFileNamesBecomeDisplayTextAndSafeHeaders() {
        assertEquals("form.pdf", UploadHandler.displayName("C:\\Users\\x\\form.pdf"));
        assertEquals("passwd", UploadHandler.displayName("../../etc/passwd"));
        assertEquals("document.pdf", UploadHandler.displayName(null));
        assertEquals("ab.pdf", UploadHandler.displayName("a\u0000b\n.pdf"));
        String h = JobRoutes.contentDisposition("Fördergeld_fillable.pdf");
        assertEquals("attachment; filename=\"F_rdergeld_fillable.pdf\"; filename*=UTF-8''F%C3%B6rdergeld_fillable.pdf", h);
    }
}
