package dev.formfill.core.detect.onnx;

import ai.onnxruntime.OrtEnvironment;
import dev.formfill.core.ModelUnavailableException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks made before ONNX Runtime's native library loads, for failures that would otherwise kill the JVM.
 *
 * <p>ONNX Runtime 1.29.0 crashes the process (SIGSEGV, no Java exception, no hs_err file) while creating its
 * environment when the process command line is longer than about 4 KB, measured here: 3,978 bytes run,
 * 3,983 bytes crash, whether the length comes from {@code -cp} or any other argument; 1.26.0 runs.
 * A long {@code -cp} is common (this project's own launcher passes 7 KB), so the check turns the crash into
 * a {@link ModelUnavailableException} that says what to do. Versions before 1.27 are not checked; set
 * {@code -Dformfill.ort.skipPreflight=true} once a fixed ONNX Runtime is in use.
 */
final class OrtPreflight {

    /** Command lines up to this many bytes were seen to work. */
    static final int SAFE_COMMAND_LINE = 3900;

    private OrtPreflight() {
    }

    static void check() {
        if (Boolean.getBoolean("formfill.ort.skipPreflight")) {
            return;
        }
        // the class literal does not initialize OrtEnvironment, so the native library is not loaded yet
        String version = OrtEnvironment.class.getPackage().getImplementationVersion();
        if (!affected(version)) {
            return;
        }
        int length = commandLineLength();
        if (length > SAFE_COMMAND_LINE) {
            throw new ModelUnavailableException("ONNX Runtime " + version + " crashes the JVM when the java command "
                    + "line is longer than about 4 KB, and this one is " + length + " bytes: pass the class path in "
                    + "the CLASSPATH environment variable or a java @argfile instead of -cp (or set "
                    + "-Dformfill.ort.skipPreflight=true with a fixed ONNX Runtime)");
        }
    }

    /** 1.27 and later, including an unknown version (classes not from the released jar). */
    static boolean affected(String version) {
        if (version == null) {
            return true;
        }
        String[] p = version.split("[.-]");
        try {
            int major = Integer.parseInt(p[0]);
            int minor = p.length > 1 ? Integer.parseInt(p[1]) : 0;
            return major > 1 || (major == 1 && minor >= 27);
        } catch (NumberFormatException e) {
            return true;
        }
    }

    /** Bytes of {@code /proc/self/cmdline}; 0 where there is no such file (not Linux). */
    static int commandLineLength() {
        Path p = Path.of("/proc/self/cmdline");
        try {
            return Files.isReadable(p) ? Files.readAllBytes(p).length : 0;
        } catch (IOException | SecurityException e) {
            return 0;
        }
    }
}
