package dev.formfill.core.layout;

import dev.formfill.core.Box;
import dev.formfill.core.FieldType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the printed label of a field, in points. For a text or signature field, in order:
 * <ol>
 *   <li>its <b>cell</b> (the rules closing it in on four sides): the text in the cell that is not
 *       right of or below the blank — a label in the cell's corner, or left of the blank;</li>
 *   <li>the nearest phrase <b>left</b> on the same line, unless another field sits in between or it
 *       is a line of running text;</li>
 *   <li>the <b>column header</b> of a table cell: the nearest text above between the same two
 *       column rules (a row label found left is appended when it is words, not a number);</li>
 *   <li>the nearest phrase just <b>above</b>, overlapping the field horizontally;</li>
 *   <li>a caption just <b>below</b> (the "Signature of applicant" printed under a line).</li>
 * </ol>
 * For a checkbox: the option text right of it, else left of it, else its column header.
 */
final class LabelFinder {

    /** Where a label was found. */
    enum Source { CELL, LEFT, HEADER, ABOVE, BELOW, RIGHT }

    /** A label and where it was found. */
    record Label(String text, Source source, Box box) {
    }

    private static final java.util.regex.Pattern TWO_LETTERS = java.util.regex.Pattern.compile("\\p{L}{2,}");

    private final PageText text;
    private final PageFrame frame;
    private final List<Box> fields;

    LabelFinder(PageText text, PageFrame frame, List<Box> fieldBoxesPt) {
        this.text = text;
        this.frame = frame;
        this.fields = fieldBoxesPt;
    }

    Label find(Box f, FieldType type) {
        if (type == FieldType.CHOICE_BUTTON) {
            double reach = Math.max(18, 2.5 * f.width());
            Label r = right(f, reach), l = left(f, reach);
            if (r != null && l != null && labelsLeft(f, reach)) {
                return l; // "Yes ☐ No ☐": each box follows its option
            }
            return r != null ? r : l != null ? l : header(f, true);
        }
        Label l = cell(f);
        if (l != null && !LETTERS.matcher(l.text()).find()) {
            l = null; // "$" or a line number in the cell: the label is outside it
        }
        if (l == null) {
            l = blankLeft(f, Math.max(150, 0.5 * f.width()));
        }
        Label h = header(f);
        if (h != null && (l == null || l.source() == Source.LEFT)) {
            // a table cell: the column names it; a worded row label makes it specific
            if (l != null && TWO_LETTERS.matcher(l.text()).find() && l.text().length() <= 40) {
                return new Label(h.text() + " " + l.text(), Source.HEADER, h.box());
            }
            return h;
        }
        if (l == null) {
            l = above(f);
        }
        if (l == null) {
            l = below(f);
        }
        return l;
    }

    /** The nearest phrase left of the field on its line, within {@code reach} points. */
    Label left(Box f, double reach) {
        return left(f, reach, java.util.Set.of());
    }

    /** As {@link #left(Box, double, java.util.Set)}: the label of a blank, lines of running text passed over. */
    Label blankLeft(Box f, double reach) {
        return left(f, reach, java.util.Set.of(), true);
    }

    /** As {@link #left(Box, double)}, passing over phrases whose text is in {@code skip}. */
    Label left(Box f, double reach, java.util.Set<String> skip) {
        return left(f, reach, skip, false);
    }

    /**
     * As {@link #left(Box, double)}, passing over phrases whose text is in {@code skip} and, with
     * {@code noProse}, lines of running text (a question of a row of checkboxes may well be one).
     */
    private Label left(Box f, double reach, java.util.Set<String> skip, boolean noProse) {
        PageText.Phrase best = null;
        for (PageText.Phrase p : text.phrases) {
            Box b = p.box();
            if (b.x1() > f.x0() + 2 || f.x0() - b.x1() > reach || !sameLine(b, f)) {
                continue;
            }
            if ((best != null && b.x1() <= best.box().x1()) || !worded(p)
                    || (!skip.isEmpty() && skip.contains(Identifiers.tooltip(p.text()))) || blocked(b.x1(), f.x0(), f, b)
                    || noProse && (insideParagraph(p) || SIGN_HERE.matcher(p.text().strip()).matches())) {
                continue;
            }
            best = p;
        }
        return best == null ? null : new Label(best.text(), Source.LEFT, best.box());
    }

