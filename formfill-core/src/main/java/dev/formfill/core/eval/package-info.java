/**
 * Evaluation against ground truth: {@link dev.formfill.core.eval.GroundTruth} reads
 * {@code NAME.truth.json}, {@link dev.formfill.core.eval.Evaluator} runs detection and scores it
 * (precision, recall, F1, AP50, median IoU; typed and class-agnostic), and
 * {@link dev.formfill.core.eval.EvalResult} holds the numbers, as a table or JSON.
 */
package dev.formfill.core.eval;
