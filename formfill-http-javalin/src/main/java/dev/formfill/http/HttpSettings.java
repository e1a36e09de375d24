package dev.formfill.http;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Settings of the HTTP layer (the job settings live in {@code JobSettings}). Immutable; build with
 * {@link #builder()} or read them from {@code FORMFILL_*} environment variables with {@link #fromEnvironment(Map)}.
 *
 * @param host              interface the standalone server binds ({@code FORMFILL_HOST}, default {@code 127.0.0.1})
 * @param port              TCP port of the standalone server, 0 = any free port ({@code FORMFILL_PORT}, default 8080)
 * @param apiKey            when set, every job route needs header {@code X-API-Key} with this value
 *                          ({@code FORMFILL_API_KEY}); {@code null} disables the check
 * @param requireJobToken   when true, status, result and delete of a job need the job's download token
 *                          ({@code FORMFILL_REQUIRE_TOKEN}, default false)
 * @param tokenSecret       secret the per-job tokens are derived from ({@code FORMFILL_TOKEN_SECRET}); {@code null}
 *                          = a random secret per process, so tokens stop working after a restart
 * @param corsOrigins       browser origins allowed to call the API cross-origin ({@code FORMFILL_CORS_ORIGINS},
 *                          comma-separated, e.g. {@code https://app.example.com}; {@code *} allows any; empty = none)
 * @param retryAfter        the {@code Retry-After} hint sent with 429 ({@code FORMFILL_RETRY_AFTER_SECONDS}, default 5)
 * @param uploadPage        serve the upload page at {@code /} ({@code FORMFILL_UPLOAD_PAGE}, default true)
 * @param publicBaseUrl     absolute base URL for {@code Location} and {@code download_url}
 *                          ({@code FORMFILL_PUBLIC_URL}); {@code null} = relative URLs
 */
public record HttpSettings(String host, int port, String apiKey, boolean requireJobToken, String tokenSecret,
                           List<String> corsOrigins, Duration retryAfter, boolean uploadPage,
                           String publicBaseUrl) {

    /** Validates the values. */
    public HttpSettings {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be within 0..65535, got " + port);
        }
        if (apiKey != null && apiKey.isBlank()) {
            apiKey = null;
        }
        if (tokenSecret != null && tokenSecret.isBlank()) {
            tokenSecret = null;
        }
        corsOrigins = List.copyOf(corsOrigins);
        Objects.requireNonNull(retryAfter, "retryAfter");
        if (retryAfter.isNegative()) {
            throw new IllegalArgumentException("retryAfter must not be negative");
        }
        if (publicBaseUrl != null) {
            publicBaseUrl = publicBaseUrl.isBlank() ? null : publicBaseUrl.replaceAll("/+$", "");
        }
    }

    /** The defaults: loopback only, no API key, no token requirement, no CORS. */
    public static HttpSettings defaults() {
        return builder().build();
    }

    /** A builder holding the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads the settings from {@code FORMFILL_*} variables (pass {@code System.getenv()}); unset ones keep their
     * defaults. A malformed value fails with {@link IllegalArgumentException} naming the variable.
     */
    public static HttpSettings fromEnvironment(Map<String, String> env) {
        Builder b = builder();
        EnvReader r = new EnvReader(env);
        r.string("FORMFILL_HOST").ifPresent(b::host);
        r.integer("FORMFILL_PORT").ifPresent(b::port);
        r.string("FORMFILL_API_KEY").ifPresent(b::apiKey);
        r.bool("FORMFILL_REQUIRE_TOKEN").ifPresent(b::requireJobToken);
        r.string("FORMFILL_TOKEN_SECRET").ifPresent(b::tokenSecret);
        r.list("FORMFILL_CORS_ORIGINS").ifPresent(b::corsOrigins);
        r.integer("FORMFILL_RETRY_AFTER_SECONDS").ifPresent(s -> b.retryAfter(Duration.ofSeconds(s)));
        r.bool("FORMFILL_UPLOAD_PAGE").ifPresent(b::uploadPage);
        r.string("FORMFILL_PUBLIC_URL").ifPresent(b::publicBaseUrl);
        return b.build();
    }

    /** A builder starting from these settings. */
    public Builder toBuilder() {
        return new Builder().host(host).port(port).apiKey(apiKey).requireJobToken(requireJobToken)
                .tokenSecret(tokenSecret).corsOrigins(corsOrigins)
                .retryAfter(retryAfter).uploadPage(uploadPage).publicBaseUrl(publicBaseUrl);
    }

    /** Never prints the API key or the token secret. */
    @Override
    public String toString() {
        return "HttpSettings[host=" + host + ", port=" + port + ", apiKey=" + (apiKey == null ? "none" : "***")
                + ", requireJobToken=" + requireJobToken + ", tokenSecret=" + (tokenSecret == null ? "random" : "***")
                + ", corsOrigins=" + corsOrigins
                + ", retryAfter=" + retryAfter.toSeconds() + "s, uploadPage=" + uploadPage
                + ", publicBaseUrl=" + publicBaseUrl + "]";
    }

    /** Mutable builder; {@link #build()} validates. */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port = 8080;
        private String apiKey;
        private boolean requireJobToken;
        private String tokenSecret;
        private List<String> corsOrigins = List.of();
        private Duration retryAfter = Duration.ofSeconds(5);
        private boolean uploadPage = true;
        private String publicBaseUrl;

        private Builder() {
        }

        public Builder host(String v) { this.host = v; return this; }

        public Builder port(int v) { this.port = v; return this; }

        public Builder apiKey(String v) { this.apiKey = v; return this; }

        public Builder requireJobToken(boolean v) { this.requireJobToken = v; return this; }

        public Builder tokenSecret(String v) { this.tokenSecret = v; return this; }

        public Builder corsOrigins(List<String> v) { this.corsOrigins = v; return this; }

        public Builder retryAfter(Duration v) { this.retryAfter = v; return this; }

        public Builder uploadPage(boolean v) { this.uploadPage = v; return this; }

        public Builder publicBaseUrl(String v) { this.publicBaseUrl = v; return this; }

        /** Validates and builds. */
        public HttpSettings build() {
            return new HttpSettings(host, port, apiKey, requireJobToken, tokenSecret, corsOrigins,
                    retryAfter, uploadPage, publicBaseUrl);
        }
    }
}
