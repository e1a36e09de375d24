package dev.formfill.core.detect.geometry;

import dev.formfill.core.FieldType;
import java.util.ArrayList;
import java.util.List;

/**
 * Blanks an arrow points at: "Designee's name ▶", "Phone no. ▶" with bare space after the arrow,
 * the convention of tax forms whose boxes only the widget drew. The blank runs from the arrow to the
 * next word, rule, image or other blank on its line (or the content's right edge) and is as tall as
 * the label, which may be stacked over two lines.
 */
final class ArrowPrompts {

    private static final String ARROWS = "▶►➤▸";
    /** A gap narrower than this many body sizes is word spacing, not a blank. */
    private static final double MIN_GAP_EMS = 4;
    /** An arrow may stand this far (pt) after the end of its label. */
    private static final double ARROW_GAP_PT = 40;
    /** The first line of a stacked label may end this far (pt) past the arrow on the line below it. */
    private static final double OVERHANG_PT = 12;

    private ArrowPrompts() {
    }

    static void find(PageModel m, List<Candidate> existing, List<double[]> images, List<Candidate> out) {
        double right = m.contentRight();
        for (Word arrow : m.words) {
            if (!pointsRight(arrow)) {
                continue;
            }
            List<Word> label = labelLine(m, arrow);
            double x0 = arrow.x1() + 2;
            double top = label.stream().mapToDouble(Word::y0).min().orElse(arrow.y0());
            double bottom = label.stream().mapToDouble(Word::y1).max().orElse(arrow.y1());
            double x1 = end(m, existing, images, x0, top, bottom, right);
            if (x1 - x0 < Math.max(30, MIN_GAP_EMS * m.bodySize) || crossed(m, x0, top, x1, bottom)) {
                continue;
            }
            List<Word> first = firstLine(m, label, arrow, x1);
            label.addAll(first);
            top = Math.min(top, first.stream().mapToDouble(Word::y0).min().orElse(top));
            for (Seg s : m.hIn(bottom - 1, bottom + 4)) {
                if (s.overlap(x0, x1) > 0.8 * (x1 - x0)) {
                    bottom = s.pos(); // the row's rule under the label
                }
            }
            String text = CellText.text(label).replaceAll("[" + ARROWS + "]", "").strip();
            out.add(new Candidate(FieldType.TEXT_BOX, x0, top, x1, bottom, 0.5, 0, "arrow-prompt", text));
        }
    }

    private static boolean pointsRight(Word w) {
        String t = w.text();
        return !t.isEmpty() && ARROWS.indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    /** The words before the arrow on its line that belong to it (close together), and the arrow. */
    private static List<Word> labelLine(PageModel m, Word arrow) {
        double size = arrow.y1() - arrow.y0();
        List<Word> line = new ArrayList<>();
        for (Word w : m.wordsIn(arrow.x0() - 200, arrow.y0(), arrow.x1(), arrow.y1(), 0.5)) {
            if (w != arrow && w.x1() <= arrow.x0() + 1 && Math.abs(w.cy() - arrow.cy()) < 0.5 * size) {
                line.add(w);
            }
        }
        line.sort((p, q) -> Double.compare(q.x0(), p.x0()));
        List<Word> label = new ArrayList<>();
        double left = arrow.x0();
        for (Word w : line) { // walk left while the words are close: the label, not an earlier column
            // the arrow itself may stand apart, aligned in a column of arrows
            if (left - w.x1() > (label.isEmpty() ? ARROW_GAP_PT : 2 * w.size())) {
                break;
            }
            label.add(w);
            left = w.x0();
        }
        label.add(arrow);
        return label;
    }

    /**
     * The first line of a label stacked over two lines ("Designee's / name ▶"): the words right
     * above the label's line, from its left end to the blank's end, provided none of them runs on
     * over the blank. Empty when there is none.
     */
    private static List<Word> firstLine(PageModel m, List<Word> label, Word arrow, double blankEnd) {
        double size = arrow.y1() - arrow.y0();
        double left = label.stream().mapToDouble(Word::x0).min().orElse(arrow.x0());
        double lineTop = label.stream().mapToDouble(Word::y0).min().orElse(arrow.y0());
        List<Word> above = new ArrayList<>();
        for (Word w : m.wordsIn(left - 2, lineTop - 1.5 * size, blankEnd, lineTop, 0.5)) {
            if (w.y1() > lineTop + 1 || w.x1() <= left - 2) {
                continue;
            }
            if (w.x0() >= arrow.x1() || w.x1() > arrow.x1() + OVERHANG_PT || w.x0() < left - 2 || pointsRight(w)) {
                return List.of(); // the line above runs on over the blank, or has its own arrow: not this label's first line
            }
            above.add(w);
        }
        return above;
    }

    /** Where the blank stops: the first word, vertical rule, image or candidate to the right on its band. */
    static double end(PageModel m, List<Candidate> existing, List<double[]> images, double x0, double top,
                              double bottom, double right) {
        double x1 = right;
        double mid = (top + bottom) / 2;
        for (Word w : m.wordsIn(x0, top, right, bottom, 0.3)) {
            if (w.x0() >= x0 - 1 && w.y0() < mid && w.y1() > mid - 0.3 * (bottom - top)) {
                x1 = Math.min(x1, w.x0() - 2);
            }
        }
        for (Seg v : m.vIn(x0, x1)) {
            if (v.overlap(top, bottom) > 0.5 * (bottom - top)) {
                x1 = Math.min(x1, v.pos() - 1);
            }
        }
        for (double[] r : images) {
            if (r[2] > x0 && r[1] < bottom && r[3] > top) {
                x1 = Math.min(x1, Math.max(x0, r[0] - 1));
            }
        }
        for (Candidate c : existing) {
            if (c.x1() > x0 && c.y0() < bottom - 1 && c.y1() > top + 1) {
                x1 = Math.min(x1, Math.max(x0, c.x0() - 1));
            }
        }
        return x1;
    }

    /** Whether a horizontal rule runs through the middle of the band (the space is a drawn blank or table). */
    static boolean crossed(PageModel m, double x0, double top, double x1, double bottom) {
        for (Seg s : m.hIn(top + 2, bottom - 2)) {
            if (s.overlap(x0, x1) > 2) {
                return true;
            }
        }
        return false;
    }
}
