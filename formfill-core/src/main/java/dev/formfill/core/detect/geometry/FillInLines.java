package dev.formfill.core.detect.geometry;

import dev.formfill.core.FieldType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Fill-in lines: an open rule (no cell around it) is a blank as tall as a line of text above it,
 * labelled from the left, below, right or by a caption hanging under the rule above; headings,
 * paragraphs ending on a rule and labels over boxes are not blanks. Adds to the caller's
 * candidates and reads the cells it has closed.
 */
final class FillInLines {

    /** A currency sign standing alone: the mark of an amount blank. */
    private static final Pattern CURRENCY = Pattern.compile("[$€£¥]");
    /** A caption under a line has at most this many words; more is running text. */
    private static final int MAX_CAPTION_WORDS = 8;
    /** On image pages, a line across the page is labelled by ink at most this far (pt) before its start. */
    private static final double WIDE_LABEL_GAP_PT = 20;
    /** On image pages, ink at most this far above a blank's top is its caption. */
    private static final double CAPTION_GAP_PT = 8;

    private final PageModel m;
    private final List<Candidate> out;
    private final List<double[]> closed;

    FillInLines(PageModel m, List<Candidate> out, List<double[]> closed) {
        this.m = m;
        this.out = out;
        this.closed = closed;
    }

    void underline(Seg f, double xl, double xr, Seg ceil, int comb) {
        if (f.thick() > 3 || xr - xl < 12) {
            return;
        }
        double fs = localSize(f, xl, xr);
        double h = Math.max(11, Math.min(20, 1.45 * fs + 2));
        if (ceil != null && f.pos() - ceil.pos() - 1 < h) {
            h = f.pos() - ceil.pos() - 1;
        }
        if (h < 0.7 * fs || h < 6) {
            return;
        }
        double top = f.pos() - h;
        List<double[]> taken = new ArrayList<>();
        List<Word> above = new ArrayList<>();
        for (Word wd : m.wordsIn(xl, top, xr, f.pos() - 0.5, 0.3)) {
            // a typed leader stands on its line's baseline, so a word ending higher is on the line above
            boolean beside = wd.y1() >= f.pos() - 0.6 * wd.size() || !m.typed.contains(f) && wd.y1() - top > 0.5 * h;
            if (beside) {
                taken.add(new double[] {wd.x0() - 2, wd.x1() + 2});
            } else {
                top = Math.max(top, wd.y1() + 0.5);
                above.add(wd);
            }
        }
        if (f.pos() - top < (m.typed.contains(f) ? 6 : Math.max(6, 0.7 * fs))) {
            return; // no room for a line of text (a typed leader is set a line under the text above it: room by intent)
        }
        if (!m.typed.contains(f) && covered(above, xl, xr) >= 0.6 * (xr - xl) && endOfParagraphOver(above, f.pos() - top)) {
            // less room under a paragraph running across the rule than one of its lines: its bottom margin, no
            // blank (typed leaders are blanks by intent, and a short caption over a long rule labels it)
            return;
        }
        taken.sort((p, q) -> Double.compare(p[0], q[0]));
        if (!taken.isEmpty()) {
            double t0 = taken.get(0)[0], t1 = taken.stream().mapToDouble(t -> t[1]).max().orElse(t0);
            if (Math.abs((t0 + t1) / 2 - (xl + xr) / 2) < 0.05 * (xr - xl) && t1 - t0 > 0.25 * (xr - xl)) {
                return; // a heading centred over its rule: the space either side is margin
            }
        }
        double start = xl;
        List<double[]> free = new ArrayList<>();
        for (double[] t : taken) {
            if (t[0] > start) {
                free.add(new double[] {start, t[0]});
            }
            start = Math.max(start, t[1]);
        }
        if (xr > start) {
            free.add(new double[] {start, xr});
        }
        for (double[] iv : free) {
            double a = iv[0], b = iv[1];
            if (b - a < Math.max(18, 2 * fs)) {
                continue;
            }
            if (a > xl + 1 && paragraphEndsAt(a, f.pos(), fs)) {
                continue; // the rest of a text line that sits on a rule, not a blank
            }
            // a rule under a paragraph (a separator): the strip between them is not a blank unless labelled
            double ceiling = ceil == null ? top - 2.2 * fs : Math.max(ceil.pos(), top - 2.2 * fs);
            // (its last line may be short and end just above the strip); typed leaders are blanks by intent
            List<Word> lastLine = m.typed.contains(f) ? above : m.wordsIn(a, top - 0.8 * fs, b, f.pos() - 0.5, 0.3);
            boolean flushLeft = !m.typed.contains(f) && lastLine.stream().anyMatch(wd -> Math.abs(wd.x0() - a) <= 2);
            boolean underParagraph = (flushLeft || covered(lastLine, a, b) > (m.typed.contains(f) ? 0.6 : 0.4) * (b - a))
                    && CellText.textLines(m, a, ceiling, b, top) >= 2;
            boolean wholeRule = free.size() == 1 && a <= xl + 1 && b >= xr - 1;
            double[] hung = wholeRule ? LineCaptions.hanging(m, ceil, a, b, top, f.pos(), fs) : null;
            if (hung == null && wholeRule) {
                hung = LineCaptions.hangingInk(m, ceil, a, b, f.pos(), fs); // the label is drawn in the image
            }
            if (hung != null) {
                emitBand(f, a, b, hung);
            } else {
                List<Word> caption = new ArrayList<>();
                for (Word wd : above) {
                    if (wd.x0() >= a - 2 && wd.x1() <= b + 2) {
                        caption.add(wd);
                    }
                }
                emitLine(f, a, b, top, fs, underParagraph, comb, caption);
            }
        }
    }


