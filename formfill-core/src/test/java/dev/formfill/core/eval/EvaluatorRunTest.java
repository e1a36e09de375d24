package dev.formfill.core.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.formfill.cli.FormFillCli;
import dev.formfill.core.Box;
import dev.formfill.core.DetectedField;
import dev.formfill.core.FieldType;
import dev.formfill.core.FormPreparer;
import dev.formfill.core.PrepareOptions;
import dev.formfill.core.detect.FieldDetector;
import dev.formfill.core.detect.PageImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evaluator end to end: truth files on disk, real PDFs, a real pipeline run. */
class EvaluatorRunTest {

    @TempDir
    Path dir;

    /** A detector that answers with the ground truth of one document: the scorer must give it full marks. */
    static final class OracleDetector implements FieldDetector {
        private final GroundTruth truth;

        OracleDetector(GroundTruth truth) {
            this.truth = truth;
        }

        @Override
        public String name() {
            return "oracle";
        }

        @Override
        public List<DetectedField> detect(PageImage page, PrepareOptions options) {
            return truth.fieldsOnPage(page.pageIndex()).stream()
                    .map(f -> DetectedField.of(page.pageIndex(), f.type(), f.box(), 0.9)).toList();
        }
    }

    private static final String TRUTH = """
            {"name": "tiny", "pages": [
              {"index": 0, "width_pt": 612, "height_pt": 792, "rotation": 0, "fields": [
                {"type": "TextBox", "ft": "Tx", "kind": "text", "name": "a", "box": [0.1, 0.1, 0.4, 0.13], "ink": true},
                {"type": "TextBox", "ft": "Ch", "kind": "combo", "name": "b", "box": [0.1, 0.2, 0.4, 0.23]},
                {"type": "ChoiceButton", "ft": "Btn", "kind": "checkbox", "name": "c", "box": [0.1, 0.3, 0.12, 0.315], "ink": false}
              ]},
              {"index": 1, "width_pt": 612, "height_pt": 792, "rotation": 0, "fields": []},
              {"index": 2, "width_pt": 612, "height_pt": 792, "rotation": 0, "fields": [
                {"type": "Signature", "ft": "Sig", "kind": "signature", "name": "s", "box": [0.5, 0.8, 0.9, 0.85]}
              ]}
            ]}
            """;

