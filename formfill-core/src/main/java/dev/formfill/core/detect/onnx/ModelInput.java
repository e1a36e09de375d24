package dev.formfill.core.detect.onnx;

import java.nio.FloatBuffer;

/**
 * A preprocessed page: the planar {@code [1,3,S,S]} tensor values (from index 0) and where the page sits in
 * them. The buffer is the caller's reusable one, not a copy; its capacity may exceed {@code 3·S·S}.
 *
 * @param values    tensor values (R plane, G plane, B plane), direct when made by {@link OnnxDetector#preprocess}
 * @param letterbox the placement of the page in the square input ({@code size()} is S)
 */
public record ModelInput(FloatBuffer values, Letterbox letterbox) {

    /** Side of the square input. */
    public int size() {
        return letterbox.size();
    }
}
