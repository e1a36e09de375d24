package dev.formfill.core.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.formfill.core.Box;
import dev.formfill.core.DetectedField;
import dev.formfill.core.FieldType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-made cases whose scores are worked out by hand in the comments. */
class EvaluatorScoringTest {

    private static final double E = 1e-9;
    private static final FieldType TB = FieldType.TEXT_BOX;
    private static final FieldType CB = FieldType.CHOICE_BUTTON;

    private static DetectedField det(int page, FieldType t, Box b, double conf) {
        return DetectedField.of(page, t, b, conf);
    }

    private static GroundTruth truth(int pages, TruthField... f) {
        return new GroundTruth("doc", pages, List.of(f));
    }

    /**
     * Truth: two text boxes and a checkbox. Detections: an exact hit (0.9), a shifted hit (IoU 2/3,
     * 0.4), a text box on the checkbox (0.8: wrong class) and a stray text box (0.7).
     */
    @Test
    void mixedCaseHasTheWorkedOutScores() {
        Box t1 = new Box(0, 0, 0.1, 0.1);
        Box t2 = new Box(0.5, 0.5, 0.6, 0.6);
        Box t3 = new Box(0.2, 0.2, 0.22, 0.22);
        GroundTruth gt = truth(1, TruthField.of(0, TB, t1), TruthField.of(0, TB, t2), TruthField.of(0, CB, t3));
        List<DetectedField> dets = List.of(
                det(0, TB, t1, 0.9),
                det(0, TB, new Box(0.52, 0.5, 0.62, 0.6), 0.4), // overlap 0.008 / union 0.012 = 2/3
                det(0, TB, t3, 0.8),
                det(0, TB, new Box(0.8, 0.8, 0.9, 0.9), 0.7));
        DocumentScore doc = Evaluator.score("doc", gt, dets, 0.5);
        EvalResult r = EvalResult.of("test", 0.5, List.of(doc));

        Score text = r.perClass().get(TB);
        assertEquals(new Counts(2, 4, 2), text.counts());
        assertEquals(0.5, text.precision(), E);
        assertEquals(1.0, text.recall(), E);
        assertEquals(2.0 / 3, text.f1(), E);
        // ranked: 0.9 TP, 0.8 FP, 0.7 FP, 0.4 TP -> P 1, .5, .33, .5 at R .5, .5, .5, 1;
        // interpolated P at R=.5 is 1, at R=1 is .5 -> AP = .5*1 + .5*.5
        assertEquals(0.75, text.ap50(), E);
        assertEquals((1.0 + 2.0 / 3) / 2, text.medianIou(), 1e-9);

        Score box = r.perClass().get(CB);
        assertEquals(new Counts(1, 0, 0), box.counts());
        assertTrue(Double.isNaN(box.precision()), "no detections: precision undefined");
        assertEquals(0.0, box.recall(), E);
        assertEquals(0.0, box.f1(), E);
        assertEquals(0.0, box.ap50(), E);

        Score sig = r.perClass().get(FieldType.SIGNATURE);
        assertTrue(Double.isNaN(sig.ap50()) && Double.isNaN(sig.recall()) && Double.isNaN(sig.f1()));

        assertEquals(new Counts(3, 4, 2), r.typed().counts());
        assertEquals(0.5, r.typed().precision(), E);
        assertEquals(2.0 / 3, r.typed().recall(), E);
        assertEquals(4.0 / 7, r.typed().f1(), E);
        assertEquals((0.75 + 0.0) / 2, r.typed().ap50(), E); // mean over classes that have truth

        assertEquals(new Counts(3, 4, 3), r.agnostic().counts()); // the wrong-class hit counts here
        assertEquals(0.75, r.agnostic().precision(), E);
        assertEquals(1.0, r.agnostic().recall(), E);
        assertEquals(6.0 / 7, r.agnostic().f1(), E);
    }

    /** Greedy takes the best pair first; a second detection on a taken truth box is a false positive. */
    @Test
    void matchingIsGreedyOneToOneHighestIouFirst() {
        Box a = new Box(0.0, 0.0, 0.1, 0.1);
        Box b = new Box(0.1, 0.0, 0.2, 0.1);
        // x covers a fully and 0.01 of b: IoU(a)=0.01/0.011≈0.91, IoU(b)=0.001/0.02=0.05
        Box x = new Box(0.0, 0.0, 0.11, 0.1);
        // y sits on b, shifted: overlap 0.08*0.1=0.008, union 0.012 -> 2/3
        Box y = new Box(0.12, 0.0, 0.22, 0.1);
        Box dup = new Box(0.0, 0.0, 0.1, 0.1); // a second hit on a
        GroundTruth gt = truth(1, TruthField.of(0, TB, a), TruthField.of(0, TB, b));
        DocumentScore s = Evaluator.score("doc", gt,
                List.of(det(0, TB, x, 0.5), det(0, TB, y, 0.5), det(0, TB, dup, 0.5)), 0.5);
        // dup (IoU 1 with a) wins a; x then has only b at 0.05 -> unmatched; y takes b
        assertEquals(new Counts(2, 3, 2), s.typed().get(TB));
        List<Double> ious = s.matchedIous().get(TB);
        assertEquals(2, ious.size());
        assertEquals(1.0, ious.get(0), E);
        assertEquals(2.0 / 3, ious.get(1), E);
    }

    @Test
    void iouExactlyAtTheThresholdMatchesAndJustBelowDoesNot() {
        Box t = new Box(0, 0, 0.2, 0.1);
        Box d = new Box(0, 0, 0.1, 0.1); // IoU 0.01 / 0.02 = 0.5
        GroundTruth gt = truth(1, TruthField.of(0, TB, t));
        assertEquals(1, Evaluator.score("doc", gt, List.of(det(0, TB, d, 1)), 0.5).typed().get(TB).matched());
        assertEquals(0, Evaluator.score("doc", gt, List.of(det(0, TB, d, 1)), 0.51).typed().get(TB).matched());
    }

