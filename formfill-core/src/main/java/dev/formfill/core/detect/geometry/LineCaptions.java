package dev.formfill.core.detect.geometry;

import java.util.ArrayList;
import java.util.List;

/**
 * The captions that name a fill-in line from above: a label hanging from the band's upper rule
 * ("City" in small type at the top left of a band), and short captions printed right over the
 * blank or a line over it ("2. Date of birth", "Daytime phone number"). Text that runs past the
 * line's ends is a line of running text, not a caption.
 */
final class LineCaptions {

    private LineCaptions() {
    }

    /**
     * A band between two rules whose label hangs from the upper rule ("City" in small type at the
     * top left) with room to write below it: the blank is the whole band under the label. Text
     * centred in its row (a table of text) is not such a label, so the gap under the label must
     * clearly exceed the gap above it. Returns {top of the blank} or null.
     */
    static double[] hanging(PageModel m, Seg ceil, double a, double b, double top, double y, double fs) {
        if (ceil == null || ceil.pos() >= top - 2 || y - ceil.pos() > 6 * fs + 12 || b - a < 8 * fs
                || ceil.a() > a + 2 || ceil.b() < b - 2) {
            return null;
        }
        List<Word> near = m.wordsIn(a - 40, ceil.pos() + 0.3, b + 40, top, 0.5);
        List<Word> ws = new ArrayList<>();
        for (Word wd : near) {
            if (wd.x0() < a - 1 || wd.x1() > b + 1) {
                if (wd.x1() > a - 1 && wd.x0() < b + 1 || joinsBandText(wd, near, a, b)) {
                    return null; // text running past the band's ends is a text line, not its label
                }
            } else {
                ws.add(wd); // (a caption of the next column, a word space or more away, is not)
            }
        }
        if (ws.isEmpty() || CellText.heading(m, ws)) {
            return null; // a section heading under a rule heads the section, it labels no band
        }
        double lTop = Double.MAX_VALUE, lBottom = 0, lLeft = Double.MAX_VALUE, size = 0;
        for (Word wd : ws) {
            lTop = Math.min(lTop, wd.y0());
            lBottom = Math.max(lBottom, wd.y1());
            lLeft = Math.min(lLeft, wd.x0());
            size = Math.max(size, wd.size());
        }
        double above = lTop - ceil.pos(), below = y - lBottom;
        if (lLeft > a + Math.min(40, 0.3 * (b - a)) || above > 0.8 * size + 2 || below < Math.max(10, 1.2 * size)
                || below < 2 * above + 4 || lBottom - lTop > 2.6 * size) {
            return null;
        }
        return new double[] {lBottom + 1};
    }

    /** A row of pixels (half a point tall) holding more than this fraction of ink carries letters. */
    private static final double INK_ROW = 0.01;
    /** ... and one holding less than this is paper (specks and scanner dust aside). */
    private static final double PAPER_ROW = 0.004;

    /**
     * {@link #hanging} read off the image of a page without a text layer: one band of ink (up to two lines of
     * type) hanging from the upper rule at the band's left, and bare paper from under it down to the lower
     * rule. The same proportions hold as for recognised words, with the page's body size standing in for the
     * label's. Returns {top of the blank} or null.
     */
    static double[] hangingInk(PageModel m, Seg ceil, double a, double b, double y, double fs) {
        if (m.ink == null || ceil == null || y - ceil.pos() > 6 * fs + 12 || b - a < 8 * fs || ceil.a() > a + 2
                || ceil.b() < b - 2 || !m.wordsIn(a, ceil.pos(), b, y, 0.5).isEmpty()) {
            return null;
        }
        double x0 = a + 1, x1 = b - 1, from = ceil.pos() + 1.5, to = y - 1.5;
        double lTop = -1, lBottom = -1;
        for (double r = from; r + 0.5 <= to; r += 0.5) {
            boolean inked = m.ink.fraction(x0, r, x1, r + 0.5) > INK_ROW;
            if (inked && lTop < 0) {
                lTop = r;
            } else if (!inked && lTop >= 0 && m.ink.fraction(x0, r, x1, r + 0.5) < PAPER_ROW) {
                lBottom = r;
                break;
            }
        }
        if (lTop < 0 || lBottom < 0 || !bareButTicks(m.ink, x0, lBottom, x1, to)) {
            return null; // no label, or more ink further down: not a bare band under a label
        }
        double above = lTop - ceil.pos(), below = y - lBottom, tall = lBottom - lTop;
        boolean atLeft = m.ink.fraction(x0, lTop, Math.min(x1, a + Math.min(40, 0.3 * (b - a))), lBottom) > INK_ROW;
        if (!atLeft || tall < 0.4 * fs || tall > 2.6 * fs || above > 0.8 * fs + 2 || below < Math.max(10, 1.2 * fs)
                || below < 2 * above + 4) {
            return null;
        }
        return new double[] {lBottom + 1};
    }

