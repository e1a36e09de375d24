package dev.formfill.core.eval;

import dev.formfill.core.FieldType;

/**
 * One detection as average precision sees it: its class, its confidence, and whether it matched a
 * truth box when a page's detections are matched in decreasing confidence order.
 *
 * @param type          detected class
 * @param confidence    detector score
 * @param truePositive  matched a not-yet-taken truth box of the same class at IoU ≥ threshold
 */
public record RankedDetection(FieldType type, double confidence, boolean truePositive) {
}
