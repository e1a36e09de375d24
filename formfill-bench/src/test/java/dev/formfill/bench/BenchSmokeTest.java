package dev.formfill.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.formfill.bench.jmh.DecodeBench;
import dev.formfill.bench.jmh.EndToEndBench;
import dev.formfill.bench.jmh.InferenceBench;
import dev.formfill.bench.jmh.WriterBench;
import dev.formfill.core.DetectedField;
import dev.formfill.core.FieldType;
import dev.formfill.core.PrepareResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.runner.options.TimeValue;

/** Runs benchmark bodies once (no timing asserted) and the report on a real, tiny JMH run. */
class BenchSmokeTest {

    @Test
    void decodeBenchReducesEachFieldsCandidateCloudToAboutOneDetection() {
        DecodeBench bench = new DecodeBench();
        bench.size = 1216;
        bench.setup();
        List<DetectedField> kept = bench.decodeAndNms();
        List<DetectedField> raw = bench.decodeOnly();
        int fields;
        try (BenchInputs inputs = BenchInputs.create(1)) {
            fields = inputs.fields().size();
        }
        // ~20 candidates per field above the threshold, the rest faint: NMS leaves about one per field
        assertTrue(raw.size() > 10 * fields, "raw " + raw.size() + " for " + fields + " fields");
        assertTrue(kept.size() >= fields * 0.8 && kept.size() <= fields * 1.5, "kept " + kept.size() + " of " + fields);
        assertTrue(kept.stream().anyMatch(f -> f.type() == FieldType.CHOICE_BUTTON));
    }

    @Test
    void writerBenchWritesEveryGeneratedField() throws Exception {
        WriterBench bench = new WriterBench();
        bench.setup();
        try {
            bench.open();
            PDDocument doc = bench.writeAndSave();
            int written = doc.getDocumentCatalog().getAcroForm().getFields().size();
            bench.close();
            try (BenchInputs inputs = BenchInputs.create(BenchInputs.PAGES)) {
                assertEquals(inputs.fields().size(), written);
            }
        } finally {
            bench.tearDown();
        }
    }

    @Test
    void endToEndBenchPreparesTheGeneratedFormWithTheGeometryDetector() {
        EndToEndBench bench = new EndToEndBench();
        bench.detector = "geometry";
        bench.threads = 1;
        bench.setup();
        try {
            PrepareResult r = bench.prepare();
            assertEquals(BenchInputs.PAGES, r.pagesScanned());
            assertFalse(r.fields().isEmpty(), "the geometry detector finds the drawn fields");
        } finally {
            bench.tearDown();
        }
    }

    @Test
    void inferenceBenchRunsTheComputeStandIn() throws Exception {
        InferenceBench bench = new InferenceBench();
        bench.model = BenchModels.COMPUTE;
        bench.threads = 1;
        bench.setup();
        try {
            assertEquals(1, bench.sessionRun()); // one output: output0
        } finally {
            bench.tearDown();
        }
    }

    @Test
    void reportOfATinyRealRunStatesGoalsAndOneOverheadLine(@TempDir Path out) throws Exception {
        BenchSuite suite = new BenchSuite(List.of("\\.DecodeBench\\.decodeAndNms", "\\.RenderBench\\."),
                Map.of(), 0, 0, 1, TimeValue.milliseconds(200), false);
        List<Measurement> ms = new ArrayList<>(suite.run());
        assertEquals(2, ms.size(), "both benchmarks measured: " + ms);
        try (BenchInputs inputs = BenchInputs.create(2)) {
            NativeRenderAnchor.defaults().measure(inputs.pdf(), 2, 144, 1).ifPresent(ms::add);
        }
        BenchReport report = new BenchReport(ms, MachineInfo.collect().withEndLoad(), BenchModels.COMPUTE, 1,
                List.of("smoke run"), "test");
        report.write(out);

        JsonNode json = new ObjectMapper().readTree(out.resolve("bench.json").toFile());
        assertEquals(ms.size(), json.path("measurements").size());
        assertTrue(json.path("pipelineOverhead").isNull(), "no end-to-end run, so no overhead figure");
        assertEquals(6, json.path("goals").size());
        String md = Files.readString(out.resolve("bench.md"));
        assertEquals(1, md.lines().filter(l -> l.startsWith("pipeline overhead:")).count());
        BenchReport.Goal decode = report.goals().stream().filter(g -> g.name().startsWith("decode")).findFirst().orElseThrow();
        assertFalse(decode.status() == BenchReport.Status.NOT_MEASURED);
        assertNotNull(report.find("RenderBench.render", Map.of("dpi", "144", "pdf", BenchInputs.GENERATED)).orElse(null));
        assertTrue(md.contains("./formfill bench --only RenderBench"));
    }

    @Test
    void devSetSweepTimesTheGeometryDetectorOverEveryPageAndFeedsItsGoal(@TempDir Path dir) throws Exception {
        try (BenchInputs inputs = BenchInputs.create(3)) {
            Files.copy(inputs.pdf(), dir.resolve("form.pdf"));
        }
        Measurement m = DevSetSweep.measure(dir).orElseThrow();
        assertEquals(3, m.samples(), "every page of the folder");
        assertTrue(m.value() > 0, m.toString());
        BenchReport report = new BenchReport(List.of(m), MachineInfo.collect().withEndLoad(), BenchModels.COMPUTE, 1,
                List.of(), "test");
        BenchReport.Goal geometry = report.goals().stream().filter(g -> g.name().startsWith("geometry")).findFirst()
                .orElseThrow();
        // the goal is judged from the measurement (no timing is asserted: a busy machine may run slower)
        assertEquals(m.value() <= 50 ? BenchReport.Status.MET : BenchReport.Status.MISSED, geometry.status(),
                geometry.toString());
    }
}
