package dev.formfill.core.eval;

import dev.formfill.core.FieldType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How one document scored: one row of the per-document table, and the raw material the
 * dataset-wide scores are summed from.
 *
 * @param name        document name
 * @param pages       pages scored
 * @param typed       per class: truth, detections, and matches where the class must agree
 * @param agnostic    all classes together, matched regardless of class
 * @param matchedIous per class: IoU of each typed match
 * @param ranked      every detection with its confidence and AP true-positive flag, in a stable order
 * @param error       why detection failed ({@code type: message}), or {@code null}; a failed document
 *                    counts its truth as missed
 */
public record DocumentScore(String name, int pages, Map<FieldType, Counts> typed, Counts agnostic,
                            Map<FieldType, List<Double>> matchedIous, List<RankedDetection> ranked, String error) {

    /** Copies the collections into unmodifiable ones with every class present. */
    public DocumentScore {
        EnumMap<FieldType, Counts> t = new EnumMap<>(FieldType.class);
        EnumMap<FieldType, List<Double>> m = new EnumMap<>(FieldType.class);
        for (FieldType ft : FieldType.values()) {
            t.put(ft, typed.getOrDefault(ft, Counts.ZERO));
            m.put(ft, List.copyOf(matchedIous.getOrDefault(ft, List.of())));
        }
        typed = Collections.unmodifiableMap(t);
        matchedIous = Collections.unmodifiableMap(m);
        ranked = List.copyOf(ranked);
    }

    /** The typed tallies summed over the classes. */
    public Counts total() {
        Counts c = Counts.ZERO;
        for (Counts x : typed.values()) {
            c = c.plus(x);
        }
        return c;
    }

    /** IoUs of all typed matches. */
    public List<Double> allMatchedIous() {
        List<Double> all = new ArrayList<>();
        matchedIous.values().forEach(all::addAll);
        return all;
    }

    /** Typed score over all classes (AP left undefined per document). */
    public Score score() {
        return Score.of(total(), Double.NaN, Stats.median(allMatchedIous()));
    }
}
