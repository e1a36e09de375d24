package dev.formfill.core.detect.onnx;

import dev.formfill.core.Box;
import dev.formfill.core.DetectedField;
import dev.formfill.core.FieldType;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes DETR outputs: boxes {@code [1,Q,4]} as normalized {@code cx, cy, w, h} over the (plainly resized)
 * input and class logits {@code [1,Q,C]}, turned into scores with a sigmoid. Each query keeps its best
 * class among the slots that map to a field type (a background slot maps to none). Set prediction
 * needs no NMS. Stateless.
 */
public final class DetrDecoder {

    private DetrDecoder() {
    }

    /**
     * @param boxes      boxes values, {@code Q*4}
     * @param logits     logits values, {@code Q*C}
     * @param queries    Q
     * @param classTypes field type per logit slot (length C), {@code null} for slots to ignore
     * @param confidence minimum sigmoid score
     * @param page       page index for the results
     */
    public static List<DetectedField> decode(float[] boxes, float[] logits, int queries, FieldType[] classTypes,
                                             double confidence, int page) {
        int c = classTypes.length;
        List<DetectedField> out = new ArrayList<>();
        for (int q = 0; q < queries; q++) {
            int best = -1;
            float bestLogit = Float.NEGATIVE_INFINITY;
            for (int k = 0; k < c; k++) {
                float v = logits[q * c + k];
                if (classTypes[k] != null && v > bestLogit) {
                    bestLogit = v;
                    best = k;
                }
            }
            if (best < 0) {
                continue;
            }
            double score = 1 / (1 + Math.exp(-bestLogit)); // sigmoid is monotonic: pick on logits, convert once
            if (score < confidence) {
                continue;
            }
            double cx = boxes[q * 4], cy = boxes[q * 4 + 1], w = boxes[q * 4 + 2], h = boxes[q * 4 + 3];
            double x0 = cx - w / 2, y0 = cy - h / 2, x1 = cx + w / 2, y1 = cy + h / 2;
            if (!(x1 > 0 && y1 > 0 && x0 < 1 && y0 < 1 && x1 > x0 && y1 > y0)) {
                continue;
            }
            out.add(DetectedField.of(page, classTypes[best], new Box(x0, y0, x1, y1).clipToUnit(), score));
        }
        return out;
    }
}