    private Path writeDoc(String name, int pages) throws Exception {
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                doc.addPage(new PDPage(PDRectangle.LETTER));
            }
            doc.save(dir.resolve(name + ".pdf").toFile());
        }
        Files.writeString(dir.resolve(name + ".truth.json"), TRUTH.replace("\"tiny\"", "\"" + name + "\""));
        return dir.resolve(name + ".pdf");
    }

    @Test
    void readsTruthFilesWithChoiceFieldsAsTextBoxesAndEmptyPages() throws Exception {
        writeDoc("tiny", 3);
        GroundTruth gt = GroundTruth.read(dir.resolve("tiny.truth.json"));
        assertEquals("tiny", gt.name());
        assertEquals(3, gt.pageCount());
        assertEquals(2, gt.count(FieldType.TEXT_BOX));
        assertEquals(1, gt.count(FieldType.CHOICE_BUTTON));
        assertEquals(1, gt.count(FieldType.SIGNATURE));
        assertEquals("Ch", gt.fields().get(1).ft());
        assertTrue(gt.fields().get(0).ink() && !gt.fields().get(2).ink());
        assertEquals(new Box(0.5, 0.8, 0.9, 0.85), gt.fieldsOnPage(2).get(0).box());
    }

    @Test
    void oracleDetectorScoresPerfectlyThroughThePipeline() throws Exception {
        writeDoc("tiny", 3);
        GroundTruth gt = GroundTruth.read(dir.resolve("tiny.truth.json"));
        try (FormPreparer p = FormPreparer.builder().detector(new OracleDetector(gt)).build()) {
            EvalResult r = Evaluator.of(p, PrepareOptions.builder().model("oracle").build(), 0.5).evaluate(dir);
            assertEquals("oracle", r.detector());
            assertEquals(new Counts(4, 4, 4), r.typed().counts());
            assertEquals(1.0, r.typed().f1(), 1e-9);
            assertEquals(1.0, r.typed().ap50(), 1e-9);
            assertEquals(1.0, r.typed().medianIou(), 1e-6);
            assertEquals(1, r.documents().size());
        }
    }

    @Test
    void cliPrintsATableAndWritesJson() throws Exception {
        writeDoc("alpha", 3);
        writeDoc("beta", 3);
        Path json = dir.resolve("out.json");
        int rc = FormFillCli.run("eval", dir.toString(), "--model", "geometry", "--json", json.toString(), "--only", "bet");
        assertEquals(0, rc);
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertEquals(1, root.path("documents_scored").asInt());
        assertEquals("beta", root.path("documents").get(0).path("name").asText());
        assertEquals(4, root.path("typed").path("truth").asInt());
        assertTrue(root.path("per_class").has("ChoiceButton"));
        assertTrue(root.path("detect_ms_per_page").asDouble() > 0, "the detection stage was timed");
        assertEquals(0, FormFillCli.run("eval", dir.toString(), "--only", "bet", "--as-scan", "72", "--with-text-layer"));
        assertEquals(2, FormFillCli.run("eval", dir.toString(), "--with-text-layer"), "a text layer needs --as-scan");
    }

    /** On a real dev form, a detector that returns its truth boxes must score 1 (the coordinate conventions agree). */
    @Test
    void oracleOnARealDevFormScoresOne() {
        String shared = System.getProperty("formfill.shared");
        Assumptions.assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "eval", "dev")), "no shared eval data");
        Path devDir = Path.of(shared, "eval", "dev");
        String name = "pdflib_ia_scr_4136"; // a rotated page: the hardest convention to agree on
        GroundTruth gt = GroundTruth.read(devDir.resolve(name + ".truth.json"));
        try (FormPreparer p = FormPreparer.builder().detector(new OracleDetector(gt)).build()) {
            PrepareOptions opts = PrepareOptions.builder().model("oracle").snapToLines(false).build();
            EvalResult r = Evaluator.of(p, opts, 0.5).evaluate(devDir, name::equals);
            assertEquals(1, r.documents().size());
            assertEquals(1.0, r.typed().recall(), 1e-9);
            assertEquals(1.0, r.typed().precision(), 1e-9);
        }
    }

    /** A detector that answers with the truth and records what each page held: text, vectors, images. */
    static final class ProbingOracle implements FieldDetector {
        private final OracleDetector oracle;
        final List<String> seen = new java.util.ArrayList<>();

        ProbingOracle(GroundTruth truth) {
            this.oracle = new OracleDetector(truth);
        }

        @Override
        public String name() {
            return "probe";
        }

        @Override
        public List<DetectedField> detect(PageImage page, PrepareOptions options) {
            var c = page.content();
            seen.add("glyphs=" + c.glyphs().size() + " rules=" + (c.horizontalRules().size() + c.verticalRules().size())
                    + " imageCover=" + Math.round(c.largestImageCoverage() * 100));
            return oracle.detect(page, options);
        }
    }

    private static long scanTempFiles() throws Exception {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("formfill-scan-")).count();
        }
    }

    /**
     * Scored as scans, documents reach the detector as one page-sized image per page with no text
     * and no vector lines, the truth still lines up (an oracle scores 1), and no scan is left behind.
     */
    @Test
    void asScansHandsTheDetectorOnlyPixelsAndKeepsTheTruthAligned() throws Exception {
        Path pdf = writeDoc("tiny", 3);
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            try (var cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, doc.getPage(0))) {
                cs.addRect(61.2f, 792 - 0.13f * 792, 183.6f, 0.03f * 792); // the first truth box, drawn
                cs.stroke();
                cs.beginText();
                cs.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                        org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 10);
                cs.newLineAtOffset(61.2f, 792 - 0.08f * 792);
                cs.showText("Name");
                cs.endText();
            }
            doc.save(pdf.toFile());
        }
        GroundTruth gt = GroundTruth.read(dir.resolve("tiny.truth.json"));
        long before = scanTempFiles();
        ProbingOracle probe = new ProbingOracle(gt);
        try (FormPreparer p = FormPreparer.builder().detector(probe).build()) {
            Evaluator plain = Evaluator.of(p, PrepareOptions.builder().model("probe").snapToLines(false).build(), 0.5);
            plain.evaluate(dir);
            assertTrue(probe.seen.get(0).startsWith("glyphs=4 rules=4"), probe.seen::toString);
            probe.seen.clear();
            EvalResult r = plain.asScans(100).evaluate(dir);
            assertEquals(List.of("glyphs=0 rules=0 imageCover=100", "glyphs=0 rules=0 imageCover=100",
                    "glyphs=0 rules=0 imageCover=100"), probe.seen);
            assertEquals(1.0, r.typed().f1(), 1e-6);
        }
        assertEquals(before, scanTempFiles(), "every scan was deleted after scoring");
        assertThrows(IllegalArgumentException.class, () -> Evaluator.of(FormPreparer.builder().build(),
                PrepareOptions.defaults(), 0.5).asScans(20));
    }

    /**
     * Recognised scans carry an invisible text layer: each word where it was, as wide as it was, and the
     * pixels as before; the truth still lines up.
     */
    @Test
    void asRecognisedScansLaysTheWordsOverThePixels() throws Exception {
        Path pdf = writeDoc("tiny", 3);
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            try (var cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, doc.getPage(0))) {
                cs.beginText();
                cs.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                        org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.TIMES_ROMAN), 10);
                cs.newLineAtOffset(61.2f, 700);
                cs.showText("First name \u2026\u2026\u2026");
                cs.endText();
            }
            doc.save(pdf.toFile());
        }
        GroundTruth gt = GroundTruth.read(dir.resolve("tiny.truth.json"));
        List<dev.formfill.core.content.TextWord> seen = new java.util.ArrayList<>();
        List<Integer> images = new java.util.ArrayList<>();
        FieldDetector probe = new FieldDetector() {
            private final OracleDetector oracle = new OracleDetector(gt);

            @Override
            public String name() {
                return "probe";
            }

            @Override
            public List<DetectedField> detect(PageImage page, PrepareOptions options) {
                seen.addAll(page.content().words());
                images.add((int) Math.round(page.content().largestImageCoverage() * 100));
                return oracle.detect(page, options);
            }
        };
        try (FormPreparer p = FormPreparer.builder().detector(probe).build()) {
            EvalResult r = Evaluator.of(p, PrepareOptions.builder().model("probe").snapToLines(false).build(), 0.5)
                    .asRecognisedScans(100).evaluate(dir);
            assertEquals(1.0, r.typed().f1(), 1e-6);
        }
        assertEquals(List.of(100, 100, 100), images, "each page is one image");
        assertEquals(List.of("First", "name", "\u2026\u2026\u2026"), seen.stream().map(w -> w.text()).toList());
        float nameEnd = 61.2f + new org.apache.pdfbox.pdmodel.font.PDType1Font(
                org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.TIMES_ROMAN).getStringWidth("First name") / 100;
        assertEquals(nameEnd / 612, seen.get(1).box().x1(), 1.5 / 612, "each word as wide as it was: " + seen);
        assertEquals(61.2 / 612, seen.get(0).box().x0(), 1.0 / 612, seen::toString);
    }

    /** The scan of a rotated dev page is upright as displayed, so its truth still lines up. */
    @Test
    void asScansOfARotatedDevPageKeepsTheTruthAligned() {
        String shared = System.getProperty("formfill.shared");
        Assumptions.assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "eval", "dev")), "no shared eval data");
        Path devDir = Path.of(shared, "eval", "dev");
        String name = "pdflib_ia_scr_4136";
        GroundTruth gt = GroundTruth.read(devDir.resolve(name + ".truth.json"));
        try (FormPreparer p = FormPreparer.builder().detector(new OracleDetector(gt)).build()) {
            PrepareOptions opts = PrepareOptions.builder().model("oracle").snapToLines(false).build();
            EvalResult r = Evaluator.of(p, opts, 0.5).asScans(72).evaluate(devDir, name::equals);
            assertEquals(1.0, r.typed().recall(), 1e-9);
            assertEquals(1.0, r.typed().precision(), 1e-9);
        }
    }
}
