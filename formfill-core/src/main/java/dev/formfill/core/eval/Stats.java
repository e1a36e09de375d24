package dev.formfill.core.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Small statistics helpers. */
final class Stats {

    private Stats() {
    }

    /** Median (mean of the middle two for an even count), {@code NaN} when empty. */
    static double median(Collection<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> v = new ArrayList<>(values);
        v.sort(Double::compare);
        int n = v.size();
        return n % 2 == 1 ? v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2;
    }
}
