package dev.formfill.core.detect.geometry;

import dev.formfill.core.FieldType;
import dev.formfill.core.content.PageContent;
import dev.formfill.core.content.TextWord;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves finished candidates toward the way form authors place widgets, which is not always the drawn shape.
 * Two conventions, each kept because it raised matches on the whole dev set without lowering the median IoU
 * of the fields that already matched:
 * <ul>
 *   <li>A small drawn checkbox square (side ≤ {@value #SMALL_SQUARE} pt) gets a widget {@value #SQUARE_GROWTH}
 *       times its side, centred on it. Authors' widgets for such squares are either the square itself or up
 *       to about 1.5 times it; a box between the two keeps both above IoU 0.5 (1/1.2² ≈ 0.69 against the
 *       square, 1.2²/1.5² ≈ 0.64 against the larger widget), where the bare square fails the larger one.</li>
 *   <li>A tall empty table cell whose nearest label to the left sits in the cell's lower third — the last
 *       line of a wrapped row label, or a "$" on the bottom line — is written on its bottom line only
 *       (tax-form amount columns): the box becomes that one line. A label centred beside the cell (a plain
 *       "Name [    ]" box) leaves the cell whole.</li>
 * </ul>
 * Works in displayed page points, like {@link Candidate}; stateless.
 */
final class BoxConventions {

    /** Squares up to this side (pt) are small enough that widgets are usually drawn larger. */
    static final double SMALL_SQUARE = 10.0;
    /** Factor a small square's side grows by (between "same as the square" and "1.5 times it"). */
    static final double SQUARE_GROWTH = 1.2;
    /** A cell at least this tall (pt) holds more than one written line. */
    static final double TALL_CELL = 20.0;
    /** Height (pt) of the one written line kept at the bottom of a tall cell. */
    static final double LINE_HEIGHT = 12.0;
    /** How far left (pt) of a cell its row label may sit. */
    static final double LABEL_REACH = 300.0;
    /** The label's centre must lie below this fraction of the cell's height (from its top). */
    static final double LOW_LABEL = 2.0 / 3.0;

    private BoxConventions() {
    }

    /**
     * Applies the conventions to every candidate.
     *
     * @param cands   the detector's final candidates, in displayed points
     * @param content the page's text and drawing
     * @return candidates in the same order, some with moved boxes
     */
    static List<Candidate> apply(List<Candidate> cands, PageContent content) {
        double w = content.widthPt(), h = content.heightPt();
        List<double[]> words = new ArrayList<>();
        for (TextWord t : content.words()) {
            words.add(new double[] {t.box().x0() * w, t.box().y0() * h, t.box().x1() * w, t.box().y1() * h});
        }
        List<Candidate> out = new ArrayList<>(cands.size());
        for (Candidate c : cands) {
            if (c.type() == FieldType.CHOICE_BUTTON) {
                out.add(growSmallSquare(c));
            } else if (c.type() == FieldType.TEXT_BOX && c.combCells() <= 1
                    && ("cell".equals(c.rule()) || "cell-right-of-label".equals(c.rule()))) {
                out.add(bottomLine(c, words));
            } else {
                out.add(c);
            }
        }
        followNeighbours(out);
        return out;
    }

    /**
     * A narrow cell (the cents beside the dollars) touching a cell of its row that was cut down to
     * its last line moves to that line too: the row is written on one line.
     */
    private static void followNeighbours(List<Candidate> after) {
        for (int i = 0; i < after.size(); i++) {
            Candidate c = after.get(i);
            if (c.type() != FieldType.TEXT_BOX || !"cell".equals(c.rule()) || c.combCells() > 1 || c.height() < TALL_CELL
                    || c.width() >= 1.5 * c.height()) {
                continue;
            }
            for (Candidate o : after) {
                boolean touching = Math.min(Math.abs(o.x1() - c.x0()), Math.abs(c.x1() - o.x0())) <= 3;
                if (o != c && o.type() == FieldType.TEXT_BOX && touching && Math.abs(o.y1() - c.y1()) <= 1.5
                        && o.height() <= LINE_HEIGHT + 2 && o.y0() > c.y0() + 2 && o.width() > c.width()) {
                    after.set(i, new Candidate(c.type(), c.x0(), o.y0(), c.x1(), c.y1(), c.conf(), c.combCells(), c.rule(),
                            c.label()));
                    break;
                }
            }
        }
    }

    static Candidate growSmallSquare(Candidate c) {
        double side = Math.max(c.width(), c.height());
        if (side > SMALL_SQUARE || side <= 0) {
            return c;
        }
        double cx = (c.x0() + c.x1()) / 2, cy = (c.y0() + c.y1()) / 2;
        double half = side * SQUARE_GROWTH / 2;
        return new Candidate(c.type(), cx - half, cy - half, cx + half, cy + half, c.conf(), c.combCells(), c.rule(),
                c.label());
    }

    /** Words are {x0, y0, x1, y1} in points. */
    static Candidate bottomLine(Candidate c, List<double[]> words) {
        if (c.height() < TALL_CELL || c.width() < 1.5 * c.height()) {
            return c; // one line already, or a square-ish area meant for several lines
        }
        double[] label = null; // the nearest word to the left whose centre is in the cell's band; lowest on ties
        for (double[] wd : words) {
            double cy = (wd[1] + wd[3]) / 2;
            if (cy <= c.y0() || cy >= c.y1()) {
                continue;
            }
            if (wd[0] < c.x1() && wd[2] > c.x0()) {
                return c; // the cell holds text: not an empty cell
            }
            if (wd[2] <= c.x0() + 1 && c.x0() - wd[2] < LABEL_REACH
                    && (label == null || wd[2] > label[2] + 0.5 || (Math.abs(wd[2] - label[2]) <= 0.5 && wd[3] > label[3]))) {
                label = wd;
            }
        }
        if (label == null || (label[1] + label[3]) / 2 < c.y0() + c.height() * LOW_LABEL) {
            return c; // no row label, or it is centred or high: the whole cell is for writing
        }
        double top = Math.max(c.y0(), Math.min(c.y1() - LINE_HEIGHT, label[1] - 2));
        return new Candidate(c.type(), c.x0(), top, c.x1(), c.y1(), c.conf(), c.combCells(), c.rule(), c.label());
    }
}
