package dev.formfill.core.eval;

/**
 * Raw tallies behind a score: truth boxes, detections, and one-to-one matches between them.
 *
 * @param truth    ground-truth boxes
 * @param detected detections
 * @param matched  matched pairs (true positives)
 */
public record Counts(int truth, int detected, int matched) {

    /** Nothing counted. */
    public static final Counts ZERO = new Counts(0, 0, 0);

    /** Checks the invariants. */
    public Counts {
        if (truth < 0 || detected < 0 || matched < 0 || matched > truth || matched > detected) {
            throw new IllegalArgumentException("inconsistent counts " + truth + "/" + detected + "/" + matched);
        }
    }

    /** Sum of two tallies. */
    public Counts plus(Counts o) {
        return new Counts(truth + o.truth, detected + o.detected, matched + o.matched);
    }

    /** Precision, {@code NaN} when nothing was detected. */
    public double precision() {
        return detected == 0 ? Double.NaN : (double) matched / detected;
    }

    /** Recall, {@code NaN} when there is no truth. */
    public double recall() {
        return truth == 0 ? Double.NaN : (double) matched / truth;
    }

    /** F1 = 2·TP / (truth + detected); {@code NaN} when both are zero. */
    public double f1() {
        return truth + detected == 0 ? Double.NaN : 2.0 * matched / (truth + detected);
    }
}