    /** A column of pixels inked over more than this fraction of a band's height is a tick standing in it. */
    private static final double TICK_COLUMN = 0.15;
    /** Ticks (a comb's separators) are at most this wide (pt). */
    private static final double TICK_MAX_PT = 1.5;

    /**
     * Whether a band of the image is paper but for thin ticks across it (the separators of character cells,
     * rising from the band's floor): the ink outside such ticks is no more than specks.
     */
    private static boolean bareButTicks(PageModel.Ink ink, double x0, double y0, double x1, double y1) {
        double stray = 0;
        int columns = 0;
        double run = 0, runInk = 0;
        for (double x = x0; x + 0.5 <= x1; x += 0.5) {
            double f = ink.fraction(x, y0, x + 0.5, y1);
            columns++;
            if (f > TICK_COLUMN) {
                run += 0.5;
                runInk += f;
                continue;
            }
            stray += f + (run > TICK_MAX_PT ? runInk : 0); // a run wider than a tick is a letter or a box
            run = 0;
            runInk = 0;
        }
        stray += run > TICK_MAX_PT ? runInk : 0;
        return columns > 0 && stray / columns <= PAPER_ROW;
    }

    /** Whether a word outside [a, b] continues a line of words inside it: a word space or less away, on its line. */
    private static boolean joinsBandText(Word out, List<Word> near, double a, double b) {
        for (Word in : near) {
            boolean inside = in.x0() >= a - 1 && in.x1() <= b + 1;
            double gap = Math.max(in.x0() - out.x1(), out.x0() - in.x1());
            if (inside && Math.abs(in.y0() - out.y0()) <= 2 && gap < 0.6 * Math.max(in.size(), out.size())) {
                return true;
            }
        }
        return false;
    }

    /**
     * One short line of words standing right over the blank's top (within a line's height), inside
     * the line's ends; empty when there is none, or when that line runs past the ends (running text).
     */
    static List<Word> above(PageModel m, double a, double b, double top, double fs, int maxWords) {
        List<Word> over = new ArrayList<>();
        for (Word wd : m.wordsIn(a - 40, top - 1.6 * fs, b + 40, top + 0.5, 0.5)) {
            if (wd.y1() > top + 1 || wd.y1() < top - 0.8 * fs) {
                continue;
            }
            if (wd.x0() < a - 2 || wd.x1() > b + 2) {
                if (wd.x1() > a - 2 && wd.x0() < b + 2) {
                    return List.of(); // a line of text across the rule's end
                }
                continue;
            }
            over.add(wd);
        }
        boolean oneLine = over.stream().allMatch(wd -> Math.abs(wd.y0() - over.get(0).y0()) <= 2);
        return oneLine && over.size() <= maxWords ? over : List.of();
    }

    /**
     * Whether the words over a bare line caption it: they start at its left end, stay within it
     * and are body text (not a heading over a separator rule).
     */
    static boolean over(PageModel m, List<Word> caption, double a, double b) {
        if (caption.isEmpty() || CellText.heading(m, caption) || !CellText.hasWord(CellText.text(caption))) {
            return false;
        }
        double left = caption.stream().mapToDouble(Word::x0).min().orElse(b);
        return left - a <= Math.max(12, 0.15 * (b - a));
    }
}
