package dev.formfill.core.eval;

/**
 * Scores of one class (or of all classes together). Undefined values are {@code NaN}: precision
 * without detections, recall and AP without truth, median IoU without matches.
 *
 * @param counts    the tallies
 * @param precision matched / detected
 * @param recall    matched / truth
 * @param f1        2·matched / (truth + detected)
 * @param ap50      average precision at the run's IoU threshold (VOC all-point interpolation); for
 *                  an overall score the mean over classes that have truth
 * @param medianIou median IoU of the matched pairs
 */
public record Score(Counts counts, double precision, double recall, double f1, double ap50, double medianIou) {

    /** A score from tallies, an AP and the IoUs of the matches. */
    static Score of(Counts c, double ap50, double medianIou) {
        return new Score(c, c.precision(), c.recall(), c.f1(), ap50, medianIou);
    }
}
