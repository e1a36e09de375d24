package dev.formfill.core.detect.onnx;

import dev.formfill.core.DetectedField;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Greedy non-maximum suppression: keeps the highest-scoring detection and drops every later one
 * overlapping a kept one by more than the IoU threshold. Class-agnostic by default, because the
 * CommonForms models may put a text box and a checkbox on one spot and only one can be right.
 */
public final class Nms {

    private Nms() {
    }

    /**
     * The survivors, highest score first (ties keep their input order).
     *
     * @param iou           IoU above which the lower-scoring detection is dropped
     * @param classAgnostic true: any two detections compete; false: only detections of the same type
     */
    public static List<DetectedField> apply(List<DetectedField> detections, double iou, boolean classAgnostic) {
        List<DetectedField> sorted = new ArrayList<>(detections);
        sorted.sort(Comparator.comparingDouble(DetectedField::confidence).reversed());
        List<DetectedField> kept = new ArrayList<>();
        for (DetectedField d : sorted) {
            boolean suppressed = false;
            for (DetectedField k : kept) {
                if ((classAgnostic || k.type() == d.type()) && k.box().iou(d.box()) > iou) {
                    suppressed = true;
                    break;
                }
            }
            if (!suppressed) {
                kept.add(d);
            }
        }
        return kept;
    }
}