    @Test
    void detectionsOnlyMatchTruthOnTheirOwnPage() {
        Box b = new Box(0.1, 0.1, 0.3, 0.2);
        GroundTruth gt = truth(2, TruthField.of(0, TB, b));
        DocumentScore s = Evaluator.score("doc", gt, List.of(det(1, TB, b, 1)), 0.5);
        assertEquals(new Counts(1, 1, 0), s.typed().get(TB));
        assertEquals(new Counts(1, 1, 0), s.agnostic());
        assertEquals(2, s.pages());
    }

    /** AP pools detections of all documents and ranks them by confidence. */
    @Test
    void averagePrecisionRanksAcrossDocuments() {
        Box b = new Box(0.1, 0.1, 0.3, 0.2);
        Box far = new Box(0.6, 0.6, 0.7, 0.7);
        // doc1: TP at 0.6 ; doc2: FP at 0.95, TP at 0.3 ; doc3: one truth never found
        DocumentScore d1 = Evaluator.score("d1", truth(1, TruthField.of(0, TB, b)), List.of(det(0, TB, b, 0.6)), 0.5);
        DocumentScore d2 = Evaluator.score("d2", truth(1, TruthField.of(0, TB, b)),
                List.of(det(0, TB, far, 0.95), det(0, TB, b, 0.3)), 0.5);
        DocumentScore d3 = Evaluator.score("d3", truth(1, TruthField.of(0, TB, b)), List.of(), 0.5);
        EvalResult r = EvalResult.of("test", 0.5, List.of(d3, d2, d1));
        // ranked: .95 FP (P 0, R 0), .6 TP (P .5, R 1/3), .3 TP (P 2/3, R 2/3)
        // interpolated: P(1/3) = 2/3, P(2/3) = 2/3 -> AP = 2/3 * 2/3
        assertEquals(4.0 / 9, r.perClass().get(TB).ap50(), E);
        assertEquals(List.of("d1", "d2", "d3"), r.documents().stream().map(DocumentScore::name).toList());
        assertEquals(new Counts(3, 3, 2), r.typed().counts());
    }

    /** AP uses confidence order: a confident loose hit takes the truth box before a tight unconfident one. */
    @Test
    void averagePrecisionMatchesInConfidenceOrder() {
        Box t = new Box(0, 0, 0.1, 0.1);
        Box loose = new Box(0, 0, 0.1, 0.15); // IoU 2/3
        GroundTruth gt = truth(1, TruthField.of(0, TB, t));
        DocumentScore s = Evaluator.score("doc", gt, List.of(det(0, TB, t, 0.2), det(0, TB, loose, 0.9)), 0.5);
        // greedy (by IoU) matches the exact box; AP ranking gives the loose one the TP: P=1 at R=1
        assertEquals(List.of(1.0), s.matchedIous().get(TB));
        assertEquals(1.0, EvalResult.of("t", 0.5, List.of(s)).perClass().get(TB).ap50(), E);
        assertEquals(List.of(false, true), s.ranked().stream().map(RankedDetection::truePositive).toList());
    }

    @Test
    void perfectDetectionScoresOne() {
        Box b1 = new Box(0.1, 0.1, 0.3, 0.2);
        Box b2 = new Box(0.1, 0.3, 0.12, 0.32);
        GroundTruth gt = truth(1, TruthField.of(0, TB, b1), TruthField.of(0, CB, b2));
        EvalResult r = EvalResult.of("t", 0.5, List.of(Evaluator.score("doc", gt,
                List.of(det(0, TB, b1, 0.5), det(0, CB, b2, 0.5)), 0.5)));
        assertEquals(1.0, r.typed().f1(), E);
        assertEquals(1.0, r.typed().ap50(), E);
        assertEquals(1.0, r.typed().medianIou(), E);
        assertEquals(1.0, r.agnostic().recall(), E);
    }

    /** A checkbox and a text box each found with IoU 0.4: a lower button threshold matches only the checkbox. */
    @Test
    void buttonsCanBeMatchedAtTheirOwnThreshold() {
        Box text = new Box(0.1, 0.1, 0.3, 0.12);
        Box check = new Box(0.5, 0.5, 0.52, 0.52);
        GroundTruth gt = truth(1, TruthField.of(0, TB, text), TruthField.of(0, CB, check));
        // each shifted right by 3/7 of its width: overlap 4/7, union 10/7, IoU 0.4
        double tw = text.width() * 3 / 7, cw = check.width() * 3 / 7;
        List<DetectedField> dets = List.of(
                det(0, TB, new Box(text.x0() + tw, text.y0(), text.x1() + tw, text.y1()), 0.9),
                det(0, CB, new Box(check.x0() + cw, check.y0(), check.x1() + cw, check.y1()), 0.9));
        EvalResult strict = EvalResult.of("t", 0.5, List.of(Evaluator.score("doc", gt, dets, 0.5)));
        assertEquals(0, strict.typed().counts().matched());
        DocumentScore loose = Evaluator.score("doc", gt, dets, 0.5, 0.3);
        EvalResult r = EvalResult.of("t", 0.5, 0.3, List.of(loose), java.time.Duration.ZERO);
        assertEquals(new Counts(1, 1, 1), r.perClass().get(CB).counts());
        assertEquals(new Counts(1, 1, 0), r.perClass().get(TB).counts());
        assertEquals(0.4, r.perClass().get(CB).medianIou(), 1e-6);
        assertTrue(r.toTable().contains("choice buttons 0.30"), r.toTable());
    }
}
