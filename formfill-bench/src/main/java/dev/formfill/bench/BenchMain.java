package dev.formfill.bench;

import dev.formfill.bench.load.LoadCommand;
import dev.formfill.core.PrepareOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.openjdk.jmh.runner.options.TimeValue;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code formfill bench [--quick]}: the JMH suite plus the anchors (native render floor, memory), in one run,
 * written as {@code bench.json} and {@code bench.md}; prints each goal's status and one
 * {@code pipeline overhead: X%} line. {@code formfill bench load} is the HTTP load harness.
 *
 * <p>This JVM never loads ONNX Runtime itself (ONNX Runtime 1.29 crashed under the launcher's long {@code -cp},
 * see {@link BenchSuite#run}): every ONNX measurement runs in a JMH fork or a {@link MemoryProbe} child.
 */
@Command(name = "formfill bench", mixinStandardHelpOptions = true, subcommands = {LoadCommand.class},
        description = "Benchmarks the pipeline (JMH) with its anchors and writes bench.json and bench.md.")
public final class BenchMain implements Callable<Integer> {

    private String commandLine = "";

    // Warm-up: 5 iterations in both modes. PDFBox rendering needs several seconds of warm-up before its per-page
    // time settles (measured: 230 -> 112 -> 52 -> 35 -> ~15 ms over 2 s iterations on a busy 2-core machine).
    @Option(names = "--quick", description = "Few iterations and one fork: a few minutes, enough for the ratios.")
    boolean quick;

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write bench.json and bench.md (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("bench-results");

    @Option(names = "--only", split = ",", paramLabel = "NAME",
            description = "Run only these parts: benchmark class names (RenderBench, InferenceBench, ...), native, memory.")
    List<String> only = new ArrayList<>();

    @Option(names = "--models", split = ",", paramLabel = "MODEL",
            description = "Models to time (bench names or .onnx paths); default: the headline model (quick) or all available.")
    List<String> models = new ArrayList<>();

    @Option(names = "--threads", split = ",", paramLabel = "N",
            description = "ONNX Runtime intra-op thread counts; default: the core count (quick) or 1 and the core count.")
    List<Integer> threads = new ArrayList<>();

    @Option(names = "--memory-pages", split = ",", paramLabel = "N", description = "Page counts of the memory anchor (default: 10,100).")
    List<Integer> memoryPages = new ArrayList<>(List.of(10, 100));

    @Option(names = "--pdf", paramLabel = "FILE",
            description = "Also render and run the geometry detector on these PDFs (beside the generated form).")
    List<Path> pdfs = new ArrayList<>();

    @Option(names = "--eval-dev", description = "Also use up to 3 PDFs of ../shared/eval/dev when that folder exists.")
    boolean evalDev;

    @Option(names = "--image-size", paramLabel = "N",
            description = "Model input size for the preprocessing and decode benchmarks (default: the model's own, 1216).")
    Integer imageSize;

    @Option(names = "--verbose", description = "Show JMH's own progress output.")
    boolean verbose;

    @Option(names = "--forks", description = "Override JMH forks per benchmark.")
    Integer forks;

    @Option(names = "--warmups", description = "Override JMH warmup iterations.")
    Integer warmups;

    @Option(names = "--iterations", description = "Override JMH measurement iterations.")
    Integer iterations;

    @Option(names = "--iteration-ms", description = "Override the length of one JMH iteration, milliseconds.")
    Integer iterationMs;

    /** Entry point of {@code ./formfill bench}. */
    public static void main(String[] args) {
        // a per-request access log at INFO would be the load test's bottleneck; the launcher sets warn already
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        System.setProperty("java.awt.headless", "true");
        BenchMain bench = new BenchMain();
        bench.commandLine = String.join(" ", args);
        System.exit(new CommandLine(bench).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        MachineInfo machine = MachineInfo.collect();
        BenchModels available = BenchModels.defaults();
        String headline = models.isEmpty() ? available.headline() : models.get(0);
        List<String> timed = !models.isEmpty() ? models : quick ? List.of(headline) : available.available();
        int cores = Runtime.getRuntime().availableProcessors();
        List<Integer> threadCounts = !threads.isEmpty() ? threads : quick || cores == 1 ? List.of(cores) : List.of(1, cores);
        int headlineThreads = threadCounts.get(threadCounts.size() - 1);
        List<String> notes = new ArrayList<>();
        notes.add("headline model: " + headline + (headline.startsWith("yolo-compute")
                ? " (the bench's compute stand-in: FFDNet's input/output contract, "
                + (BenchModels.COMPUTE_S.equals(headline) ? "about FFDNet-S's" : "a small YOLO's")
                + " amount of convolution, no trained weights; pull a real model with `formfill models pull` to time"
                + " it instead)" : ""));
        List<Measurement> results = new ArrayList<>();

        List<String> include = BenchSuite.ALL.stream().filter(this::selected).toList();
        if (!include.isEmpty()) {
            Map<String, List<String>> params = new LinkedHashMap<>();
            params.put("model", timed);
            List<String> detectors = new ArrayList<>(List.of(PrepareOptions.GEOMETRY));
            detectors.add(headline);
            params.put("detector", detectors);
            params.put("threads", threadCounts.stream().map(String::valueOf).toList());
            List<String> inputsParam = new ArrayList<>(List.of(BenchInputs.GENERATED));
            extraPdfs(notes).forEach(p -> inputsParam.add(p.toAbsolutePath().toString()));
            params.put("pdf", inputsParam);
            if (imageSize != null) {
                params.put("size", List.of(imageSize.toString()));
            }
            BenchSuite suite = new BenchSuite(include, params, or(forks, quick ? 1 : 2), or(warmups, 5),
                    or(iterations, quick ? 3 : 5), TimeValue.milliseconds(or(iterationMs, quick ? 1000 : 2000)), verbose);
            log("running JMH: " + include.size() + " benchmark classes, models " + timed + ", threads " + threadCounts);
            results.addAll(suite.run());
            for (String pattern : include) {
                String cls = pattern.replace("\\.", "").replace(".", "");
                if (results.stream().noneMatch(m -> m.name().startsWith(cls + "."))) {
                    notes.add(cls + ": no result (not built into this checkout, or it failed: rerun with --only "
                            + cls + " --verbose)");
                }
            }
        }
        if (selected("native")) {
            runNative(results, notes);
        }
        if (evalDev && (selected("GeometryBench") || selected("devset"))) {
            Path dev = Path.of("..", "shared", "eval", "dev");
            if (java.nio.file.Files.isDirectory(dev)) {
                log("geometry detector over every page of " + dev.normalize());
                DevSetSweep.measure(dev).ifPresent(results::add);
            }
        }
        if (selected("memory")) {
            runMemory(results, notes, headline, headlineThreads);
        }
        BenchReport report = new BenchReport(results, machine.withEndLoad(), headline, headlineThreads, notes,
                ("./formfill bench " + commandLine).trim());
        report.write(out);
        for (BenchReport.Goal g : report.goals()) {
            System.out.printf("%-28s %-10s %-13s (target %s; on CPU time %s)%n", g.name(), g.actual(), g.status(),
                    g.target(), g.cpuBasis());
        }
        notes.forEach(n -> System.out.println("note: " + n));
        System.out.println(report.inferenceFloorLine());
        System.out.println(report.overheadCpuLine());
        System.out.println(report.overheadLine());
        System.out.println("report: " + out.resolve("bench.md") + ", " + out.resolve("bench.json"));
        return 0;
    }

    private boolean selected(String part) {
        if (only.isEmpty()) {
            return true;
        }
        String bare = part.replace("\\.", "");
        return only.stream().anyMatch(o -> Pattern.compile(Pattern.quote(o), Pattern.CASE_INSENSITIVE)
                .matcher(bare).find());
    }

    /** The --pdf files and, with --eval-dev, up to three of ../shared/eval/dev (never required). */
    private List<Path> extraPdfs(List<String> notes) throws java.io.IOException {
        List<Path> out = new ArrayList<>(pdfs);
        if (evalDev) {
            Path dev = Path.of("..", "shared", "eval", "dev");
            if (java.nio.file.Files.isDirectory(dev)) {
                try (var files = java.nio.file.Files.list(dev)) {
                    files.filter(p -> p.toString().endsWith(".pdf")).sorted().limit(3).forEach(out::add);
                }
            } else {
                notes.add("--eval-dev: " + dev.toAbsolutePath().normalize() + " does not exist; generated form only");
            }
        }
        return out;
    }

    private void runNative(List<Measurement> results, List<String> notes) throws Exception {
        NativeRenderAnchor anchor = NativeRenderAnchor.defaults();
        if (!anchor.available()) {
            notes.add("native render floor skipped: poppler's pdftoppm is not installed");
            return;
        }
        log("native render floor: pdftoppm -r 144");
        try (BenchInputs inputs = BenchInputs.create(BenchInputs.PAGES)) {
            anchor.measure(inputs.pdf(), BenchInputs.PAGES, 144, quick ? 3 : 7).ifPresent(results::add);
        }
        for (Path pdf : extraPdfs(new ArrayList<>())) {
            int pages;
            try (var doc = new dev.formfill.core.pdf.PdfOpener(100_000).open(pdf, null)) {
                pages = Math.min(BenchInputs.PAGES, doc.getNumberOfPages());
            }
            anchor.measure(pdf, pdf.toAbsolutePath().toString(), pages, 144, quick ? 3 : 7).ifPresent(results::add);
        }
    }

    private void runMemory(List<Measurement> results, List<String> notes, String model, int threadCount)
            throws Exception {
        MemoryAnchor anchor = new MemoryAnchor("1g", 600);
        log("memory: prepareForm on " + memoryPages + " pages, fresh JVM each, model " + model);
        try {
            results.addAll(anchor.measure(memoryPages, model, threadCount));
        } catch (java.io.IOException e) {
            notes.add("memory with " + model + " failed (" + e.getMessage() + "); measured with the geometry detector");
            results.addAll(anchor.measure(memoryPages, PrepareOptions.GEOMETRY, threadCount));
        }
    }

    private static int or(Integer override, int value) {
        return override != null ? override : value;
    }

    private static void log(String s) {
        System.err.println("bench: " + s);
    }
}
