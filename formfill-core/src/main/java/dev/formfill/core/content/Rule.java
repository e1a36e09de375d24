package dev.formfill.core.content;

import dev.formfill.core.Box;

/**
 * A thin drawn line, horizontal or vertical on the displayed page: a stroked segment, a thin
 * filled rectangle, or an edge of a stroked rectangle. Collinear pieces that touch (dashes, dots,
 * per-cell borders) are merged into one rule.
 *
 * @param box         the drawn extent, normalized over the displayed page (thickness included)
 * @param horizontal  true for a horizontal rule, false for a vertical one
 * @param thicknessPt stroke width or rectangle thickness, in points
 * @param dashed      whether it was drawn with a dash pattern or assembled from short pieces
 */
public record Rule(Box box, boolean horizontal, double thicknessPt, boolean dashed) {

    /** Centre across the rule: y for a horizontal rule, x for a vertical one. */
    public double position() {
        return horizontal ? box.centerY() : box.centerX();
    }

    /** Start along the rule: x0 for horizontal, y0 for vertical. */
    public double start() {
        return horizontal ? box.x0() : box.y0();
    }

    /** End along the rule: x1 for horizontal, y1 for vertical. */
    public double end() {
        return horizontal ? box.x1() : box.y1();
    }

    /** Normalized length along the rule. */
    public double length() {
        return end() - start();
    }
}
