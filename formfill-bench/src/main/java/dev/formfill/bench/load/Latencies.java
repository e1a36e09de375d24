package dev.formfill.bench.load;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Per-route latency samples and error counts, thread-safe. Each route keeps at most {@code cap} samples
 * (beyond that, every further sample only counts), so a long run stays bounded in memory.
 */
final class Latencies {

    private final int cap;
    private final Map<String, Route> routes = new ConcurrentHashMap<>();

    Latencies(int cap) {
        this.cap = cap;
    }

    void record(String route, long nanos, boolean ok) {
        routes.computeIfAbsent(route, r -> new Route(cap)).add(nanos, ok);
    }

    /** Summary per route, in insertion-independent (sorted) order. */
    Map<String, RouteStats> summary(double seconds) {
        Map<String, RouteStats> out = new LinkedHashMap<>();
        routes.keySet().stream().sorted().forEach(k -> out.put(k, routes.get(k).stats(seconds)));
        return out;
    }

    /**
     * @param requests total requests
     * @param errors   requests that failed (transport error or unexpected status)
     * @param perSecond requests per second over the phase
     * @param p50Ms    median latency
     * @param p95Ms    95th percentile
     * @param p99Ms    99th percentile
     * @param maxMs    slowest request
     */
    record RouteStats(long requests, long errors, double perSecond, double p50Ms, double p95Ms, double p99Ms,
                      double maxMs) {
    }

    private static final class Route {
        private final long[] samples;
        private int n;
        private final AtomicLong count = new AtomicLong();
        private final AtomicLong errors = new AtomicLong();

        Route(int cap) {
            samples = new long[cap];
        }

        synchronized void add(long nanos, boolean ok) {
            count.incrementAndGet();
            if (!ok) {
                errors.incrementAndGet();
            }
            if (n < samples.length) {
                samples[n++] = nanos;
            }
        }

        synchronized RouteStats stats(double seconds) {
            long[] s = Arrays.copyOf(samples, n);
            Arrays.sort(s);
            return new RouteStats(count.get(), errors.get(), seconds > 0 ? count.get() / seconds : 0,
                    pct(s, 0.50), pct(s, 0.95), pct(s, 0.99), s.length == 0 ? 0 : s[s.length - 1] / 1e6);
        }

        private static double pct(long[] sorted, double q) {
            if (sorted.length == 0) {
                return 0;
            }
            int i = (int) Math.ceil(q * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
        }
    }
}
