package dev.formfill.core.eval;

import dev.formfill.core.Box;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Matching of detections to truth boxes on one page. Pure functions, deterministic. */
final class Matcher {

    /** Tolerance so a pair exactly at the threshold counts despite floating-point rounding. */
    private static final double EPS = 1e-9;

    /** A matched pair of indices into the truth and detection lists. */
    record Pair(int truth, int detection, double iou) {
    }

    private Matcher() {
    }

    /**
     * Greedy one-to-one matching, highest-IoU pairs first; ties broken by truth then detection
     * index. Only pairs with IoU ≥ {@code threshold} (and > 0) are matched.
     */
    static List<Pair> greedy(List<Box> truth, List<Box> detections, double threshold) {
        List<Pair> candidates = new ArrayList<>();
        for (int t = 0; t < truth.size(); t++) {
            for (int d = 0; d < detections.size(); d++) {
                double iou = truth.get(t).iou(detections.get(d));
                if (iou > 0 && iou >= threshold - EPS) {
                    candidates.add(new Pair(t, d, iou));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Pair::iou).reversed().thenComparingInt(Pair::truth)
                .thenComparingInt(Pair::detection));
        boolean[] truthTaken = new boolean[truth.size()];
        boolean[] detTaken = new boolean[detections.size()];
        List<Pair> out = new ArrayList<>();
        for (Pair p : candidates) {
            if (!truthTaken[p.truth()] && !detTaken[p.detection()]) {
                truthTaken[p.truth()] = true;
                detTaken[p.detection()] = true;
                out.add(p);
            }
        }
        return out;
    }

    /**
     * Matching as average precision defines it: detections in decreasing confidence order (ties by
     * index), each taking the still-free truth box with the highest IoU ≥ {@code threshold}.
     *
     * @return per detection (in input order) whether it is a true positive
     */
    static boolean[] byConfidence(List<Box> truth, List<Box> detections, double[] confidence, double threshold) {
        Integer[] order = new Integer[detections.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -confidence[i]).thenComparingInt(i -> i));
        boolean[] truthTaken = new boolean[truth.size()];
        boolean[] tp = new boolean[detections.size()];
        for (int d : order) {
            int best = -1;
            double bestIou = 0;
            for (int t = 0; t < truth.size(); t++) {
                if (truthTaken[t]) {
                    continue;
                }
                double iou = truth.get(t).iou(detections.get(d));
                if (iou > bestIou && iou >= threshold - EPS) {
                    best = t;
                    bestIou = iou;
                }
            }
            if (best >= 0) {
                truthTaken[best] = true;
                tp[d] = true;
            }
        }
        return tp;
    }
}
