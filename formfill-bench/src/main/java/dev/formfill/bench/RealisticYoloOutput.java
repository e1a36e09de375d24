package dev.formfill.bench;

import dev.formfill.core.DetectedField;
import dev.formfill.core.detect.onnx.Letterbox;
import java.util.List;
import java.util.Random;

/**
 * A realistic YOLO {@code output0} {@code [1, 7, N]} for one form page at input size S (N = 30,324 at 1216):
 * candidates on the stride-8/16/32 anchor grids, most with faint scores (a few percent), each real field of
 * the page covered by up to 20 neighbouring anchors with jittered boxes and scores 0.35–0.95 (the overlapping
 * cloud NMS must reduce), and a sprinkle of sub-threshold noise. Deterministic for a seed.
 */
public final class RealisticYoloOutput {

    private static final int[] STRIDES = {8, 16, 32};
    private static final int PER_FIELD = 20;

    private RealisticYoloOutput() {
    }

    /** Number of candidates at input side {@code size}. */
    public static int candidates(int size) {
        int n = 0;
        for (int s : STRIDES) {
            n += (size / s) * (size / s);
        }
        return n;
    }

    /**
     * The channel-major output values for {@code fields} (normalized page boxes) letterboxed per {@code box}.
     *
     * @return {@code 7 × N} floats: cx, cy, w, h (input pixels), then the scores of classes 0, 1, 2
     */
    public static float[] generate(Letterbox box, List<DetectedField> fields, long seed) {
        int size = box.size();
        int n = candidates(size);
        float[] out = new float[7 * n];
        Random rnd = new Random(seed);
        int i = 0;
        for (int stride : STRIDES) {
            int g = size / stride;
            for (int gy = 0; gy < g; gy++) {
                for (int gx = 0; gx < g; gx++, i++) {
                    out[i] = (gx + 0.5f) * stride;
                    out[n + i] = (gy + 0.5f) * stride;
                    out[2 * n + i] = stride * (1 + rnd.nextFloat() * 3);
                    out[3 * n + i] = stride * (0.5f + rnd.nextFloat());
                    boolean noise = rnd.nextInt(100) == 0;
                    for (int c = 0; c < 3; c++) {
                        float faint = (float) (rnd.nextFloat() * rnd.nextFloat() * 0.05);
                        out[(4 + c) * n + i] = noise && c == 0 ? 0.05f + rnd.nextFloat() * 0.2f : faint;
                    }
                }
            }
        }
        for (DetectedField f : fields) {
            double x0 = box.padX() + f.box().x0() * box.scaledWidth(), x1 = box.padX() + f.box().x1() * box.scaledWidth();
            double y0 = box.padY() + f.box().y0() * box.scaledHeight(), y1 = box.padY() + f.box().y1() * box.scaledHeight();
            double cx = (x0 + x1) / 2, cy = (y0 + y1) / 2, w = x1 - x0, h = y1 - y0;
            int cls = f.type().classId();
            int placed = 0;
            // anchors of each stride inside the field, nearest the centre first, until PER_FIELD are placed
            for (int s = 0, base = 0; s < STRIDES.length && placed < PER_FIELD; base += sq(size / STRIDES[s]), s++) {
                int stride = STRIDES[s], g = size / stride;
                int gx0 = clamp((int) (x0 / stride), g), gx1 = clamp((int) (x1 / stride), g);
                int gy0 = clamp((int) (y0 / stride), g), gy1 = clamp((int) (y1 / stride), g);
                int gcx = clamp((int) (cx / stride), g), gcy = clamp((int) (cy / stride), g);
                for (int r = 0; r <= Math.max(gx1 - gx0, gy1 - gy0) && placed < PER_FIELD; r++) {
                    for (int gy = Math.max(gy0, gcy - r); gy <= Math.min(gy1, gcy + r) && placed < PER_FIELD; gy++) {
                        for (int gx = Math.max(gx0, gcx - r); gx <= Math.min(gx1, gcx + r) && placed < PER_FIELD; gx++) {
                            if (Math.max(Math.abs(gx - gcx), Math.abs(gy - gcy)) != r) {
                                continue; // ring r only: each anchor once
                            }
                            int k = base + gy * g + gx;
                            out[k] = (float) (cx + rnd.nextGaussian() * 2);
                            out[n + k] = (float) (cy + rnd.nextGaussian());
                            out[2 * n + k] = (float) (w * (1 + rnd.nextGaussian() * 0.03));
                            out[3 * n + k] = (float) (h * (1 + rnd.nextGaussian() * 0.05));
                            float score = (float) (0.95 - 0.6 * placed / (double) PER_FIELD - rnd.nextFloat() * 0.05);
                            for (int c = 0; c < 3; c++) {
                                out[(4 + c) * n + k] = c == cls ? score : rnd.nextFloat() * 0.1f;
                            }
                            placed++;
                        }
                    }
                }
            }
        }
        return out;
    }

    private static int sq(int v) {
        return v * v;
    }

    private static int clamp(int v, int g) {
        return Math.max(0, Math.min(g - 1, v));
    }
}
