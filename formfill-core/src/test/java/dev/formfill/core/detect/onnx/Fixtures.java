package dev.formfill.core.detect.onnx;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The tiny ONNX models of models/fixtures (see generate.py there for the numbers the tests assert). */
final class Fixtures {

    private Fixtures() {
    }

    /** Copies a fixture from the classpath into {@code dir} (ONNX Runtime loads from a path). */
    static Path copy(String name, Path dir) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/dev/formfill/models/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalStateException("fixture " + name + " is not on the classpath");
            }
            Path p = dir.resolve(name);
            Files.copy(in, p, StandardCopyOption.REPLACE_EXISTING);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
