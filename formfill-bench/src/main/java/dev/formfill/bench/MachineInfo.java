package dev.formfill.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a figure was measured on: CPU, cores, memory, JVM and library versions, and the load average at the
 * start and end of the run (a busy machine makes absolute times meaningless; ratios survive better).
 *
 * @param values ordered key/value pairs for the report
 */
public record MachineInfo(Map<String, String> values) {

    /** Copies the values. */
    public MachineInfo {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** Reads this machine's description without loading any native library. */
    public static MachineInfo collect() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("cpu", cpuModel().orElse(System.getProperty("os.arch")));
        v.put("cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
        v.put("memory", memTotal().orElse("unknown"));
        v.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        v.put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        v.put("maxHeap", (Runtime.getRuntime().maxMemory() >> 20) + " MiB");
        v.put("onnxruntime", jarVersion("onnxruntime").orElse("unknown"));
        v.put("pdfbox", jarVersion("pdfbox").orElse("unknown"));
        v.put("jmh", jarVersion("jmh-core").orElse("unknown"));
        v.put("loadAverageStart", loadAverage().orElse("unknown"));
        return new MachineInfo(v);
    }

    /** A copy with the load average at the end of the run added. */
    public MachineInfo withEndLoad() {
        Map<String, String> v = new LinkedHashMap<>(values);
        v.put("loadAverageEnd", loadAverage().orElse("unknown"));
        return new MachineInfo(v);
    }

    /** The 1, 5 and 15 minute load averages (Linux). */
    static Optional<String> loadAverage() {
        return read("/proc/loadavg").map(s -> String.join(" ", java.util.Arrays.copyOf(s.trim().split("\\s+"), 3)));
    }

    private static Optional<String> cpuModel() {
        return read("/proc/cpuinfo").flatMap(s -> s.lines().filter(l -> l.startsWith("model name"))
                .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst());
    }

    private static Optional<String> memTotal() {
        return read("/proc/meminfo").flatMap(s -> s.lines().filter(l -> l.startsWith("MemTotal:"))
                .map(l -> (Long.parseLong(l.replaceAll("\\D", "")) >> 20) + " GiB").findFirst());
    }

    /** The version in a {@code NAME-VERSION.jar} entry of the classpath. */
    private static Optional<String> jarVersion(String artifact) {
        Matcher m = Pattern.compile("(?:^|[/\\\\])" + Pattern.quote(artifact) + "-([0-9][^/\\\\]*?)\\.jar")
                .matcher(System.getProperty("java.class.path", ""));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static Optional<String> read(String file) {
        try {
            return Optional.of(Files.readString(Path.of(file)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
