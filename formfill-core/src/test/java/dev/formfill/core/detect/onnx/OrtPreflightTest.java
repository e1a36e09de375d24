package dev.formfill.core.detect.onnx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.formfill.core.ModelUnavailableException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A long java command line gives a typed error instead of ONNX Runtime 1.29's SIGSEGV (in a child JVM). */
class OrtPreflightTest {

    @TempDir
    Path dir;

    /** Run in the child JVM: loads a fixture model and prints the outcome. */
    public static final class Child {
        public static void main(String[] args) {
            try (OnnxDetector d = OnnxDetector.open(Path.of(args[0]), "child", 1, 0)) {
                System.out.println("OPENED " + d.signature().contract());
            } catch (ModelUnavailableException e) {
                System.out.println("UNAVAILABLE " + e.getMessage());
            }
        }
    }

    private record Outcome(int code, String out) {
    }

    private Outcome child(int padding) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("-Dformfill.padding=" + "x".repeat(padding));
        cmd.add(Child.class.getName());
        cmd.add(Fixtures.copy("yolo-64.onnx", dir).toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "child JVM did not finish");
        return new Outcome(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void longCommandLineIsRefusedNotCrashed() throws Exception {
        Outcome longLine = child(6000);
        assertEquals(0, longLine.code(), "the child JVM crashed: " + longLine.out());
        String version = ai.onnxruntime.OrtEnvironment.class.getPackage().getImplementationVersion();
        if (OrtPreflight.affected(version)) {
            assertTrue(longLine.out().contains("UNAVAILABLE ONNX Runtime"), longLine.out());
            assertTrue(longLine.out().contains("CLASSPATH"), longLine.out());
        } else {
            assertTrue(longLine.out().contains("OPENED YOLO"), longLine.out()); // e.g. 1.26.0: no crash, no refusal
        }
        Outcome shortLine = child(0);
        assertEquals(0, shortLine.code(), shortLine.out());
        assertTrue(shortLine.out().contains("OPENED YOLO"), shortLine.out());
    }

    @Test
    void versionsChecked() {
        assertFalse(OrtPreflight.affected("1.26.0"));
        assertFalse(OrtPreflight.affected("1.22.0"));
        assertTrue(OrtPreflight.affected("1.29.0"));
        assertTrue(OrtPreflight.affected("1.30.1"));
        assertTrue(OrtPreflight.affected(null));
        assertTrue(OrtPreflight.commandLineLength() < OrtPreflight.SAFE_COMMAND_LINE, "this test JVM must load ONNX Runtime");
    }
}
