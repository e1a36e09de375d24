package dev.formfill.core.detect.geometry;

import dev.formfill.core.FieldType;
import dev.formfill.core.content.PageContent;
import dev.formfill.core.content.TextWord;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves finished candidates toward the way form authors place widgets, which is not always the drawn shape:
 * <ul>
 *   <li>a small drawn checkbox square gets a widget a little larger than the square, centred on it
 *       (authors' widgets are the square or up to about 1.5 times it; a box between the two keeps both
 *       above IoU 0.5);</li>
 *   <li>a tall empty table cell whose row label (the text left of it) ends in the cell's lower part gets a
 *       one-line box at the bottom of the cell, where the amount is written (tax-form amount columns).</li>
 * </ul>
 * Works in displayed page points, like {@link Candidate}.
 */
final class BoxConventions {

    /** Squares up to this side (pt) are small enough that widgets are usually drawn larger. */
    static final double SMALL_SQUARE = 10.0;
    /** Factor a small square's side grows by. */
    static final double SQUARE_GROWTH = 1.2;
    /** A cell at least this tall (pt) holds more than one written line. */
    static final double TALL_CELL = 20.0;
    /** Height (pt) of one written line in the cell. */
    static final double LINE_HEIGHT = 12.0;

    private BoxConventions() {
    }

    static List<Candidate> apply(List<Candidate> cands, PageContent content) {
        double w = content.widthPt(), h = content.heightPt();
        List<double[]> words = new ArrayList<>();
        for (TextWord t : content.words()) {
            words.add(new double[] {t.box().x0() * w, t.box().y0() * h, t.box().x1() * w, t.box().y1() * h});
        }
        boolean growSquares = !Boolean.getBoolean("ffconv.nosq");
        boolean bottomLine = !Boolean.getBoolean("ffconv.nobottom");
        double growth = Double.parseDouble(System.getProperty("ffconv.growth", String.valueOf(SQUARE_GROWTH)));
        double small = Double.parseDouble(System.getProperty("ffconv.small", String.valueOf(SMALL_SQUARE)));
        List<Candidate> out = new ArrayList<>(cands.size());
        for (Candidate c : cands) {
            Candidate n = c;
            if (growSquares && c.type() == FieldType.CHOICE_BUTTON) {
                n = growSmallSquare(c, small, growth);
            } else if (bottomLine && c.type() == FieldType.TEXT_BOX && "cell".equals(c.rule()) && c.combCells() <= 1) {
                n = bottomLine(c, words);
            }
            out.add(n);
        }
        return out;
    }

    static Candidate growSmallSquare(Candidate c, double small, double growth) {
        double side = Math.max(c.width(), c.height());
        if (side > small || side <= 0) {
            return c;
        }
        double cx = (c.x0() + c.x1()) / 2, cy = (c.y0() + c.y1()) / 2;
        double half = side * growth / 2;
        return new Candidate(c.type(), cx - half, cy - half, cx + half, cy + half, c.conf(), c.combCells(), c.rule(),
                c.label());
    }

    /** An empty tall cell whose row label (text to its left) ends low in the cell: the line to write on is at the bottom. */
    static Candidate bottomLine(Candidate c, List<double[]> words) {
        if (c.height() < TALL_CELL || c.width() < 1.5 * c.height()) {
            return c;
        }
        double lowestTop = Double.NaN, lowestBottom = Double.NEGATIVE_INFINITY;
        for (double[] wd : words) {
            double cy = (wd[1] + wd[3]) / 2;
            if (wd[2] <= c.x0() + 1 && cy > c.y0() && cy < c.y1() && c.x0() - wd[2] < 300) {
                if (wd[3] > lowestBottom) {
                    lowestBottom = wd[3];
                    lowestTop = wd[1];
                }
            }
            if (wd[0] < c.x1() && wd[2] > c.x0() && cy > c.y0() && cy < c.y1()) {
                return c; // not empty
            }
        }
        if (Double.isNaN(lowestTop) || lowestBottom < c.y0() + c.height() / 2) {
            return c; // no row label, or it sits at the top: the whole cell is for writing
        }
        double top = Math.max(c.y0(), Math.min(c.y1() - LINE_HEIGHT, lowestTop - 2));
        return new Candidate(c.type(), c.x0(), top, c.x1(), c.y1(), c.conf(), c.combCells(), c.rule(), c.label());
    }
}
