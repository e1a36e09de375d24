package dev.formfill.core.detect.onnx;

import dev.formfill.core.Box;
import dev.formfill.core.DetectedField;
import dev.formfill.core.FieldType;
import dev.formfill.core.ModelUnavailableException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Decodes an Ultralytics detection output {@code [1, 4+nc, N]} (or its transpose {@code [1, N, 4+nc]}):
 * per candidate {@code cx, cy, w, h} in input pixels, then one already-sigmoid score per class. Keeps each
 * candidate's best class when its score reaches the threshold and maps its box through the letterbox to
 * the page. Does not suppress overlaps: run {@link Nms} on the result. Stateless.
 */
public final class YoloDecoder {

    private YoloDecoder() {
    }

    /**
     * @param output      the output tensor's values, row-major
     * @param shape       its shape, {@code [1, 4+nc, N]} or {@code [1, N, 4+nc]}
     * @param classTypes  field type per class slot ({@code null}: ignore that class); its length is nc when the
     *                    model names its classes, else pass one derived from the shape via {@link #classCount}
     * @param letterbox   how the page was placed in the input
     * @param confidence  minimum score
     * @param page        page index for the results
     */
    public static List<DetectedField> decode(float[] output, long[] shape, FieldType[] classTypes, Letterbox letterbox,
                                             double confidence, int page) {
        int nc = classTypes.length;
        Layout l = layout(shape, nc);
        List<DetectedField> out = new ArrayList<>();
        for (int i = 0, n = l.n(); i < n; i++) {
            int best = -1;
            float bestScore = -1;
            for (int c = 0; c < nc; c++) {
                if (classTypes[c] == null) {
                    continue;
                }
                float s = output[l.index(4 + c, i)];
                if (s > bestScore) {
                    bestScore = s;
                    best = c;
                }
            }
            if (best < 0 || bestScore < confidence) {
                continue;
            }
            Box box = letterbox.toPage(output[l.index(0, i)], output[l.index(1, i)], output[l.index(2, i)],
                    output[l.index(3, i)]);
            if (box != null) {
                out.add(DetectedField.of(page, classTypes[best], box, bestScore));
            }
        }
        return out;
    }

    /**
     * Class slots of an output shape: {@code knownClasses} when the model names its classes (checked against
     * the shape), else inferred, taking the smaller of the two trailing dims as {@code 4+nc}.
     */
    public static int classCount(long[] shape, int knownClasses) {
        return knownClasses > 0 ? layout(shape, knownClasses).nc : layout(shape, 0).nc;
    }

    private static Layout layout(long[] shape, int nc) {
        if (shape.length != 3 || shape[0] != 1) {
            throw new ModelUnavailableException("YOLO output has shape " + Arrays.toString(shape) + ", expected [1,4+nc,N]");
        }
        int a = (int) shape[1], b = (int) shape[2];
        if (nc > 0) {
            if (a == 4 + nc) {
                return new Layout(false, a, b, nc);
            }
            if (b == 4 + nc) {
                return new Layout(true, a, b, nc);
            }
            throw new ModelUnavailableException("YOLO output " + Arrays.toString(shape) + " does not hold "
                    + nc + " classes as the model's names say");
        }
        if (Math.min(a, b) <= 4) {
            throw new ModelUnavailableException("YOLO output " + Arrays.toString(shape) + " has no class scores");
        }
        return a <= b ? new Layout(false, a, b, a - 4) : new Layout(true, a, b, b - 4);
    }

    /** Where value (row r of 4+nc, candidate i) sits in the flat array. */
    private record Layout(boolean transposed, int a, int b, int nc) {
        int n() {
            return transposed ? a : b;
        }

        int index(int r, int i) {
            return transposed ? i * b + r : r * b + i;
        }
    }
}
