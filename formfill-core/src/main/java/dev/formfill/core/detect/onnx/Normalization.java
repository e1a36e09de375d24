package dev.formfill.core.detect.onnx;

/**
 * Per-channel affine map from an 8-bit sample {@code v} to the model's input value {@code a[c]·v + b[c]}.
 * Linear, so it commutes with bilinear blending and is applied once per output value.
 */
public enum Normalization {
    /** RGB / 255 (YOLO). */
    UNIT(new float[] {0, 0, 0}, new float[] {1, 1, 1}),
    /** (RGB / 255 − ImageNet mean) / ImageNet std (DETR). */
    IMAGENET(new float[] {0.485f, 0.456f, 0.406f}, new float[] {0.229f, 0.224f, 0.225f});

    private final float[] scale = new float[3];
    private final float[] bias = new float[3];

    Normalization(float[] mean, float[] std) {
        for (int c = 0; c < 3; c++) {
            scale[c] = 1f / (255f * std[c]);
            bias[c] = -mean[c] / std[c];
        }
    }

    /** Multiplier of channel {@code c} (0 = R, 1 = G, 2 = B). */
    public float scale(int c) {
        return scale[c];
    }

    /** Offset of channel {@code c}. */
    public float bias(int c) {
        return bias[c];
    }

    /** The normalized value of an 8-bit sample (possibly fractional after blending). */
    public float apply(int c, float v) {
        return scale[c] * v + bias[c];
    }
}