    /**
     * On an image page, whether ink just under the line reads as its caption: some ink under it, none
     * right past its end at that height (a line of text running on is no caption), and no rule under
     * it closing a band as long as the line (the ink then hangs from the line as the band's label).
     */
    private boolean inkCaptionUnder(double a, double b, double y, double fs) {
        for (Seg s : m.hIn(y + 2, y + 3 * fs)) {
            if (Math.abs(s.a() - a) <= 3 && Math.abs(s.b() - b) <= 3) {
                return false; // a rule as long under it closes a band: the ink hangs from the line as the band's label
            }
        }
        double top = y + 1.5, bottom = y + Math.max(10, 1.3 * fs);
        return m.ink.fraction(a + 1, top, b - 1, bottom) > 0.005 && m.ink.fraction(b + 2, top, b + 12, bottom) < 0.002;
    }

    /**
     * Whether the words under a rule are the start of a line of text that runs on past the rule's end
     * (a footnote under its short separator rule): a caption ends under its line.
     */
    private boolean runsOnPast(List<Word> under, double b) {
        if (under.isEmpty()) {
            return false;
        }
        Word last = under.get(0);
        for (Word wd : under) {
            last = wd.x1() > last.x1() ? wd : last;
        }
        double gap = 0.6 * (last.y1() - last.y0());
        for (Word wd : m.wordsIn(b - 2, last.y0(), b + 4 * gap + 20, last.y1(), 0.5)) {
            if (wd.x0() > last.x1() - 0.5 && wd.x0() - last.x1() <= gap && wd.x1() > b + 2 && Math.abs(wd.cy() - last.cy()) < gap) {
                return true;
            }
        }
        return false;
    }

    private void emitBand(Seg f, double a, double b, double[] hung) {
        double top = hung[0];
        StringBuilder label = new StringBuilder();
        List<Word> ws = m.wordsIn(a, top - 30, b, top, 0.5);
        ws.removeIf(wd -> wd.y1() > top);
        ws.sort((p, q) -> p.y0() != q.y0() && Math.abs(p.y0() - q.y0()) > 2 ? Double.compare(p.y0(), q.y0())
                : Double.compare(p.x0(), q.x0()));
        for (Word wd : ws) {
            if (top - wd.y1() < 12) {
                label.append(label.length() == 0 ? "" : " ").append(wd.text());
            }
        }
        if (m.ink != null && m.ink.fraction(a + 1, top + 1, b - 1, f.pos() - 1.5) > 0.03) {
            return;
        }
        out.add(new Candidate(FieldType.TEXT_BOX, a, top, b, f.pos(), 0.6, 0, "labelled-band", label.toString()));
    }

