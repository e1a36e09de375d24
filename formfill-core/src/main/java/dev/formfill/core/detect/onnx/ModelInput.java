package dev.formfill.core.detect.onnx;

/**
 * A preprocessed page: the planar {@code [1,3,S,S]} tensor values and where the page sits in them.
 * The array is the caller's reusable buffer, not a copy; it may be longer than {@code 3·S·S}.
 *
 * @param values    tensor values (R plane, G plane, B plane)
 * @param letterbox the placement of the page in the square input ({@code size()} is S)
 */
public record ModelInput(float[] values, Letterbox letterbox) {

    /** Side of the square input. */
    public int size() {
        return letterbox.size();
    }
}