    /**
     * Whether the phrase is a line of running text: a sentence of several words with a line of the
     * same paragraph set right under it, starting at its left edge, or the end of a long sentence
     * set right over it. A label may wrap, but its blank follows its last line; the lines before
     * run on, and name nothing beside them. Short lines are spared: stacked one-word labels
     * ("Name", "Address") start at one edge too.
     */
    private boolean insideParagraph(PageText.Phrase p) {
        int words = p.text().strip().split("\\s+").length;
        boolean above = false, below = false, continues = false;
        Box b = p.box();
        double pitch = PARAGRAPH_PITCH * p.fontSize(); // set solid: stacked line items stand further apart
        for (PageText.Phrase o : text.phrases) {
            Box q = o.box();
            if (o == p || Math.abs(q.x0() - b.x0()) > 2 || q.width() < 0.5 * b.width()) {
                continue;
            }
            boolean over = q.y1() <= b.y0() + 1 && b.y0() - q.y0() <= pitch;
            above |= over;
            below |= q.y0() >= b.y1() - 1 && q.y0() - b.y0() <= pitch;
            continues |= over && o.text().strip().split("\\s+").length >= 2 * PARAGRAPH_LINE_WORDS;
        }
        return words >= PARAGRAPH_LINE_WORDS && below && (above || words >= 2 * PARAGRAPH_LINE_WORDS) || continues;
    }

    /**
     * Whether the row of boxes that {@code f} starts or belongs to puts its options before the boxes:
     * its last box has words on its left and none on its right ("Yes ☐ No ☐"). Boxes of one row stand
     * on one line, each within {@link #ROW_STEP} points of the next.
     */
    private boolean labelsLeft(Box f, double reach) {
        Box last = f;
        for (boolean grew = true; grew; ) {
            grew = false;
            for (Box o : fields) {
                boolean likeBox = o.width() <= 1.5 * o.height() && o.height() <= 1.5 * f.height()
                        && f.height() <= 1.5 * o.height();
                if (likeBox && o.x0() > last.x1() && o.x0() - last.x1() <= ROW_STEP && sameLine(o, f)) {
                    last = o;
                    grew = true;
                }
            }
        }
        return right(last, reach) == null && left(last, reach) != null;
    }

    /** Whether a radio circle typed as text ("○", "❍") sits in the box. */
    boolean ringAt(Box f) {
        for (Box r : text.rings) {
            if (r.centerX() >= f.x0() && r.centerX() <= f.x1() && r.centerY() >= f.y0() - 2 && r.centerY() <= f.y1() + 2) {
                return true;
            }
        }
        return false;
    }

    /** Boxes of one row of options stand at most this far apart (pt). */
    private static final double ROW_STEP = 120;

    /** The "X" printed before a line where one signs: a mark, no label (the caption under the line names it). */
    private static final java.util.regex.Pattern SIGN_HERE = java.util.regex.Pattern.compile("[xX\u2717\u2718]:?");

    /** A line of running text has at least this many words (a paragraph's first line twice as many). */
    private static final int PARAGRAPH_LINE_WORDS = 6;
    /** Lines of one paragraph follow at most this many font sizes apart. */
    private static final double PARAGRAPH_PITCH = 1.25;

