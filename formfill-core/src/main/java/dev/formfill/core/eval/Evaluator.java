package dev.formfill.core.eval;

import dev.formfill.core.Box;
import dev.formfill.core.CancellationToken;
import dev.formfill.core.DetectedField;
import dev.formfill.core.FieldType;
import dev.formfill.core.FormFillException;
import dev.formfill.core.FormPreparer;
import dev.formfill.core.PrepareOptions;
import dev.formfill.core.PrepareResult;
import dev.formfill.core.ProgressListener;
import dev.formfill.core.Stage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Scores a detector against ground truth: runs {@link FormPreparer#detect} (nothing is written) on
 * every {@code NAME.pdf} that has a {@code NAME.truth.json} beside it, and matches detections to
 * truth boxes page by page, greedily one-to-one, highest IoU first, at IoU ≥ the threshold —
 * once with the class required to agree (typed) and once regardless of class (agnostic).
 * Average precision uses the usual confidence-ordered matching (see {@link #score}).
 * Deterministic: documents in name order, ties broken by list position.
 *
 * <pre>{@code
 * try (FormPreparer p = FormPreparer.builder().build()) {
 *     EvalResult r = Evaluator.of(p, PrepareOptions.defaults(), 0.5).evaluate(dir, name -> true);
 *     double f1 = r.typed().f1();
 * }
 * }</pre>
 */
public final class Evaluator {

    private static final String TRUTH_SUFFIX = ".truth.json";

    private final FormPreparer preparer;
    private final PrepareOptions options;
    private final double iouThreshold;
    private final double buttonIouThreshold;
    private final int scanDpi; // 0: documents as they are
    private final boolean scanText; // the scans carry an invisible text layer

    private Evaluator(FormPreparer preparer, PrepareOptions options, double iouThreshold, double buttonIouThreshold,
                      int scanDpi, boolean scanText) {
        this.preparer = Objects.requireNonNull(preparer, "preparer");
        this.options = Objects.requireNonNull(options, "options");
        checkThreshold(iouThreshold);
        checkThreshold(buttonIouThreshold);
        this.iouThreshold = iouThreshold;
        this.buttonIouThreshold = buttonIouThreshold;
        this.scanDpi = scanDpi;
        this.scanText = scanText;
    }

    private static void checkThreshold(double iou) {
        if (!(iou > 0 && iou <= 1)) {
            throw new IllegalArgumentException("IoU threshold must be within (0, 1], got " + iou);
        }
    }

    /**
     * An evaluator running {@code preparer} with {@code options} (their page range is ignored: every
     * page is scored). The preparer stays the caller's to close.
     */
    public static Evaluator of(FormPreparer preparer, PrepareOptions options, double iouThreshold) {
        return of(preparer, options, iouThreshold, iouThreshold);
    }

    /**
     * As {@link #of(FormPreparer, PrepareOptions, double)}, with a separate threshold for choice
     * buttons: checkboxes are small, so a few points of offset cost them much IoU (the dev set's
     * README suggests 0.3 for them).
     */
    public static Evaluator of(FormPreparer preparer, PrepareOptions options, double iouThreshold,
                               double buttonIouThreshold) {
        return new Evaluator(preparer, options.toBuilder().pages(null).build(), iouThreshold, buttonIouThreshold, 0, false);
    }

    /**
     * This evaluator, scoring each document as a scan of it instead: every page rendered in gray at
     * {@code dpi}, JPEG-compressed, as the page's only content (no text layer, no vector lines). The
     * truth stays valid, as the page looks the same. Measures the raster path on forms that have truth.
     *
     * @throws IllegalArgumentException unless 50 ≤ dpi ≤ 600
     */
    public Evaluator asScans(int dpi) {
        checkDpi(dpi);
        return new Evaluator(preparer, options, iouThreshold, buttonIouThreshold, dpi, false);
    }

    /**
     * As {@link #asScans(int)}, with an invisible text layer over each scan where the words were, as text
     * recognition leaves it (words in a Latin, Greek or Cyrillic script; CJK is left out). Measures image
     * pages that carry text: recognised scans, forms printed to a picture with their text kept.
     *
     * @throws IllegalArgumentException unless 50 ≤ dpi ≤ 600
     */
    public Evaluator asRecognisedScans(int dpi) {
        checkDpi(dpi);
        return new Evaluator(preparer, options, iouThreshold, buttonIouThreshold, dpi, true);
    }

    private static void checkDpi(int dpi) {
        if (dpi < 50 || dpi > 600) {
            throw new IllegalArgumentException("scan resolution must be within [50, 600] dpi, got " + dpi);
        }
    }

    /** Evaluates every document in {@code dir}. */
    public EvalResult evaluate(Path dir) {
        return evaluate(dir, name -> true);
    }

    /** Evaluates the documents in {@code dir} whose name passes {@code include}. */
    public EvalResult evaluate(Path dir, Predicate<String> include) {
        List<DocumentScore> scores = new ArrayList<>();
        String detector = null;
        java.time.Duration detectTime = java.time.Duration.ZERO;
        for (Path truthFile : truthFiles(dir)) {
            String name = truthFile.getFileName().toString();
            name = name.substring(0, name.length() - TRUTH_SUFFIX.length());
            if (!include.test(name)) {
                continue;
            }
            Path pdf = truthFile.resolveSibling(name + ".pdf");
            if (!Files.isRegularFile(pdf)) {
                continue;
            }
            GroundTruth truth = GroundTruth.read(truthFile);
            List<DetectedField> found;
            String error = null;
            Path scan = null;
            try {
                if (scanDpi > 0) {
                    scan = Files.createTempFile("formfill-scan-", ".pdf");
                    SimulatedScan.write(pdf, scan, scanDpi, scanText);
                }
                PrepareResult r = preparer.detect(scan != null ? scan : pdf, options, ProgressListener.NONE,
                        CancellationToken.none());
                detector = r.detector();
                found = r.fields();
                detectTime = detectTime.plus(r.stageTimings().getOrDefault(Stage.DETECTING, java.time.Duration.ZERO));
            } catch (FormFillException e) {
                // a document the pipeline refuses scores as all missed, and the table says why
                found = List.of();
                error = e.type() + ": " + e.getMessage();
            } catch (IOException e) {
                found = List.of(); // the input could not be turned into a scan: scored as all missed, with the reason
                error = "scan: " + e.getMessage();
            } finally {
                deleteQuietly(scan);
            }
            DocumentScore s = score(name, truth, found, iouThreshold, buttonIouThreshold);
            scores.add(error == null ? s : new DocumentScore(s.name(), s.pages(), s.typed(), s.agnostic(),
                    s.matchedIous(), s.ranked(), error));
        }
        if (detector == null) {
            detector = preparer.resolveDetector(options.model());
        }
        return EvalResult.of(detector, iouThreshold, buttonIouThreshold, scores, detectTime);
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // a temporary file left in the temp directory: nothing of the user's is at stake
            }
        }
    }

    /**
     * Scores detections of one document against its truth. Per page: typed greedy matching within
     * each class, agnostic greedy matching over all classes, and for AP each class's detections in
     * decreasing confidence order take the free truth box of their class with the highest IoU.
     */
    public static DocumentScore score(String name, GroundTruth truth, List<DetectedField> detections,
                                      double iouThreshold) {
        return score(name, truth, detections, iouThreshold, iouThreshold);
    }

    /** As {@link #score(String, GroundTruth, List, double)}, choice buttons matched at their own threshold. */
    public static DocumentScore score(String name, GroundTruth truth, List<DetectedField> detections,
                                      double iouThreshold, double buttonIouThreshold) {
        int pages = truth.pageCount();
        for (DetectedField d : detections) {
            pages = Math.max(pages, d.page() + 1);
        }
        Map<FieldType, Counts> typed = new EnumMap<>(FieldType.class);
        Map<FieldType, List<Double>> ious = new EnumMap<>(FieldType.class);
        for (FieldType t : FieldType.values()) {
            typed.put(t, Counts.ZERO);
            ious.put(t, new ArrayList<>());
        }
        Counts agnostic = Counts.ZERO;
        List<RankedDetection> ranked = new ArrayList<>();
        for (int page = 0; page < pages; page++) {
            List<TruthField> pageTruth = truth.fieldsOnPage(page);
            final int p = page;
            List<DetectedField> pageDet = detections.stream().filter(d -> d.page() == p).toList();
            List<Matcher.Pair> all = Matcher.greedy(boxesOfTruth(pageTruth), boxesOf(pageDet), iouThreshold);
            agnostic = agnostic.plus(new Counts(pageTruth.size(), pageDet.size(), all.size()));
            for (FieldType type : FieldType.values()) {
                List<Box> t = boxesOfTruth(pageTruth.stream().filter(f -> f.type() == type).toList());
                List<DetectedField> dets = pageDet.stream().filter(f -> f.type() == type).toList();
                List<Box> d = boxesOf(dets);
                double need = type == FieldType.CHOICE_BUTTON ? buttonIouThreshold : iouThreshold;
                List<Matcher.Pair> pairs = Matcher.greedy(t, d, need);
                typed.put(type, typed.get(type).plus(new Counts(t.size(), d.size(), pairs.size())));
                pairs.forEach(pair -> ious.get(type).add(pair.iou()));
                double[] conf = dets.stream().mapToDouble(DetectedField::confidence).toArray();
                boolean[] tp = Matcher.byConfidence(t, d, conf, need);
                for (int i = 0; i < dets.size(); i++) {
                    ranked.add(new RankedDetection(type, conf[i], tp[i]));
                }
            }
        }
        return new DocumentScore(name, pages, typed, agnostic, ious, ranked, null);
    }

    private static List<Box> boxesOf(List<DetectedField> fields) {
        return fields.stream().map(DetectedField::box).toList();
    }

    private static List<Box> boxesOfTruth(List<TruthField> fields) {
        return fields.stream().map(TruthField::box).toList();
    }

    private static List<Path> truthFiles(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(TRUTH_SUFFIX)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }
}
