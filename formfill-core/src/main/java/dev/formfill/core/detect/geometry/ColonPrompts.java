package dev.formfill.core.detect.geometry;

import dev.formfill.core.FieldType;
import java.util.ArrayList;
import java.util.List;

/**
 * Blanks that only a label with a colon (or a full-width "：") and bare space mark: "First Name:"
 * followed by nothing, the layout of forms whose widgets drew their own boxes and were flattened
 * away. One such label alone is as likely a heading ("Please tell us about yourself:") as a prompt,
 * so a label counts only in a family: two or more colon labels in one column (aligned left, or flush
 * right at their colons, a few lines apart) or on one row. The blanks of a column family start together, past its longest label,
 * and stop at the next ink on their line, at the right end of what the family's other rows hold
 * (options beside "Gender:"), or at the content's right edge; the blanks of a row stop before the
 * next label. A blank is one and a half label heights tall, centred on the label, and never reaches
 * into the lines above or below it.
 */
final class ColonPrompts {

    /** Bare space needed after the label, in body sizes (and at least {@value #MIN_GAP_PT} pt). */
    private static final double MIN_GAP_EMS = 4;
    private static final double MIN_GAP_PT = 40;
    /** Labels of one column may stand this many label heights apart, centre to centre. */
    private static final double COLUMN_PITCH = 5;
    /** Labels larger than this many body sizes are headings. */
    private static final double HEADING = 1.3;
    /** What starts within this many label heights under a label is what the label heads. */
    private static final double CAPTION_REACH = 1.5;
    /** A blank is this many label heights tall. */
    private static final double HEIGHT = 1.5;
    /** Longest label, in words; a longer run with a colon is a sentence. */
    private static final int MAX_WORDS = 5;

    private ColonPrompts() {
    }

    /** A colon label: its words and box. */
    private record Label(List<Word> words, double x0, double y0, double x1, double y1) {
        double cy() {
            return (y0 + y1) / 2;
        }

        double h() {
            return y1 - y0;
        }
    }

    static void find(PageModel m, List<Candidate> existing, List<double[]> images, List<Candidate> out) {
        double right = textRight(m);
        double minGap = Math.max(MIN_GAP_PT, MIN_GAP_EMS * m.bodySize);
        List<Label> labels = labels(m);
        List<Label> bare = new ArrayList<>();
        for (Label l : labels) {
            if (ArrowPrompts.end(m, existing, images, l.x1() + 1, l.y0() + 1, l.y1() - 1, right) - l.x1() >= minGap) {
                bare.add(l); // bare space follows: a prompt, or a heading
            }
        }
        List<Label> prompts = new ArrayList<>(bare);
        prompts.removeIf(l -> captionOfBelow(m, existing, bare, l));
        List<Candidate> found = new ArrayList<>();
        for (Label l : prompts) {
            List<Label> column = column(labels, l);
            boolean inRow = prompts.stream().anyMatch(o -> o != l && Math.abs(o.y0() - l.y0()) < 2);
            if (column.size() >= 2 || inRow) {
                Candidate c = blank(m, existing, images, labels, column, l, right, minGap);
                if (c != null) {
                    found.add(c);
                }
            }
        }
        out.addAll(found);
    }

    /** The text column's right edge: as far right as anything goes, and at least as far as the left margin is wide. */
    private static double textRight(PageModel m) {
        return Math.max(m.contentRight(), m.width - m.contentLeft());
    }

