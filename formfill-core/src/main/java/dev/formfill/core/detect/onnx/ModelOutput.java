package dev.formfill.core.detect.onnx;

/**
 * The raw outputs of one {@code session.run}: for YOLO the single {@code output0} (boxes and scores are
 * the same tensor), for DETR the boxes and the logits. Arrays are fresh copies owned by the holder.
 *
 * @param boxes       values of the boxes output
 * @param boxesShape  its shape
 * @param scores      values of the scores/logits output (the same array as {@code boxes} for YOLO)
 * @param scoresShape its shape
 */
public record ModelOutput(float[] boxes, long[] boxesShape, float[] scores, long[] scoresShape) {
}