    /** Length of [a, b] covered by the words' horizontal extents. */
    private static double covered(List<Word> ws, double a, double b) {
        List<double[]> iv = new ArrayList<>();
        for (Word wd : ws) {
            double x0 = Math.max(a, wd.x0()), x1 = Math.min(b, wd.x1());
            if (x1 > x0) {
                iv.add(new double[] {x0, x1});
            }
        }
        iv.sort((p, q) -> Double.compare(p[0], q[0]));
        double sum = 0, end = a;
        for (double[] v : iv) {
            if (v[1] > end) {
                sum += v[1] - Math.max(end, v[0]);
                end = v[1];
            }
        }
        return sum;
    }

    /**
     * Whether the words right over the strip are the last line of a paragraph (another line set
     * solid above it, starting at the same left edge) and the strip is lower than one of its lines.
     */
    private boolean endOfParagraphOver(List<Word> above, double room) {
        if (above.isEmpty()) {
            return false;
        }
        double size = above.stream().mapToDouble(Word::size).max().orElse(0);
        if (room >= 0.9 * size) {
            return false;
        }
        Word first = above.stream().min((p, q) -> Double.compare(p.x0(), q.x0())).orElseThrow();
        for (Word wd : m.wordsIn(first.x0() - 2, first.y0() - 1.3 * size, first.x0() + 2, first.y0() - 0.2 * size, 0.01)) {
            if (Math.abs(wd.x0() - first.x0()) <= 2) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word ending at x on this rule has another text line right above it (a paragraph's last line). */
    private boolean paragraphEndsAt(double x, double y, double fs) {
        List<Word> on = m.wordsIn(x - 6, y - 1.6 * fs, x + 0.5, y + 0.5, 0.01);
        on.removeIf(w -> w.x1() > x + 0.5 || w.y1() < y - 0.9 * Math.max(fs, w.size()));
        if (on.isEmpty()) {
            return false;
        }
        Word w = on.get(0);
        if (CURRENCY.matcher(w.text()).matches()) {
            return false; // a currency sign on the rule marks an amount blank ("Alimony paid $____"), not text
        }
        // a word of the line above may reach well past this one: its share inside the window is small
        return !m.wordsIn(w.x0() - 20, w.y0() - 1.6 * w.size(), w.x1(), w.y0() - 0.2 * w.size(), 0.2).isEmpty();
    }

    private void emitLine(Seg f, double a, double b, double top, double fs, boolean underParagraph, int comb,
            List<Word> caption) {
        double y = f.pos();
        double band0 = top - 2, band1 = y + 2;
        String right = "", below;
        List<Word> lefts = m.wordsIn(a - 120, band0, a + 2, band1, 0.5);
        lefts.removeIf(wd -> wd.x1() > a + 2 || wd.cy() < band0 || wd.cy() > band1);
        lefts.sort((p, q) -> Double.compare(p.x0(), q.x0()));
        StringBuilder leftText = new StringBuilder();
        for (Word wd : lefts) {
            leftText.append(leftText.length() == 0 ? "" : " ").append(wd.text());
        }
        boolean hasLeft = !lefts.isEmpty() && a - lefts.get(lefts.size() - 1).x1() < 60;
        if (underParagraph && !hasLeft) {
            return;
        }
        if (hasLeft && CellText.heading(m, lefts)) {
            return; // the space after a section heading ("Part II  Certification") is not a blank
        }
        for (Word wd : m.wordsIn(b - 2, band0, b + 40, band1, 0.5)) {
            if (wd.x0() >= b - 2 && wd.cy() >= band0 && wd.cy() <= band1) {
                if (right.isEmpty() && !hasLeft && CellText.heading(m, List.of(wd))) {
                    return; // the margin before a heading
                }
                right = right.isEmpty() ? wd.text() : right;
            }
        }
        if (CellText.heading(m, caption)) {
            return; // the space under a section heading ("Amount You Owe" over the section's rule)
        }
        List<Word> belowWords = m.wordsIn(a, y + 0.5, b, y + 2.2 * fs, 0.6);
        // the next section's heading under a rule does not name the space above the rule
        // nor does a sentence printed under it: captions under lines are short ("Signature", "(city, state)")
        below = CellText.heading(m, belowWords) || belowWords.size() > MAX_CAPTION_WORDS || runsOnPast(belowWords, b)
                ? "" : CellText.text(belowWords);
        double conf;
        String label;
        if (hasLeft) {
            conf = 0.7;
            label = leftText.toString();
        } else if (!below.isEmpty()) {
            conf = 0.6;
            label = below;
        } else if (!right.isEmpty()) {
            conf = 0.55;
            label = right;
        } else {
            conf = 0.25;
            label = "";
        }
        boolean wide = b - a > 0.6 * m.width;
        if (!hasLeft && wide) {
            conf = Math.min(conf, 0.25); // a long bare rule is a separator more often than a blank
        }
        Candidate previous = hasLeft ? null : lineAbove(a, b, top);
        String prompt = hasLeft || previous != null ? "" : promptAbove(a, b, top, fs);
        if (previous != null) {
            conf = 0.55; // the next line of a multi-line answer ("Address: ____" then a bare line under it)
            label = previous.label();
        } else if (!prompt.isEmpty()) {
            conf = 0.55; // "Name and address of your insurer:" on the line above
            label = prompt;
        } else if (label.isEmpty() && !wide && LineCaptions.over(m, caption, a, b)) {
            conf = 0.55; // "2. Date of birth" printed right over its line, as column captions are
            label = CellText.text(caption);
        } else if (label.isEmpty() && !wide && caption.isEmpty()) {
            List<Word> over = LineCaptions.above(m, a, b, top, fs, MAX_CAPTION_WORDS);
            if (LineCaptions.over(m, over, a, b)) {
                conf = 0.5; // "Daytime phone number" a line over the blank, at the top of a tall row
                label = CellText.text(over);
            }
        }
        if (m.ink != null && label.isEmpty() && (!wide && m.ink.fraction(a - 40, top, a - 1, y - 1) > 0.02
                || wide && m.ink.fraction(a - WIDE_LABEL_GAP_PT, top, a - 1, y - 1) > 0.03)) {
            // an image page: a label printed in the image just left of the line (text unknown); a line
            // across the page needs it right before its start ("NOM ......."), as a separator has none
            conf = 0.55;
        }
        if (f.thick() > 1.6) {
            conf *= 0.7;
        }
        if (onTopOfCell(a, b, y) && (!hasLeft || boxBelowReachesUnderLabel(a, b, y) || cellsUnderLabel(lefts, a, y))) {
            return;
        }
        if (m.ink != null && f.dashed() && !m.wordsIn(a, y - 3, b, y - 1, 0.01).isEmpty()) {
            return; // on a scan, "dots" running through a recognised word are its letters
        }
        if (m.ink != null && m.wordsIn(a, y - 0.5, b, y + 0.5, 0.01).stream()
                .anyMatch(wd -> wd.y0() < y - 0.5 && wd.y1() > y + 1.5)) {
            return; // a recognised word straddles the "line": it is a stroke of its letters
        }
        if (m.ink != null) {
            // an image page: the blank reaches up to the first ink above the line; ink right on it is text standing on it
            // and ink found there or a little higher is its caption
            // (a dotted rule's position is the dots' feet: its dots stand up to DOT_MAX_PT above it)
            double clear = y - (f.dashed() ? RasterDotRows.DOT_MAX_PT + 0.8 : 1.5), reach = top - CAPTION_GAP_PT;
            while (clear - 1 > reach && m.ink.fraction(a + 1, clear - 1, b - 1, clear) < 0.01) {
                clear -= 1;
            }
            if (clear - 1 > top) {
                if (y - clear < Math.max(8, 0.7 * fs)) {
                    return;
                }
                top = clear;
            }
            if (clear - 1 > reach && label.isEmpty() && !wide) {
                conf = Math.max(conf, 0.5); // a caption printed in the image over the blank
            }
            if (label.isEmpty() && !wide && conf < 0.5 && inkCaptionUnder(a, b, y, fs)) {
                conf = 0.5; // "Date" printed in the image under its line
            }
        }
        out.add(new Candidate(FieldType.TEXT_BOX, a, top, b, y, conf, comb > 1 && a <= f.a() + 3 && b >= f.b() - 3 ? comb : 0,
                f.dashed() ? "dotted-line" : "line", label));
    }


    /**
     * Whether the line is the top of a box that also runs under the label to its left
     * ("Name of Federal Agency:" over a wide box): the label names the box, and the space beside
     * the label is not a second blank. A box of the line's own width below it is the next row.
     */
    private boolean boxBelowReachesUnderLabel(double a, double b, double y) {
        for (double[] c : closed) {
            if (Math.abs(c[1] - y) <= 1.5 && c[0] < a - 20 && c[2] >= b - 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether closed cells also start on the line's height under the label to its left: the label
     * heads a row of cells ("Social security number" over its digit boxes), or sits on the top edge
     * of the box it names ("or" over the next box), and the rest of its row beside it is no blank.
     */
    private boolean cellsUnderLabel(List<Word> lefts, double a, double y) {
        if (lefts.isEmpty()) {
            return false;
        }
        double l0 = lefts.stream().mapToDouble(Word::x0).min().orElse(a), l1 = lefts.stream().mapToDouble(Word::x1).max().orElse(a);
        Word last = lefts.get(lefts.size() - 1);
        for (double[] c : closed) {
            if (Math.abs(c[1] - y) > 1.5) {
                continue;
            }
            if (c[2] <= a + 1.5 && c[0] < l1 && c[2] > l0 && m.wordsIn(c[0], c[1], c[2], c[3], 0.5).isEmpty()) {
                return true; // empty cells: a number box under a line's number ("25a" over "25b") is the next line's
            }
            if (c[0] >= last.x0() - 3 && c[0] <= last.x1() && c[0] < a - 3) {
                return true; // the box below starts under the label's last word: the label sits on the box it names
            }
        }
        return false;
    }

    private boolean onTopOfCell(double a, double b, double y) {
        double covered = 0;
        for (double[] c : closed) {
            if (Math.abs(c[1] - y) <= 1.5) {
                covered += Math.max(0, Math.min(b, c[2]) - Math.max(a, c[0]));
            }
        }
        return covered > 0.5 * (b - a);
    }

    private double localSize(Seg f, double xl, double xr) {
        List<Word> near = m.wordsIn(xl - 150, f.pos() - 30, xr + 50, f.pos() + 10, 0.5);
        if (near.isEmpty()) {
            return m.bodySize;
        }
        double[] s = near.stream().mapToDouble(Word::size).filter(x -> x >= 4 && x <= 30).sorted().toArray();
        return s.length == 0 ? m.bodySize : s[s.length / 2];
    }

    /**
     * A labelled fill-in line just above this one (its bottom within two lines of this line's top)
     * whose span overlaps most of this one and is about as long: this line continues that answer.
     * Null when none.
     */
    private Candidate lineAbove(double a, double b, double top) {
        for (int i = out.size() - 1; i >= 0; i--) {
            Candidate c = out.get(i);
            boolean line = c.rule().equals("line") || c.rule().equals("dotted-line") || c.rule().equals("labelled-band");
            double gap = top - c.y1();
            double overlap = Math.min(b, c.x1()) - Math.max(a, c.x0());
            if (line && c.conf() >= 0.5 && !c.label().isEmpty() && gap >= -1 && gap <= 2.5 * m.bodySize
                    && overlap >= 0.5 * (b - a) && b - a >= 0.5 * c.width()) {
                return c;
            }
        }
        return null;
    }

    /** The text line right above [a, b] when it ends in a colon (a prompt for the line below), else "". */
    private String promptAbove(double a, double b, double top, double fs) {
        List<Word> ws = m.wordsIn(a - 5, top - 1.8 * fs, b + 12, top + 1, 0.5);
        if (ws.isEmpty()) {
            return "";
        }
        double bottom = ws.stream().mapToDouble(Word::y1).max().orElse(0);
        ws.removeIf(wd -> wd.y1() < bottom - 0.6 * wd.size()); // the lowest line only
        ws.sort((p, q) -> Double.compare(p.x0(), q.x0()));
        String last = ws.get(ws.size() - 1).text();
        return last.endsWith(":") ? CellText.text(ws) : "";
    }
}