    /** The nearest phrase right of the field on its line, within {@code reach} points. */
    Label right(Box f, double reach) {
        PageText.Phrase best = null;
        for (PageText.Phrase p : text.phrases) {
            Box b = p.box();
            if (b.x0() < f.x1() - 2 || b.x0() - f.x1() > reach || !sameLine(b, f)) {
                continue;
            }
            if ((best != null && b.x0() >= best.box().x0()) || !worded(p) || blocked(f.x1(), b.x0(), f, b)) {
                continue;
            }
            best = p;
        }
        return best == null ? null : new Label(best.text(), Source.RIGHT, best.box());
    }

    /** Text in the field's cell, not right of or below the blank; null when there is no closed cell. */
    Label cell(Box f) {
        Box c = cellOf(f);
        if (c == null) {
            return null;
        }
        List<PageText.Phrase> in = new ArrayList<>();
        for (PageText.Phrase p : text.phrases) {
            Box b = p.box();
            boolean inside = b.centerX() > c.x0() && b.centerX() < c.x1() && b.centerY() > c.y0() && b.centerY() < c.y1();
            boolean rightOf = b.x0() >= f.x1() - 1;
            boolean below = b.y0() >= f.y1() - 1;
            if (inside && !rightOf && !below) {
                in.add(p);
            }
        }
        if (in.isEmpty()) {
            return null;
        }
        in.sort(Comparator.comparingDouble((PageText.Phrase p) -> p.box().y0()).thenComparingDouble(p -> p.box().x0()));
        StringBuilder sb = new StringBuilder();
        Box u = in.get(0).box();
        for (PageText.Phrase p : in) {
            sb.append(sb.length() == 0 ? "" : " ").append(p.text());
            u = union(u, p.box());
        }
        return new Label(sb.toString(), Source.CELL, u);
    }

    /** The nearest text above between the field's column rules, when both continue up to it. */
    Label header(Box f) {
        return header(f, false);
    }

