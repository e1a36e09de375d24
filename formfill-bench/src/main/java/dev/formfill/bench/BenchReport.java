package dev.formfill.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns one run's measurements into the ratios the project holds itself to, states each goal met or missed,
 * and writes {@code bench.json} and {@code bench.md}. Only ratios computed from this run's own measurements
 * are reported: a figure that was not measured is reported as such, never filled in.
 */
public final class BenchReport {

    /** Goal status. */
    public enum Status { MET, MISSED, NOT_MEASURED }

    /**
     * One goal.
     *
     * @param name    what is held
     * @param target  the bound, in words
     * @param actual  the measured value (wall time), in words ({@code n/a} when not measured)
     * @param cpuBasis the same figure on process CPU time ({@code n/a} when not measured)
     * @param status  met, missed, or not measured
     * @param note    how it was computed, or why it is missing
     */
    public record Goal(String name, String target, String actual, String cpuBasis, Status status, String note) {
    }

    private final List<Measurement> measurements;
    private final MachineInfo machine;
    private final String model;
    private final String threads;
    private final List<String> notes;
    private final String command;

    /**
     * @param measurements every JMH result and anchor of the run
     * @param machine      the machine description
     * @param model        the model the headline ratios use (a {@link BenchModels} name)
     * @param threads      the intra-op thread count the headline ratios use
     * @param notes        remarks to print (skipped anchors, missing pieces)
     * @param command      the command line that produced the run
     */
    public BenchReport(List<Measurement> measurements, MachineInfo machine, String model, int threads,
                       List<String> notes, String command) {
        this.measurements = List.copyOf(measurements);
        this.machine = machine;
        this.model = model;
        this.threads = Integer.toString(threads);
        this.notes = List.copyOf(notes);
        this.command = command;
    }

    /** The first measurement named {@code name} whose params include {@code params}. */
    public Optional<Measurement> find(String name, Map<String, String> params) {
        return measurements.stream().filter(m -> m.name().equals(name) && m.matches(params)).findFirst();
    }

    private Optional<Double> ms(String name, Map<String, String> params) {
        return find(name, params).map(Measurement::value);
    }

    /** The CPU figure of a measurement, when it has one. */
    private Optional<Double> cpu(String name, Map<String, String> params) {
        return find(name, params).map(Measurement::cpu).filter(v -> !Double.isNaN(v));
    }

    private Map<String, String> headline() {
        return Map.of("model", model, "threads", threads);
    }

    private Map<String, String> headlineE2e() {
        return Map.of("detector", model, "threads", threads);
    }

    /** (end-to-end − (render + session.run)) / end-to-end, per page, wall time, with the headline ONNX model. */
    public Optional<Double> pipelineOverhead() {
        return overhead(this::ms);
    }

    /** The same ratio on process CPU time: the work the pipeline adds, robust to a busy machine. */
    public Optional<Double> pipelineOverheadCpu() {
        return overhead(this::cpu);
    }

