package dev.formfill.core.layout;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.formfill.core.Box;
import dev.formfill.core.DetectedField;
import dev.formfill.core.FieldType;
import dev.formfill.core.FormPreparer;
import dev.formfill.core.PrepareOptions;
import dev.formfill.core.detect.FieldDetector;
import dev.formfill.core.detect.PageImage;
import dev.formfill.core.eval.DocumentScore;
import dev.formfill.core.eval.EvalResult;
import dev.formfill.core.eval.Evaluator;
import dev.formfill.core.eval.GroundTruth;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Snapping measured on real forms with a simulated noisy detector: the ground-truth boxes with
 * every edge moved by up to ±3 pt. Snapping must bring the median IoU of the matches back up, and
 * must not hurt exact boxes. Runs on a few dev documents by default; {@code -Dformfill.fullEval=true}
 * runs all of them and prints the table used in the report.
 */
class SnapOnDevSetTest {

    /** Truth boxes, optionally jittered by a seeded random amount per edge (points). */
    static final class NoisyOracle implements FieldDetector {
        private final GroundTruth truth;
        private final double jitterPt;

        NoisyOracle(GroundTruth truth, double jitterPt) {
            this.truth = truth;
            this.jitterPt = jitterPt;
        }

        @Override
        public String name() {
            return "oracle";
        }

        @Override
        public List<DetectedField> detect(PageImage page, PrepareOptions options) {
            Random rnd = new Random(31L * page.pageIndex() + truth.name().hashCode());
            double w = page.geometry().displayWidth(), h = page.geometry().displayHeight();
            List<DetectedField> out = new ArrayList<>();
            for (var f : truth.fieldsOnPage(page.pageIndex())) {
                Box b = f.box();
                double x0 = b.x0() * w + j(rnd), y0 = b.y0() * h + j(rnd), x1 = b.x1() * w + j(rnd), y1 = b.y1() * h + j(rnd);
                if (x1 - x0 < 1) {
                    x1 = x0 + 1;
                }
                if (y1 - y0 < 1) {
                    y1 = y0 + 1;
                }
                out.add(DetectedField.of(page.pageIndex(), f.type(), new Box(x0 / w, y0 / h, x1 / w, y1 / h).clipToUnit(), 0.9));
            }
            return out;
        }

        private double j(Random rnd) {
            return jitterPt == 0 ? 0 : (rnd.nextDouble() * 2 - 1) * jitterPt;
        }
    }

    static EvalResult run(Path dev, List<String> names, double jitter, boolean snap) {
        List<DocumentScore> docs = new ArrayList<>();
        for (String name : names) {
            GroundTruth gt = GroundTruth.read(dev.resolve(name + ".truth.json"));
            try (FormPreparer p = FormPreparer.builder().detector(new NoisyOracle(gt, jitter)).build()) {
                PrepareOptions o = PrepareOptions.builder().model("oracle").renderDpi(36).snapToLines(snap).build();
                docs.addAll(Evaluator.of(p, o, 0.5).evaluate(dev, name::equals).documents());
            }
        }
        return EvalResult.of("oracle", 0.5, docs);
    }

    @Test
    void snappingRestoresJitteredBoxes() throws IOException {
        String shared = System.getProperty("formfill.shared");
        Assumptions.assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "eval", "dev")), "no shared eval data");
        Path dev = Path.of(shared, "eval", "dev");
        List<String> names;
        if (Boolean.getBoolean("formfill.fullEval")) {
            try (Stream<Path> s = Files.list(dev)) {
                names = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".truth.json"))
                        .map(n -> n.substring(0, n.length() - ".truth.json".length())).sorted().toList();
            }
        } else {
            names = List.of("michigan_FoodAssistanceProgramSupplement", "samplefiles_libreoffice-form", "pymupdf_test-4055");
        }
        EvalResult exactOff = run(dev, names, 0, false);
        EvalResult exactOn = run(dev, names, 0, true);
        EvalResult noisyOff = run(dev, names, 3, false);
        EvalResult noisyOn = run(dev, names, 3, true);
        System.out.printf(Locale.ROOT, "snapping on %d documents (median IoU of typed matches, typed recall at IoU 0.5):%n", names.size());
        for (var e : List.of(new Object[] {"exact, no snap", exactOff}, new Object[] {"exact, snap", exactOn},
                new Object[] {"jitter 3pt, no snap", noisyOff}, new Object[] {"jitter 3pt, snap", noisyOn})) {
            EvalResult r = (EvalResult) e[1];
            System.out.printf(Locale.ROOT, "  %-20s medIoU %.4f  recall %.4f  TextBox medIoU %.4f  ChoiceButton medIoU %.4f%n",
                    e[0], r.typed().medianIou(), r.typed().recall(),
                    r.perClass().get(FieldType.TEXT_BOX).medianIou(),
                    r.perClass().get(FieldType.CHOICE_BUTTON).medianIou());
        }
        if (Boolean.getBoolean("formfill.fullEval")) {
            for (int i = 0; i < noisyOff.documents().size(); i++) {
                System.out.printf(Locale.ROOT, "  %-44s jitter medIoU %.4f -> %.4f%n", noisyOff.documents().get(i).name(),
                        noisyOff.documents().get(i).score().medianIou(), noisyOn.documents().get(i).score().medianIou());
            }
        }
        assertTrue(noisyOn.typed().medianIou() > noisyOff.typed().medianIou() + 0.03,
                "snapping restores jittered boxes: " + noisyOff.typed().medianIou() + " -> " + noisyOn.typed().medianIou());
        assertTrue(exactOn.typed().recall() >= 0.97, "snapping keeps exact boxes matched: " + exactOn.typed().recall());
        assertTrue(exactOn.typed().medianIou() >= 0.9, "snapping barely moves exact boxes: " + exactOn.typed().medianIou());
    }
}
