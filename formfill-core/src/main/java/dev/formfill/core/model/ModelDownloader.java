package dev.formfill.core.model;

import dev.formfill.core.ModelUnavailableException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Downloads registry models into a {@link ModelCache}: only when asked ({@code formfill models pull}), never
 * behind the user's back. The body streams into a {@code .part} file in the cache directory while its SHA-256
 * is computed; the file is moved into place only when complete and verified against the published checksum,
 * or against the pin of an earlier pull, or (first pull of an unpublished file) pinned. Any failure removes
 * the partial file. Thread-safe.
 */
public final class ModelDownloader {

    private static final Logger LOG = LoggerFactory.getLogger(ModelDownloader.class);

    /** Download progress, called often from the downloading thread. */
    @FunctionalInterface
    public interface Listener {
        /** No progress reporting. */
        Listener NONE = (done, total) -> { };

        /** {@code total} is -1 when the server sends no length. */
        void progress(long bytesDone, long bytesTotal);
    }

    /**
     * The outcome of a pull.
     *
     * @param path          the cached model file
     * @param bytes         its size
     * @param sha256        its SHA-256
     * @param verifiedBy    {@code published}, {@code pin} or {@code pinned now}
     * @param alreadyCached true when the file was already there and verified, so nothing was downloaded
     */
    public record Result(Path path, long bytes, String sha256, String verifiedBy, boolean alreadyCached) {
    }

    private final ModelCache cache;
    private final HttpClient client;

    /**
     * A downloader with a default client: follows redirects (the hub answers with one to its CDN) and uses
     * the proxy of {@code HTTPS_PROXY}/{@code HTTP_PROXY} (minus {@code NO_PROXY}) when set.
     */
    public ModelDownloader(ModelCache cache) {
        this(cache, defaultClient(System.getenv()));
    }

    /** The default client for an environment. */
    static HttpClient defaultClient(java.util.Map<String, String> env) {
        HttpClient.Builder b = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(30));
        java.net.ProxySelector proxy = EnvProxySelector.of(env);
        if (proxy != null) {
            b.proxy(proxy);
        }
        return b.build();
    }

    /** A downloader with a caller-configured client (proxy, timeouts). */
    public ModelDownloader(ModelCache cache, HttpClient client) {
        this.cache = Objects.requireNonNull(cache);
        this.client = Objects.requireNonNull(client);
    }

    /**
     * Makes sure the model is in the cache: verifies a cached copy, else downloads it.
     *
     * @param urlOverride a mirror to download from instead of the registry URL (the same bytes are expected), or null
     * @param force       download even when a verified copy is cached
     * @throws ModelUnavailableException when the download fails or the checksum does not match; nothing is left behind
     */
    public Result pull(ModelSpec spec, URI urlOverride, boolean force, Listener listener) {
        Path target = cache.pathOf(spec);
        String expected = spec.hasPublishedChecksum() ? spec.sha256() : cache.pinnedSha256(spec.file()).orElse(null);
        if (!force && cache.isCached(spec)) {
            String sha = sha256Of(target);
            if (expected == null || expected.equals(sha)) {
                if (expected == null) {
                    cache.pin(spec.file(), sha);
                }
                return new Result(target, size(target), sha, expected == null ? "pinned now" : how(spec), true);
            }
            LOG.warn("cached {} does not match its checksum; downloading it again", target);
        }
        URI url = urlOverride != null ? urlOverride : spec.url();
        Path part = null;
        try {
            Files.createDirectories(cache.directory());
            part = Files.createTempFile(cache.directory(), spec.file() + ".", ".part");
            Download d = fetch(spec, url, part, listener);
            if (spec.sizeBytes() > 0 && d.bytes != spec.sizeBytes()) {
                throw new ModelUnavailableException("download of " + spec.name() + " from " + url + " has "
                        + d.bytes + " bytes, expected " + spec.sizeBytes() + "; the file was discarded");
            }
            if (expected != null && !expected.equals(d.sha256)) {
                throw new ModelUnavailableException("download of " + spec.name() + " from " + url
                        + " failed verification: SHA-256 " + d.sha256 + ", expected " + expected
                        + (spec.hasPublishedChecksum() ? " (published)" : " (pinned on the first pull in "
                        + cache.directory().resolve(ModelCache.PINS_FILE) + ")") + "; the file was discarded");
            }
            ModelCache.move(part, target);
            if (expected == null) {
                cache.pin(spec.file(), d.sha256);
            }
            return new Result(target, d.bytes, d.sha256, expected == null ? "pinned now" : how(spec), false);
        } catch (IOException e) {
            throw new ModelUnavailableException("download of " + spec.name() + " from " + url + " failed: "
                    + describe(e) + "; nothing was saved", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelUnavailableException("download of " + spec.name() + " was interrupted; nothing was saved", e);
        } finally {
            deleteQuietly(part);
        }
    }

    private String how(ModelSpec spec) {
        return spec.hasPublishedChecksum() ? "published" : "pin";
    }

    private record Download(long bytes, String sha256) {
    }

    private Download fetch(ModelSpec spec, URI url, Path part, Listener listener) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(url).header("User-Agent", "formfill").GET().build();
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new ModelUnavailableException("download of " + spec.name() + " from " + url + " failed: HTTP "
                        + response.statusCode() + "; nothing was saved");
            }
            long total = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            MessageDigest md = sha256();
            long done = 0;
            try (FileChannel ch = FileChannel.open(part, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                 OutputStream out = Channels.newOutputStream(ch)) {
                byte[] buf = new byte[1 << 16];
                listener.progress(0, total);
                for (int n; (n = body.read(buf)) >= 0; ) {
                    md.update(buf, 0, n);
                    out.write(buf, 0, n);
                    done += n;
                    listener.progress(done, total);
                }
                out.flush();
                ch.force(true); // durable before the rename makes it visible
            }
            if (total >= 0 && done != total) {
                throw new IOException("connection closed after " + done + " of " + total + " bytes");
            }
            return new Download(done, HexFormat.of().formatHex(md.digest()));
        }
    }

    /** SHA-256 of a file, lower-case hex. */
    public static String sha256Of(Path file) {
        MessageDigest md = sha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) >= 0; ) {
                md.update(buf, 0, n);
            }
        } catch (IOException e) {
            throw new ModelUnavailableException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return -1;
        }
    }

    private static String describe(IOException e) {
        if (e instanceof java.net.ConnectException || e.getCause() instanceof java.net.ConnectException) {
            return "cannot connect (no network, a proxy is needed, or the host is unreachable)";
        }
        if (e instanceof java.net.http.HttpTimeoutException) {
            return "timed out";
        }
        Throwable t = e;
        while (t.getMessage() == null && t.getCause() != null) {
            t = t.getCause(); // the HTTP client often wraps the telling exception without a message
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }

    private static void deleteQuietly(Path p) {
        if (p == null) {
            return;
        }
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.warn("cannot remove the partial download {}", p, e);
        }
    }
}
