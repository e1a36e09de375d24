package dev.formfill.core.eval;

import dev.formfill.core.FieldType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Scores of a detector over a set of documents.
 *
 * @param detector     name of the detector that ran
 * @param iouThreshold IoU a detection needs with a truth box to match it
 * @param buttonIouThreshold the same for choice buttons (equal to {@code iouThreshold} unless set apart)
 * @param typed        all classes, class must agree; its {@code ap50} is the mean AP over classes with truth
 * @param agnostic     all classes, matched regardless of class (AP undefined)
 * @param perClass     typed score per class
 * @param documents    per-document rows, sorted by name
 * @param detectTime   wall time of the detection stage summed over the documents (content parsing
 *                     and detector, rendering excluded); {@link Duration#ZERO} when not measured
 */
public record EvalResult(String detector, double iouThreshold, double buttonIouThreshold, Score typed, Score agnostic,
                         Map<FieldType, Score> perClass, List<DocumentScore> documents, Duration detectTime) {

    /** Copies the collections. */
    public EvalResult {
        perClass = Collections.unmodifiableMap(new EnumMap<>(perClass));
        documents = List.copyOf(documents);
    }

    /** Sums document scores into dataset scores, without timing. */
    public static EvalResult of(String detector, double iouThreshold, List<DocumentScore> documents) {
        return of(detector, iouThreshold, iouThreshold, documents, Duration.ZERO);
    }

    /** Sums document scores into dataset scores, with the detection stage's total time. */
    public static EvalResult of(String detector, double iouThreshold, double buttonIouThreshold,
                                List<DocumentScore> documents, Duration detectTime) {
        List<DocumentScore> docs = new ArrayList<>(documents);
        docs.sort(java.util.Comparator.comparing(DocumentScore::name));
        EnumMap<FieldType, Score> perClass = new EnumMap<>(FieldType.class);
        Counts total = Counts.ZERO;
        Counts agnostic = Counts.ZERO;
        List<Double> allIous = new ArrayList<>();
        double apSum = 0;
        int apClasses = 0;
        for (FieldType type : FieldType.values()) {
            Counts c = Counts.ZERO;
            List<Double> ious = new ArrayList<>();
            List<RankedDetection> ranked = new ArrayList<>();
            for (DocumentScore d : docs) {
                c = c.plus(d.typed().get(type));
                ious.addAll(d.matchedIous().get(type));
                d.ranked().stream().filter(r -> r.type() == type).forEach(ranked::add);
            }
            double ap = AveragePrecision.of(ranked, c.truth());
            if (!Double.isNaN(ap)) {
                apSum += ap;
                apClasses++;
            }
            perClass.put(type, Score.of(c, ap, Stats.median(ious)));
            total = total.plus(c);
            allIous.addAll(ious);
        }
        for (DocumentScore d : docs) {
            agnostic = agnostic.plus(d.agnostic());
        }
        Score typed = Score.of(total, apClasses == 0 ? Double.NaN : apSum / apClasses, Stats.median(allIous));
        return new EvalResult(detector, iouThreshold, buttonIouThreshold, typed, Score.of(agnostic, Double.NaN, Double.NaN),
                perClass, docs, detectTime);
    }

    /** Mean detection time per scored page in milliseconds, NaN when not measured. */
    public double detectMillisPerPage() {
        int pages = documents.stream().mapToInt(DocumentScore::pages).sum();
        return detectTime.isZero() || pages == 0 ? Double.NaN : detectTime.toNanos() / 1e6 / pages;
    }

    /** A plain-text summary: overall, per class, per document. */
    public String toTable() {
        return EvalReport.table(this);
    }

    /** The result as indented JSON (undefined numbers are {@code null}). */
    public String toJson() {
        return EvalReport.json(this);
    }
}