    /** The blank beside a prompt of a family, or null when the space is too short, taken or not bare. */
    private static Candidate blank(PageModel m, List<Candidate> existing, List<double[]> images, List<Label> labels,
                                   List<Label> column, Label l, double right, double minGap) {
        double x0 = l.x1() + 0.5 * l.h();
        double stop = right;
        if (column.size() >= 2) {
            double aligned = column.stream().mapToDouble(Label::x1).max().orElse(l.x1()) + 0.5 * l.h();
            stop = reachOfRows(m, existing, column, l, aligned, right);
            if (ArrowPrompts.end(m, existing, images, l.x1() + 1, l.y0() + 1, l.y1() - 1, stop) - aligned >= minGap) {
                x0 = aligned; // the column's blanks start together, past its longest label, where there is room
            }
        }
        double x1 = ArrowPrompts.end(m, existing, images, l.x1() + 1, l.y0() + 1, l.y1() - 1, stop);
        if (x1 - x0 < minGap || fieldAt(existing, x1, l) || valueAt(m, labels, column, l, x1)
                || ArrowPrompts.crossed(m, x0, l.y0() - 1, x1, l.y1() + 1)
                || !m.bare(x0, l.y0() + 1, x1, l.y1() - 1, 0.5, existing, images)) {
            return null;
        }
        double half = HEIGHT * l.h() / 2;
        double top = Math.max(l.cy() - half, lineAbove(m, l) + 1);
        double bottom = Math.min(l.cy() + half, lineBelow(m, l) - 1);
        for (Seg r : m.hIn(top, bottom)) { // the rule of a cell's edge bounds the blank
            if (r.overlap(x0, x1) > 2) {
                top = r.pos() < l.cy() ? Math.max(top, r.pos() + 0.5) : top;
                bottom = r.pos() > l.cy() ? Math.min(bottom, r.pos() - 0.5) : bottom;
            }
        }
        if (m.ink != null && m.ink.fraction(x0, top, x1, bottom) > PageModel.INKED) {
            return null; // an image page: the space holds ink the text layer does not know
        }
        return new Candidate(FieldType.TEXT_BOX, x0, top, x1, bottom, 0.4, 0, "colon-prompt",
                CellText.text(l.words()).replaceAll("[:：]\\s*$", "").strip());
    }