    private Optional<Double> overhead(java.util.function.BiFunction<String, Map<String, String>, Optional<Double>> f) {
        Optional<Double> e2e = f.apply("EndToEndBench.prepare", headlineE2e());
        Optional<Double> r = f.apply("RenderBench.render", Map.of("dpi", "144", "pdf", BenchInputs.GENERATED));
        Optional<Double> inf = f.apply("InferenceBench.sessionRun", headline());
        if (e2e.isEmpty() || r.isEmpty() || inf.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of((e2e.get() - r.get() - inf.get()) / e2e.get());
    }

    /** The one {@code pipeline overhead: X%} line of the run's output. */
    public String overheadLine() {
        return pipelineOverhead()
                .map(o -> String.format(Locale.ROOT, "pipeline overhead: %.1f%%", o * 100))
                .orElse("pipeline overhead: n/a (needs EndToEndBench, RenderBench and InferenceBench with model "
                        + model + ", threads " + threads + ")");
    }

    /** The overhead on the CPU-time basis, as a second, differently worded line. */
    public String overheadCpuLine() {
        return "pipeline overhead on CPU time: " + pipelineOverheadCpu()
                .map(o -> String.format(Locale.ROOT, "%.1f%%", o * 100)).orElse("n/a");
    }

    /** The inference floor against the whole detector call, one line (wall time). */
    public String inferenceFloorLine() {
        Optional<Double> run = ms("InferenceBench.sessionRun", headline());
        Optional<Double> detect = ms("DetectorBench.detect", headline());
        if (run.isEmpty() || detect.isEmpty()) {
            return "inference floor: n/a (needs InferenceBench and DetectorBench with model " + model + ")";
        }
        return String.format(Locale.ROOT, "inference floor: session.run %s, whole detector call %s (+%.1f%%), model %s,"
                + " threads %s", fmtMs(run.get()), fmtMs(detect.get()), 100 * (detect.get() / run.get() - 1), model,
                threads);
    }

    /** Every goal of the issue with this run's status (judged on wall time; the CPU-time figure beside it). */
    public List<Goal> goals() {
        List<Goal> goals = new ArrayList<>();
        Optional<Double> overhead = pipelineOverhead();
        goals.add(ratioGoal("pipeline overhead", "≤ 10% of end-to-end per page (ONNX detector)", overhead,
                pipelineOverheadCpu(), 0.10, true,
                "(EndToEndBench − RenderBench − InferenceBench.sessionRun) / EndToEndBench, model " + model
                        + (overhead.orElse(0.0) < 0 ? "; NEGATIVE: the run's noise exceeds the overhead, "
                        + "rerun on a quiet machine" : "")));
        Map<String, String> pre = Map.of("model", model);
        goals.add(ratioGoal("preprocessing vs inference", "≤ 5% of session.run",
                ratio(ms("PreprocessBench.preprocess", pre), ms("InferenceBench.sessionRun", headline())),
                ratio(cpu("PreprocessBench.preprocess", pre), cpu("InferenceBench.sessionRun", headline())), 0.05, true,
                "PreprocessBench.preprocess / InferenceBench.sessionRun, model " + model));
        goals.add(absGoal("decode + NMS", "≤ 2 ms (N = 30,324)", ms("DecodeBench.decodeAndNms", Map.of()),
                cpu("DecodeBench.decodeAndNms", Map.of()), 2.0,
                "DecodeBench.decodeAndNms on a generated realistic output0 [1,7,30324]"));
        Map<String, String> dpi = Map.of("dpi", "144", "pdf", BenchInputs.GENERATED);
        goals.add(ratioGoal("PDFBox render vs pdftoppm", "≤ 2× pdftoppm -r 144",
                ratio(ms("RenderBench.render", dpi), ms(NativeRenderAnchor.NAME, dpi)),
                ratio(cpu("RenderBench.render", dpi), cpu(NativeRenderAnchor.NAME, dpi)), 2.0, false,
                "RenderBench.render / (pdftoppm -r 144 per page, one process per document, PPM to a temp dir)"));
        Optional<Double> m10 = ms(MemoryAnchor.RETAINED, Map.of("pages", "10"));
        Optional<Double> m100 = ms(MemoryAnchor.RETAINED, Map.of("pages", "100"));
        Optional<Double> rss = ratio(ms(MemoryAnchor.RSS, Map.of("pages", "100")), ms(MemoryAnchor.RSS, Map.of("pages", "10")));
        goals.add(ratioGoal("peak heap 100 vs 10 pages", "≤ 1.3×", ratio(m100, m10), Optional.empty(), 1.3, false,
                "peak retained heap (GC forced at each page's detection step), fresh JVM per document"
                        + rss.map(v -> String.format(Locale.ROOT, "; peak RSS (heap + native) ratio %.2f×", v)).orElse("")));
        Map<String, String> gen = Map.of("pdf", BenchInputs.GENERATED);
        Optional<Double> devSet = ms(DevSetSweep.NAME, Map.of());
        if (devSet.isPresent()) {
            goals.add(absGoal("geometry detector", "≤ 50 ms/page", devSet, Optional.empty(), 50.0,
                    "mean detection stage per page over every page of the dev set (--eval-dev), 144 dpi"));
        } else {
            goals.add(absGoal("geometry detector", "≤ 50 ms/page", ms("GeometryBench.detect", gen),
                    cpu("GeometryBench.detect", gen), 50.0, "GeometryBench.detect on pages pre-rendered at 144 dpi"));
        }
        return goals;
    }

    private static Optional<Double> ratio(Optional<Double> a, Optional<Double> b) {
        return a.isPresent() && b.isPresent() && b.get() > 0 ? Optional.of(a.get() / b.get()) : Optional.empty();
    }

    private static Goal ratioGoal(String name, String target, Optional<Double> value, Optional<Double> cpu, double bound,
                                  boolean percent, String note) {
        java.util.function.Function<Double, String> fmt = v -> percent ? String.format(Locale.ROOT, "%.1f%%", v * 100)
                : String.format(Locale.ROOT, "%.2f×", v);
        String cpuText = cpu.map(fmt).orElse("n/a");
        if (value.isEmpty()) {
            return new Goal(name, target, "n/a", cpuText, Status.NOT_MEASURED, note);
        }
        return new Goal(name, target, fmt.apply(value.get()), cpuText, value.get() <= bound ? Status.MET : Status.MISSED,
                note);
    }

    private static Goal absGoal(String name, String target, Optional<Double> ms, Optional<Double> cpu, double bound,
                                String note) {
        String cpuText = cpu.map(BenchReport::fmtMs).orElse("n/a");
        if (ms.isEmpty()) {
            return new Goal(name, target, "n/a", cpuText, Status.NOT_MEASURED, note);
        }
        return new Goal(name, target, fmtMs(ms.get()), cpuText, ms.get() <= bound ? Status.MET : Status.MISSED, note);
    }

    /** The report as a JSON-ready tree. */
    public Map<String, Object> toJson() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("command", command);
        root.put("machine", machine.values());
        root.put("headlineModel", model);
        root.put("headlineThreads", Integer.parseInt(threads));
        root.put("pipelineOverhead", pipelineOverhead().orElse(null));
        root.put("pipelineOverheadCpu", pipelineOverheadCpu().orElse(null));
        root.put("goals", goals());
        root.put("measurements", measurements);
        root.put("breakdown", breakdown());
        root.put("notes", notes);
        return root;
    }