    /** As {@link #header(Box)}; {@code square}: the field's own drawn outline is no cell (a checkbox square). */
    Label header(Box f, boolean square) {
        Box c = cellOf(f, square);
        if (c == null) {
            return null;
        }
        PageText.Phrase best = null;
        for (PageText.Phrase p : text.phrases) {
            Box b = p.box();
            if (b.y1() > c.y0() + 1 || b.centerX() <= c.x0() || b.centerX() >= c.x1() || b.width() > c.width() + 4) {
                continue;
            }
            if (!verticalAt(c.x0(), b.centerY()) || !verticalAt(c.x1(), b.centerY())) {
                continue;
            }
            // on one line of captions, the one over the field itself (a cell split between captions)
            boolean level = best != null && Math.abs(b.y1() - best.box().y1()) <= 1;
            if (best == null || b.y1() > best.box().y1() + 1 || level && over(b, f) && !over(best.box(), f)) {
                best = p;
            }
        }
        if (best == null) {
            return null;
        }
        // headers wrap: take the lines of the header cell above the nearest one as well
        List<PageText.Phrase> lines = new ArrayList<>();
        lines.add(best);
        PageText.Phrase top = best;
        boolean grew = true;
        while (grew) {
            grew = false;
            for (PageText.Phrase p : text.phrases) {
                Box b = p.box();
                if (lines.contains(p) || b.centerX() <= c.x0() || b.centerX() >= c.x1()) {
                    continue;
                }
                double gap = top.box().y0() - b.y1();
                if (gap >= -1 && gap <= 0.6 * top.fontSize() && !horizontalBetween(b.y1(), top.box().y0(), c)) {
                    lines.add(0, p);
                    top = p;
                    grew = true;
                    break;
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        Box u = lines.get(0).box();
        for (PageText.Phrase p : lines) {
            sb.append(sb.length() == 0 ? "" : " ").append(p.text());
            u = union(u, p.box());
        }
        return new Label(sb.toString(), Source.HEADER, u);
    }

    /** Whether the phrase's centre lies over the field. */
    private static boolean over(Box phrase, Box field) {
        return phrase.centerX() > field.x0() && phrase.centerX() < field.x1();
    }

    /** The nearest phrase just above the field that overlaps it horizontally. */
    Label above(Box f) {
        PageText.Phrase best = null;
        double bestGap = Double.MAX_VALUE;
        for (PageText.Phrase p : text.phrases) {
            Box b = p.box();
            double gap = f.y0() - b.y1();
            double reach = Math.max(14, 1.6 * p.fontSize());
            if (gap < -2 || gap > reach || b.x1() <= f.x0() || b.x0() >= f.x1()) {
                continue;
            }
            if (b.x0() < f.x0() - Math.max(40, 0.5 * f.width())) {
                continue; // a line of text that merely runs over the field is no label
            }
            if ((gap < bestGap || (gap == bestGap && b.x0() < best.box().x0())) && worded(p)) {
                best = p;
                bestGap = gap;
            }
        }
        return best == null ? null : continued(best, Source.ABOVE);
    }

    /** A caption wraps over at most this many lines. */
    private static final int MAX_CAPTION_LINES = 3;

    /**
     * The phrase, and when it starts in lower case (the wrapped end of a caption: "entity's name
     * on line 2.)") the caption's lines set solid above it at its left edge, back to the line
     * where the caption starts.
     */
    private Label continued(PageText.Phrase last, Source source) {
        List<PageText.Phrase> lines = new ArrayList<>();
        lines.add(last);
        PageText.Phrase top = last;
        while (startsLowerCase(top) && lines.size() < MAX_CAPTION_LINES) {
            PageText.Phrase up = null;
            for (PageText.Phrase p : text.phrases) {
                double gap = top.box().y0() - p.box().y1();
                if (p != top && Math.abs(p.box().x0() - top.box().x0()) <= 2 && gap >= -1 && gap <= 0.6 * top.fontSize()) {
                    up = p;
                    break;
                }
            }
            if (up == null) {
                break;
            }
            lines.add(0, up);
            top = up;
        }
        if (startsLowerCase(top)) {
            lines = List.of(last); // no start found: keep the line as it is
        }
        StringBuilder sb = new StringBuilder();
        Box u = lines.get(0).box();
        for (PageText.Phrase p : lines) {
            sb.append(sb.length() == 0 ? "" : " ").append(p.text());
            u = union(u, p.box());
        }
        return new Label(sb.toString(), source, u);
    }

    private static boolean startsLowerCase(PageText.Phrase p) {
        String t = p.text().strip();
        return !t.isEmpty() && Character.isLowerCase(t.codePointAt(0));
    }

    /**
     * The caption printed right over the field: the nearest worded phrase ending at most half a
     * line above its top and starting over it (not a line of text that merely runs across).
     */
    Label captionOver(Box f) {
        PageText.Phrase best = null;
        for (PageText.Phrase p : text.phrases) {
            Box b = p.box();
            double gap = f.y0() - b.y1();
            if (gap < -2 || gap > 0.5 * p.fontSize() + 2 || b.x0() < f.x0() - 3 || b.x0() >= f.x1() || !worded(p)) {
                continue;
            }
            if (best == null || b.y1() > best.box().y1() + 1 || Math.abs(b.y1() - best.box().y1()) <= 1 && b.x0() < best.box().x0()) {
                best = p;
            }
        }
        return best == null ? null : new Label(best.text(), Source.ABOVE, best.box());
    }

    /** A caption just below the field, starting near its left edge. */
    Label below(Box f) {
        PageText.Phrase best = null;
        for (PageText.Phrase p : text.phrases) {
            Box b = p.box();
            double gap = b.y0() - f.y1();
            if (gap < -2 || gap > Math.max(8, 0.9 * p.fontSize()) || b.x1() <= f.x0() || b.x0() >= f.x1()) {
                continue;
            }
            if ((best == null || b.y0() < best.box().y0()) && worded(p)) {
                best = p;
            }
        }
        return best == null ? null : new Label(best.text(), Source.BELOW, best.box());
    }

    /** The cell closing the field in: nearest rules on all four sides, or null. */
    Box cellOf(Box f) {
        return cellOf(f, false);
    }

    private Box cellOf(Box f, boolean square) {
        double tolY = Math.min(3, f.height() / 3), tolX = Math.min(3, f.width() / 3);
        double cx = f.centerX(), cy = f.centerY();
        double top = Double.NEGATIVE_INFINITY, bottom = Double.POSITIVE_INFINITY;
        double left = Double.NEGATIVE_INFINITY, right = Double.POSITIVE_INFINITY;
        for (PageFrame.Segment s : frame.horizontal) {
            if (!s.covers(cx, 0) || (square && outline(s, f.x0(), f.x1()))) {
                continue;
            }
            if (s.pos() <= f.y0() + tolY && s.pos() > top) {
                top = s.pos();
            }
            if (s.pos() >= f.y1() - tolY && s.pos() < bottom) {
                bottom = s.pos();
            }
        }
        for (PageFrame.Segment s : frame.vertical) {
            if (!s.covers(cy, 0) || (square && outline(s, f.y0(), f.y1()))) {
                continue;
            }
            if (s.pos() <= f.x0() + tolX && s.pos() > left) {
                left = s.pos();
            }
            if (s.pos() >= f.x1() - tolX && s.pos() < right) {
                right = s.pos();
            }
        }
        if (Double.isInfinite(top) || Double.isInfinite(bottom) || Double.isInfinite(left) || Double.isInfinite(right)) {
            return null;
        }
        if (bottom - top > f.height() + 45 || bottom <= top || right <= left) {
            return null; // a frame around a whole section, not a cell
        }
        return new Box(left, top, right, bottom);
    }

    /** A segment no longer than the field's side (plus a little): part of the field's own outline. */
    private static boolean outline(PageFrame.Segment s, double from, double to) {
        return s.from() >= from - 3 && s.to() <= to + 3;
    }

    private boolean verticalAt(double x, double y) {
        for (PageFrame.Segment s : frame.vertical) {
            if (Math.abs(s.pos() - x) <= 1.5 && s.covers(y, 1)) {
                return true;
            }
        }
        return false;
    }

    private boolean horizontalBetween(double ya, double yb, Box column) {
        for (PageFrame.Segment s : frame.horizontal) {
            if (s.pos() > ya + 0.5 && s.pos() < yb - 0.5 && s.covers(column.centerX(), 0)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameLine(Box text, Box f) {
        double overlap = Math.min(text.y1(), f.y1()) - Math.max(text.y0(), f.y0());
        return overlap >= 0.5 * Math.min(text.height(), f.height()) || (text.centerY() >= f.y0() && text.centerY() <= f.y1());
    }

    /** Whether another field lies between x0 and x1 on the line of {@code f} and {@code t}. */
    private boolean blocked(double x0, double x1, Box f, Box t) {
        for (Box o : fields) {
            if (o == f || o.equals(f)) {
                continue;
            }
            boolean between = o.centerX() > x0 && o.centerX() < x1;
            boolean line = o.y0() < Math.max(f.y1(), t.y1()) && o.y1() > Math.min(f.y0(), t.y0())
                    && sameLine(t, o);
            if (between && line) {
                return true;
            }
        }
        return false;
    }

    /** Numbers and marks alone ("7", "20", "$") are line numbers and prefixes, not labels. */
    private static boolean worded(PageText.Phrase p) {
        return LETTERS.matcher(p.text()).find();
    }

    private static final java.util.regex.Pattern LETTERS = java.util.regex.Pattern.compile("\\p{L}.*\\p{L}|^\\p{L}$");

    static Box union(Box a, Box b) {
        return new Box(Math.min(a.x0(), b.x0()), Math.min(a.y0(), b.y0()), Math.max(a.x1(), b.x1()), Math.max(a.y1(), b.y1()));
    }
}