    /**
     * Whether the label heads what stands right under it (a box, options, lines of text) rather than
     * the space beside it. Another bare prompt under it is its column, not its content.
     */
    private static boolean captionOfBelow(PageModel m, List<Candidate> existing, List<Label> prompts, Label l) {
        double lo = l.y1(), hi = l.y1() + CAPTION_REACH * l.h();
        double floor = hi; // a rule under the label closes its row; what starts below it is the next row's
        for (Seg r : m.hIn(lo - 0.5, hi)) {
            if (r.overlap(l.x0(), l.x1()) > 0.5 * (l.x1() - l.x0())) {
                if (r.pos() - lo > 0.4 * l.h() && boxTop(m, r)) {
                    return true; // a drawn box starts a little under the label: the label names it
                }
                floor = Math.min(floor, r.pos());
            }
        }
        for (Candidate c : existing) {
            // a box right under the label (its top edge may be that rule), or options: the label names them
            if (c.y0() >= lo - 1 && c.y0() < Math.min(hi, floor + 2) && c.x0() < l.x1() && c.x1() > l.x0()) {
                return true;
            }
        }
        hi = floor;
        for (Word w : m.wordsIn(l.x0() - 2, lo + 0.5, l.x1(), hi, 0.01)) {
            if (w.y0() >= lo - 0.5 && w.x0() < l.x1() && prompts.stream().noneMatch(p -> p.words().contains(w))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the rule is the top edge of a box: a side starts at it and runs down (a table's walls run through). */
    private static boolean boxTop(PageModel m, Seg rule) {
        for (Seg v : m.vIn(rule.a() - 2, rule.b() + 2)) {
            if (Math.abs(v.a() - rule.pos()) <= 2 && v.b() > rule.pos() + 5) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the space ends at a value set at the column's tab stop ("IBAN:    AT92 …" under
     * "Bank:    Sparkasse"): a list of keys and their values, not prompts. Another label there
     * ("Date:") is the next prompt of the row.
     */
    private static boolean valueAt(PageModel m, List<Label> labels, List<Label> column, Label l, double x1) {
        Word next = firstWordFrom(m, l, x1);
        if (next == null || startsLabel(labels, next)) {
            return false;
        }
        for (Label o : column) {
            Word other = o == l ? null : firstWordFrom(m, o, x1);
            if (other != null && Math.abs(other.x0() - next.x0()) <= 2 && !startsLabel(labels, other)) {
                return true;
            }
        }
        return false;
    }

    /** The first word on the label's line starting at about {@code x} or right of it, or null. */
    private static Word firstWordFrom(PageModel m, Label l, double x) {
        Word first = null;
        for (Word w : m.wordsIn(x - 4, l.y0(), m.width, l.y1(), 0.5)) {
            if (w.x0() >= x - 4 && (first == null || w.x0() < first.x0())) {
                first = w;
            }
        }
        return first;
    }

    private static boolean startsLabel(List<Label> labels, Word w) {
        return labels.stream().anyMatch(o -> o.words().get(0) == w);
    }

    /** Whether a field found already starts where the space beside the label ends: the label's own box. */
    private static boolean fieldAt(List<Candidate> existing, double x, Label l) {
        for (Candidate c : existing) {
            if (c.x0() >= x - 1 && c.x0() <= x + 6 && c.y0() < l.y1() && c.y1() > l.y0()) {
                return true;
            }
        }
        return false;
    }

    /** Runs of words on one line that end with a colon and read as a short label. */
    private static List<Label> labels(PageModel m) {
        List<Label> out = new ArrayList<>();
        for (List<Word> run : CellText.lineRuns(m.words, 1.5)) {
            Word first = run.get(0), last = run.get(run.size() - 1);
            String text = CellText.text(run).strip();
            if (!(text.endsWith(":") || text.endsWith("：")) || run.size() > MAX_WORDS
                    || first.size() > HEADING * m.bodySize || !CellText.hasWord(text)) {
                continue;
            }
            double y0 = run.stream().mapToDouble(Word::y0).min().orElse(first.y0());
            double y1 = run.stream().mapToDouble(Word::y1).max().orElse(first.y1());
            out.add(new Label(run, first.x0(), y0, last.x1(), y1));
        }
        return out;
    }

    /**
     * The labels aligned with {@code l} and chained to it a few lines apart, {@code l} included: by their
     * left edges, or (labels set flush right against their blanks) by their colons.
     */
    private static List<Label> column(List<Label> labels, Label l) {
        List<Label> left = chain(labels, l, Label::x0);
        return left.size() >= 2 ? left : chain(labels, l, Label::x1);
    }

    private static List<Label> chain(List<Label> labels, Label l, java.util.function.ToDoubleFunction<Label> edge) {
        List<Label> col = new ArrayList<>();
        for (Label o : labels) {
            if (Math.abs(edge.applyAsDouble(o) - edge.applyAsDouble(l)) <= 1.5) {
                col.add(o);
            }
        }
        col.sort((p, q) -> Double.compare(p.cy(), q.cy()));
        int at = col.indexOf(l);
        int lo = at, hi = at;
        while (lo > 0 && col.get(lo).cy() - col.get(lo - 1).cy() <= COLUMN_PITCH * l.h()) {
            lo--;
        }
        while (hi < col.size() - 1 && col.get(hi + 1).cy() - col.get(hi).cy() <= COLUMN_PITCH * l.h()) {
            hi++;
        }
        return col.subList(lo, hi + 1);
    }

    /**
     * How far right the column's other rows reach with words or candidates (the options beside a
     * "Gender:" label): the family's blanks end there too. The content's right edge when none does.
     */
    private static double reachOfRows(PageModel m, List<Candidate> existing, List<Label> column, Label self, double x0,
                                      double right) {
        double reach = 0;
        for (Label o : column) {
            if (o == self) {
                continue;
            }
            for (Word w : m.wordsIn(x0, o.y0(), right, o.y1(), 0.5)) {
                reach = Math.max(reach, w.x1());
            }
            for (Candidate c : existing) {
                if (c.x0() >= x0 - 2 && c.y0() < o.y1() && c.y1() > o.y0()) {
                    reach = Math.max(reach, c.x1());
                }
            }
        }
        return reach > x0 + MIN_GAP_PT ? reach : right;
    }

    /** The bottom of the nearest word above the label that overlaps it along x, or far above. */
    private static double lineAbove(PageModel m, Label l) {
        double y = l.y0() - 3 * l.h();
        for (Word w : m.wordsIn(l.x0(), y, m.width, l.y0() - 0.5, 0.5)) {
            if (w.y1() <= l.y0() + 0.5) {
                y = Math.max(y, w.y1());
            }
        }
        return y;
    }

    /** The top of the nearest word below the label, or far below. */
    private static double lineBelow(PageModel m, Label l) {
        double y = l.y1() + 3 * l.h();
        for (Word w : m.wordsIn(l.x0(), l.y1() + 0.5, m.width, y, 0.5)) {
            if (w.y0() >= l.y1() - 0.5) {
                y = Math.min(y, w.y0());
            }
        }
        return y;
    }
}