    /** The report as markdown: machine, goals, every figure with its reproducing command, notes. */
    public String toMarkdown() {
        StringBuilder md = new StringBuilder("# FormFill bench\n\n");
        md.append("Command: `").append(command).append("`\n\n");
        md.append("Machine: ");
        machine.values().forEach((k, v) -> md.append(k).append(" ").append(v).append("; "));
        md.setLength(md.length() - 2);
        md.append("\n\n").append(overheadLine()).append("\n\n").append(overheadCpuLine()).append("\n\n")
                .append(inferenceFloorLine()).append("\n\n");
        md.append("Goals are judged on wall time per operation; the CPU-time column (process CPU per operation, all "
                + "threads) is the figure a busy machine distorts least.\n\n");
        md.append("## Goals\n\n| goal | target | measured | on CPU time | status | how |\n|---|---|---|---|---|---|\n");
        for (Goal g : goals()) {
            md.append("| ").append(g.name()).append(" | ").append(g.target()).append(" | ").append(g.actual())
                    .append(" | ").append(g.cpuBasis()).append(" | ").append(g.status()).append(" | ").append(g.note())
                    .append(" |\n");
        }
        List<String[]> parts = breakdown();
        if (!parts.isEmpty()) {
            md.append("\n## Where an end-to-end page goes (").append(model).append(", threads ").append(threads)
                    .append(")\n\n| basis | ").append(String.join(" | ", parts.get(0))).append(" |\n|---|");
            md.append("---|".repeat(parts.get(0).length)).append('\n');
            md.append("| wall | ").append(String.join(" | ", parts.get(1))).append(" |\n");
            md.append("| CPU | ").append(String.join(" | ", parts.get(2))).append(" |\n");
            md.append("\nEach part comes from its own benchmark; \"rest\" also absorbs the noise between them.\n");
        }
        md.append("\n## Figures\n\n| figure | value | ± (99.9%) | CPU time | reproduce |\n|---|---|---|---|---|\n");
        for (Measurement m : measurements) {
            md.append("| ").append(m.label()).append(" | ").append(format(m.value(), m.unit())).append(" | ")
                    .append(Double.isNaN(m.error()) ? "" : format(m.error(), m.unit())).append(" | ")
                    .append(Double.isNaN(m.cpu()) ? "" : fmtMs(m.cpu())).append(" | `")
                    .append(reproduce(m)).append("` |\n");
        }
        if (!notes.isEmpty()) {
            md.append("\n## Notes\n\n");
            notes.forEach(n -> md.append("- ").append(n).append('\n'));
        }
        return md.toString();
    }

