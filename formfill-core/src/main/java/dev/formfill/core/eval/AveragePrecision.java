package dev.formfill.core.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Average precision, VOC style (2010+): the area under the all-point interpolated precision/recall curve. */
final class AveragePrecision {

    private AveragePrecision() {
    }

    /**
     * AP of ranked detections of one class against {@code truthCount} truth boxes. Detections are
     * ranked by decreasing confidence; equal confidences keep their input order (the caller passes
     * them in a deterministic order). {@code NaN} without truth; 0 with truth but no true positive.
     */
    static double of(List<RankedDetection> detections, int truthCount) {
        if (truthCount == 0) {
            return Double.NaN;
        }
        List<RankedDetection> ranked = new ArrayList<>(detections);
        ranked.sort(Comparator.comparingDouble(RankedDetection::confidence).reversed()); // stable
        int n = ranked.size();
        double[] precision = new double[n];
        double[] recall = new double[n];
        int tp = 0;
        for (int i = 0; i < n; i++) {
            if (ranked.get(i).truePositive()) {
                tp++;
            }
            precision[i] = (double) tp / (i + 1);
            recall[i] = (double) tp / truthCount;
        }
        // interpolate: precision at rank i becomes the best precision at any rank >= i
        for (int i = n - 2; i >= 0; i--) {
            precision[i] = Math.max(precision[i], precision[i + 1]);
        }
        double ap = 0;
        double lastRecall = 0;
        for (int i = 0; i < n; i++) {
            if (recall[i] > lastRecall) {
                ap += (recall[i] - lastRecall) * precision[i];
                lastRecall = recall[i];
            }
        }
        return ap;
    }
}
