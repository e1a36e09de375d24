package dev.formfill.bench;

import java.util.Map;
import java.util.TreeMap;

/**
 * One measured figure: a JMH benchmark result or an anchor taken outside JMH.
 *
 * @param name    short benchmark name, e.g. {@code InferenceBench.sessionRun}
 * @param params  its JMH parameters (empty for anchors)
 * @param value   the score: milliseconds per operation for timings, bytes for memory
 * @param error   the 99.9% confidence half-width JMH reports (NaN when unknown)
 * @param unit    unit of {@code value}
 * @param samples how many measurement iterations (or runs) the value is from
 * @param cpu     process CPU milliseconds per operation ({@link CpuTimeProfiler}), NaN when not measured
 */
public record Measurement(String name, Map<String, String> params, double value, double error, String unit,
                          long samples, double cpu) {

    /** Copies the params, sorted, so equal measurements compare equal. */
    public Measurement {
        params = Map.copyOf(new TreeMap<>(params));
    }

    /** Whether every given key/value pair is among the params. */
    public boolean matches(Map<String, String> wanted) {
        return wanted.entrySet().stream().allMatch(e -> e.getValue().equals(params.get(e.getKey())));
    }

    /** {@code name(k=v, ...)} for tables. */
    public String label() {
        if (params.isEmpty()) {
            return name;
        }
        StringBuilder b = new StringBuilder(name).append('(');
        new TreeMap<>(params).forEach((k, v) -> b.append(k).append('=').append(v).append(", "));
        b.setLength(b.length() - 2);
        return b.append(')').toString();
    }
}
