package dev.formfill.core.model;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Honours the conventional {@code HTTPS_PROXY}, {@code HTTP_PROXY} and {@code NO_PROXY} variables (either case),
 * which Java's HTTP client ignores on its own; without them it falls back to the JVM's default selector
 * ({@code -Dhttps.proxyHost=...}).
 */
final class EnvProxySelector extends ProxySelector {

    private final ProxySelector fallback;
    private final URI https;
    private final URI http;
    private final List<String> noProxy;

    private EnvProxySelector(ProxySelector fallback, URI https, URI http, List<String> noProxy) {
        this.fallback = fallback;
        this.https = https;
        this.http = http;
        this.noProxy = noProxy;
    }

    /** The selector for these environment variables: the JVM default when none is set. */
    static ProxySelector of(Map<String, String> env) {
        URI https = proxy(env, "HTTPS_PROXY");
        URI http = proxy(env, "HTTP_PROXY");
        ProxySelector fallback = ProxySelector.getDefault();
        if (https == null && http == null) {
            return fallback;
        }
        String no = value(env, "NO_PROXY");
        List<String> bypass = no == null ? List.of()
                : List.of(no.toLowerCase(Locale.ROOT).replace(" ", "").split(","));
        return new EnvProxySelector(fallback, https, http, bypass);
    }

    @Override
    public List<Proxy> select(URI uri) {
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        for (String n : noProxy) {
            String suffix = n.startsWith(".") ? n.substring(1) : n;
            if (!suffix.isEmpty() && (n.equals("*") || host.equals(suffix) || host.endsWith("." + suffix))) {
                return List.of(Proxy.NO_PROXY);
            }
        }
        URI p = "https".equalsIgnoreCase(uri.getScheme()) ? (https != null ? https : http) : http;
        if (p == null) {
            return fallback != null ? fallback.select(uri) : List.of(Proxy.NO_PROXY);
        }
        int port = p.getPort() > 0 ? p.getPort() : ("https".equalsIgnoreCase(p.getScheme()) ? 443 : 80);
        return List.of(new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(p.getHost(), port)));
    }

    @Override
    public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
        // nothing to learn: the request fails and the error names the URL
    }

    private static URI proxy(Map<String, String> env, String name) {
        String v = value(env, name);
        if (v == null) {
            return null;
        }
        URI u = URI.create(v.contains("://") ? v : "http://" + v);
        return u.getHost() == null ? null : u;
    }

    private static String value(Map<String, String> env, String name) {
        String v = env.get(name);
        if (v == null || v.isBlank()) {
            v = env.get(name.toLowerCase(Locale.ROOT));
        }
        return v == null || v.isBlank() ? null : v.trim();
    }
}
