package dev.formfill.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs the JMH benchmarks programmatically and turns the results into {@link Measurement}s.
 *
 * @param include   regular expressions of benchmarks to run (JMH include patterns)
 * @param params    JMH parameter overrides, name to values
 * @param forks     JMH forks per benchmark (0 runs in this JVM: tests only)
 * @param warmups   warmup iterations
 * @param iterations measurement iterations
 * @param iterationTime length of one iteration
 * @param verbose   print JMH's progress
 */
public record BenchSuite(List<String> include, Map<String, List<String>> params, int forks, int warmups,
                         int iterations, TimeValue iterationTime, boolean verbose) {

    /** Benchmarks the full and quick runs include. */
    public static final List<String> ALL = List.of(
            "\\.RenderBench\\.", "\\.GeometryBench\\.", "\\.WriterBench\\.", "\\.InferenceBench\\.",
            "\\.PreprocessBench\\.", "\\.DecodeBench\\.", "\\.DetectorBench\\.", "\\.EndToEndBench\\.");

    /** Copies the inputs. */
    public BenchSuite {
        include = List.copyOf(include);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        params.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        params = copy;
    }

    /** Runs the suite; benchmarks that fail (e.g. a model that cannot load) are missing from the result. */
    public List<Measurement> run() throws RunnerException {
        // ONNX Runtime 1.29 crashes at start-up in a JVM whose command line exceeds ~4 KB (measured here; the
        // project pins 1.26), and a fork's -cp is the whole classpath: forks get a manifest-only classpath JAR, so
        // an upgrade cannot break the bench.
        System.setProperty("jmh.separateClasspathJAR", "true");
        ChainedOptionsBuilder b = new OptionsBuilder()
                .forks(forks)
                .warmupIterations(warmups)
                .warmupTime(iterationTime)
                .measurementIterations(iterations)
                .measurementTime(iterationTime)
                .timeUnit(TimeUnit.MILLISECONDS)
                .shouldFailOnError(false)
                .addProfiler(CpuTimeProfiler.class)
                .verbosity(verbose ? VerboseMode.NORMAL : VerboseMode.SILENT);
        include.forEach(b::include);
        params.forEach((k, v) -> b.param(k, v.toArray(String[]::new)));
        return toMeasurements(new Runner(b.build()).run());
    }

    /** JMH results as measurements: short name, params, score and error in the benchmark's unit. */
    public static List<Measurement> toMeasurements(Collection<RunResult> results) {
        List<Measurement> out = new ArrayList<>();
        for (RunResult r : results) {
            var params = r.getParams();
            String full = params.getBenchmark();
            String[] parts = full.split("\\.");
            String name = parts[parts.length - 2] + "." + parts[parts.length - 1];
            Map<String, String> p = new LinkedHashMap<>();
            for (String key : params.getParamsKeys()) {
                p.put(key, params.getParam(key));
            }
            var primary = r.getPrimaryResult();
            var cpu = r.getSecondaryResults().get(CpuTimeProfiler.LABEL);
            out.add(new Measurement(name, p, primary.getScore(), primary.getScoreError(), primary.getScoreUnit(),
                    primary.getSampleCount(), cpu == null ? Double.NaN : cpu.getScore()));
        }
        return out;
    }
}
