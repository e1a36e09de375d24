package dev.formfill.core.detect.geometry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Class-agnostic suppression of overlapping candidates: the more confident one stays. */
final class Dedup {

    private Dedup() {
    }

    static List<Candidate> run(List<Candidate> in) {
        List<Candidate> sorted = new ArrayList<>(in);
        sorted.sort(Comparator.comparingDouble(Candidate::conf).reversed()
                .thenComparingDouble(Candidate::y0).thenComparingDouble(Candidate::x0));
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : sorted) {
            if (c.width() <= 0.5 || c.height() <= 0.5) {
                continue;
            }
            boolean drop = false;
            for (Candidate k : kept) {
                if (k.y0() > c.y1() || k.y1() < c.y0()) {
                    continue;
                }
                double inter = c.intersection(k);
                if (inter <= 0) {
                    continue;
                }
                double small = Math.min(c.area(), k.area());
                if (c.iou(k) > 0.4 || inter / small > 0.7) {
                    drop = true;
                    break;
                }
            }
            if (!drop) {
                kept.add(c);
            }
        }
        return kept;
    }
}
