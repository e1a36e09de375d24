package dev.formfill.core.detect.onnx;

/**
 * The two output contracts FormFill runs, told apart by the model's input/output signature
 * (see {@link ModelSignature#inspect}).
 */
public enum ModelContract {
    /**
     * Ultralytics YOLO export (FFDNet-S, FFDNet-L): letterboxed RGB/255 input {@code [1,3,S,S]}, one output
     * {@code [1, 4+nc, N]} of centre boxes in input pixels followed by per-class sigmoid scores; needs NMS.
     */
    YOLO,
    /**
     * DETR-style export (FFDetr / RF-DETR): plainly resized, ImageNet-normalized input {@code [1,3,S,S]}, outputs
     * boxes {@code [1,Q,4]} (normalized cx, cy, w, h) and class logits {@code [1,Q,C]}; no NMS.
     */
    DETR
}