    /**
     * Where one end-to-end page goes, headline model, from this run's parts (wall time, CPU time): render,
     * preprocess, the input tensor's creation + output copy (detector infer − session.run), session.run,
     * decode + NMS (detector call − infer − preprocess), writing, and the remainder (validation, layout, saving,
     * cross-benchmark noise). Empty when a part is missing.
     */
    public List<String[]> breakdown() {
        List<String[]> rows = new ArrayList<>();
        for (boolean wall : new boolean[] {true, false}) {
            java.util.function.BiFunction<String, Map<String, String>, Optional<Double>> f = wall ? this::ms : this::cpu;
            Optional<Double> e2e = f.apply("EndToEndBench.prepare", headlineE2e());
            Optional<Double> render = f.apply("RenderBench.render", Map.of("dpi", "144", "pdf", BenchInputs.GENERATED));
            Optional<Double> pre = f.apply("PreprocessBench.preprocess", Map.of("model", model));
            Optional<Double> run = f.apply("InferenceBench.sessionRun", headline());
            Optional<Double> infer = f.apply("DetectorBench.infer", headline());
            Optional<Double> detect = f.apply("DetectorBench.detect", headline());
            Optional<Double> write = f.apply("WriterBench.writeAndSave", Map.of());
            if (e2e.isEmpty() || render.isEmpty() || pre.isEmpty() || run.isEmpty() || infer.isEmpty()
                    || detect.isEmpty() || write.isEmpty()) {
                return List.of();
            }
            double total = e2e.get();
            double copy = infer.get() - run.get();
            double decode = detect.get() - infer.get() - pre.get();
            double rest = total - render.get() - pre.get() - copy - run.get() - decode - write.get();
            double[] parts = {render.get(), pre.get(), copy, run.get(), decode, write.get(), rest, total};
            if (rows.isEmpty()) {
                rows.add(new String[] {"render", "preprocess", "tensor in/out copies", "session.run", "decode + NMS",
                        "write + save", "rest", "end-to-end"});
            }
            String[] row = new String[parts.length];
            for (int i = 0; i < parts.length; i++) {
                row[i] = String.format(Locale.ROOT, "%s (%.0f%%)", fmtMs(parts[i]), 100 * parts[i] / total);
            }
            rows.add(row);
        }
        return rows;
    }

    /** Writes {@code bench.json} and {@code bench.md} into {@code dir} (created if needed). */
    public void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(dir.resolve("bench.json").toFile(), toJson());
        Files.writeString(dir.resolve("bench.md"), toMarkdown());
    }

    /** The command that re-measures one figure. */
    static String reproduce(Measurement m) {
        if (m.name().startsWith("anchor.memory")) {
            return "./formfill bench --only memory";
        }
        if (m.name().startsWith("anchor.pdftoppm")) {
            return "./formfill bench --only native";
        }
        return "./formfill bench --only " + m.name().substring(0, m.name().indexOf('.'));
    }

    private static String format(double v, String unit) {
        if ("bytes".equals(unit)) {
            return String.format(Locale.ROOT, "%.1f MiB", v / (1 << 20));
        }
        if ("ms/op".equals(unit)) {
            return fmtMs(v);
        }
        return String.format(Locale.ROOT, "%.3f %s", v, unit);
    }

    private static String fmtMs(double ms) {
        return ms >= 10 ? String.format(Locale.ROOT, "%.1f ms", ms) : String.format(Locale.ROOT, "%.3f ms", ms);
    }
}
