package dev.formfill.bench;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler adding the process CPU time per operation ({@code cpu}, ms/op) to every benchmark. On a busy
 * shared machine wall time per op swells with the wait for a core, CPU time much less, so the CPU figure keeps
 * ratios usable where wall times are not. It counts every thread of the fork: ONNX Runtime's workers (so a
 * 2-thread inference shows up to 2× its wall time), GC and JIT, and per-invocation setup (WriterBench's open).
 */
public final class CpuTimeProfiler implements InternalProfiler {

    /** The secondary result's label. */
    public static final String LABEL = "cpu";

    private long start;

    /** JMH instantiates profilers reflectively. */
    public CpuTimeProfiler() {
    }

    @Override
    public String getDescription() {
        return "process CPU time per operation";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        start = processCpuNanos();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
                                                       IterationResult result) {
        long ops = result.getMetadata().getMeasuredOps();
        long cpu = processCpuNanos() - start;
        if (ops <= 0 || cpu < 0) {
            return List.of();
        }
        return List.of(new ScalarResult(LABEL, cpu / 1e6 / ops, "ms/op", AggregationPolicy.AVG));
    }

    private static long processCpuNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime();
        }
        return -1;
    }
}
