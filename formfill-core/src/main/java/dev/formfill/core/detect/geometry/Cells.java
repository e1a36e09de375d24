package dev.formfill.core.detect.geometry;

import dev.formfill.core.FieldType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rules on the line structure: every horizontal segment is a possible floor; vertical segments
 * rising from it split it into columns; a column with a ceiling and both sides is a cell (empty →
 * a field filling it, label at its top or left → a field in the rest, square and alone → a
 * checkbox), an open column is a fill-in line ({@link FillInLines}). Short or dotted separators
 * inside a column make it a comb. Passes that need the whole table run last
 * ({@link TableConventions}).
 */
final class Cells {

    /** A vertical rising less than this above a floor is a comb tick, not a cell side. */
    private static final double TICK_PT = 6;
    /** Ticks of an open comb rise at most this far (pt) above its rule; sides a line of writing tall make character cells. */
    private static final double OPEN_COMB_TICK_MAX_PT = 12;
    private static final double SIDE_SLACK = 2.0;
    /** How far a rounded corner may pull a box's straight edges in from its sides. */
    private static final double CORNER_PT = 6.0;
    private static final double MAX_CELL_PT = 400;
    /**
     * A rule across a cell less than 2 pt but more than this (pt) above its floor that runs on past the
     * floor's end is another shape's edge and the cell's real floor: a row of character cells whose floor
     * runs just over the top of the box below it.
     */
    private static final double DOUBLED_FLOOR_PT = 0.5;
    /**
     * Sides (pt) of a square that can be a checkbox. Authors' checkbox widgets reach 19 pt; a larger
     * square (22 x 18 beside "Dependents on 6c") is a box for a number.
     */
    static final double BOX_MIN = 5, BOX_MAX = 20;
    /** A cell narrower than this (pt) holds no handwritten character, so it is no text field. */
    static final double NARROWEST_TEXT_CELL = 8;
    /** An open-top cell whose sides differ in height is at least this tall and wide (pt) ... */
    private static final double UNEVEN_CELL_MIN_PT = 11;
    /** ... and at most this many times as wide as its shorter side is tall. */
    private static final double UNEVEN_CELL_MAX_RATIO = 3;
    /** Cells open at the top (character cells, a row between the sides of its neighbours) are at most this tall (pt). */
    private static final double OPEN_CELL_MAX_PT = 36;

    private final PageModel m;
    final List<Candidate> out = new ArrayList<>();
    /** Closed cells found (x0,y0,x1,y1) to keep fill-in lines off their top edges. */
    private final List<double[]> closed = new ArrayList<>();

    /** The closed cells found by {@link #run()}, as {x0, y0, x1, y1} in points. */
    List<double[]> closedCells() {
        return closed;
    }

    Cells(PageModel m) {
        this.m = m;
    }

    void run() {
        List<Object[]> open = new ArrayList<>(); // {Seg floor, xl, xr, ceiling or null}
        for (Seg f : m.hs) {
            if (f.length() < BOX_MIN - 0.5 || StrayShapes.leaderArm(m, f)) {
                continue;
            }
            List<Seg> rising = new ArrayList<>();
            for (Seg v : m.vIn(f.a() - SIDE_SLACK, f.b() + SIDE_SLACK)) {
                if (v.a() < f.pos() - 2 && v.b() > f.pos() - SIDE_SLACK) {
                    rising.add(v);
                }
            }
            // Column boundaries: the floor's ends (moved onto a side just beyond a rounded corner) and the sides rising from it.
            double start = f.a(), end = f.b();
            for (Seg v : m.vIn(f.a() - CORNER_PT, f.a() + SIDE_SLACK)) {
                if (isSide(v, f) && v.a() < f.pos() - 2 && v.b() > f.pos() - CORNER_PT) {
                    start = v.pos();
                    rising.add(v);
                    break;
                }
            }
            for (Seg v : m.vIn(f.b() - SIDE_SLACK, f.b() + CORNER_PT)) {
                if (isSide(v, f) && v.a() < f.pos() - 2 && v.b() > f.pos() - CORNER_PT) {
                    end = v.pos();
                    rising.add(v);
                }
            }
            int openComb = openCombCells(f, rising, start, end, ceiling(f, start, end));
            if (openComb > 0) {
                open.add(new Object[] {f, start, end, ceiling(f, start, end), openComb});
                continue;
            }
            List<Double> xs = new ArrayList<>();
            xs.add(start);
            for (Seg v : rising) {
                if (isSide(v, f) && v.pos() > start + SIDE_SLACK && v.pos() < end - SIDE_SLACK
                        && v.pos() - xs.get(xs.size() - 1) > SIDE_SLACK) {
                    xs.add(v.pos());
                }
            }
            if (end - xs.get(xs.size() - 1) > SIDE_SLACK) {
                xs.add(end);
            }
            // A row in which some column holds a paragraph is an instruction table: its blanks are layout, not fields.
            List<Object[]> row = new ArrayList<>();
            List<Double> paragraphCeilings = new ArrayList<>();
            for (int i = 0; i + 1 < xs.size(); i++) {
                double xl = xs.get(i), xr = xs.get(i + 1);
                if (xr - xl < BOX_MIN - 0.5) {
                    continue;
                }
                Seg ceil = ceiling(f, xl, xr);
                Seg left = side(rising, f, xl, ceil, i == 0), right = side(rising, f, xr, ceil, i + 2 == xs.size());
                if (ceil != null && (left != null || right != null) && CellText.textLines(m, xl, ceil.pos(), xr, f.pos()) >= 3
                        && !endsInCheckbox(xl, ceil.pos(), xr, f.pos())) { // "Check here if … ☐" is an option, not instructions
                    paragraphCeilings.add(ceil.pos());
                }
                // A table's last column may be open at the page side: floor and ceiling ending together close it.
                boolean closed = left != null && right != null;
                if (!closed && ceil != null && (left != null || right != null)) {
                    boolean openRightEnds = right == null && i + 2 == xs.size() && Math.abs(ceil.b() - f.b()) <= 3;
                    boolean openLeftEnds = left == null && i == 0 && Math.abs(ceil.a() - f.a()) <= 3;
                    closed = openRightEnds || openLeftEnds;
                }
                row.add(new Object[] {xl, xr, ceil, closed, left != null || right != null});
            }
            Seg prevRim = null;
            for (int k = 0; k < row.size(); k++) {
                Object[] c = row.get(k);
                double xl = (Double) c[0], xr = (Double) c[1];
                Seg ceil = (Seg) c[2];
                boolean closedCell = (Boolean) c[3], oneSide = (Boolean) c[4];
                boolean textRow = false;
                for (double pc : paragraphCeilings) {
                    textRow |= ceil != null && Math.abs(pc - ceil.pos()) <= 1.5;
                }
                Seg rim = closedCell ? null : openTop(f, rising, xl, xr);
                if (rim == null && !closedCell && k + 1 == row.size()) {
                    rim = centsAtEnd(f, prevRim, xl, xr);
                }
                prevRim = rim;
                if (ceil != null && !closedCell && textRow && (m.typed.contains(f) || labelledLine(f))) {
                    open.add(new Object[] {f, xl, xr, ceil, 0}); // "Address: ____" in a cell of text
                } else if (ceil != null && (closedCell || (oneSide && textRow))) {
                    cell(f, ceil, xl, xr, rising, textRow, false);
                } else if (rim != null) {
                    cell(f, rim, xl, xr, rising, false, true);
                } else if (!textRow) {
                    open.add(new Object[] {f, xl, xr, ceil, 0});
                }
            }
        }
        FillInLines lines = new FillInLines(m, out, closed);
        for (Object[] o : open) {
            lines.underline((Seg) o[0], (Double) o[1], (Double) o[2], (Seg) o[3], (Integer) o[4]);
        }
        new TableConventions(m, out, closed).apply();
    }
    /**
     * Whether the cell's only text is a caption in parentheses hanging right under its top rule,
     * short of the cell's left side ("(county, city, state)" under a fill-in line): it names the line
     * above, and the space under it is not a blank.
     */
    private static boolean captionUnderCeiling(List<Word> inside, double top, double xl, double xr, double fs) {
        if (inside.isEmpty()) {
            return false;
        }
        String text = CellText.text(inside);
        double wt = inside.stream().mapToDouble(Word::y0).min().orElse(top);
        double wl = inside.stream().mapToDouble(Word::x0).min().orElse(xl);
        return text.startsWith("(") && text.endsWith(")") && wt - top <= 0.6 * fs && wl - xl > 0.15 * (xr - xl)
                && CellText.lineRuns(inside, 3).size() == 1;
    }

    /** Whether a label ends right where the floor starts, on its line ("Address: ____"): a fill-in line. */
    private boolean labelledLine(Seg f) {
        double fs = m.bodySize;
        for (Word w : m.wordsIn(f.a() - 3 * fs, f.pos() - 1.6 * fs, f.a() + 1, f.pos() + 0.5 * fs, 0.5)) {
            if (w.x1() <= f.a() + 1 && f.a() - w.x1() <= fs && w.cy() < f.pos() && w.y1() > f.pos() - 0.6 * fs) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a small drawn square stands at the area's right edge, after its text ("Check here if …
     * ☐"; its sides split the row's columns there): a short vertical (a checkbox's side) at the edge,
     * with another as far to its right as it is tall (the other side, which may run on as a wall).
     */
    private boolean endsInCheckbox(double x0, double y0, double x1, double y1) {
        for (Seg a : m.vIn(x0, x1)) {
            double side = a.length();
            if (side < BOX_MIN || side > BOX_MAX || a.a() < y0 || a.b() > y1 || a.pos() < x1 - SIDE_SLACK) {
                continue;
            }
            for (Seg b : m.vIn(a.pos() + side - SIDE_SLACK, a.pos() + side + SIDE_SLACK)) {
                if (b.a() <= a.a() + SIDE_SLACK && b.b() >= a.b() - SIDE_SLACK) {
                    return true;
                }
            }
        }
        return false;
    }

    /** An empty stretch at least this wide between the words of a one-line cell is a blank. */
    private static final double GAP_BLANK_PT = 45;

    private static boolean isSide(Seg v, Seg floor) {
        return !v.dashed() && floor.pos() - v.a() >= TICK_PT;
    }

    /** The cell's top edge over the column, or null ({@link Ceilings#over}). */
    private Seg ceiling(Seg f, double xl, double xr) {
        return Ceilings.over(m, f, xl, xr, MAX_CELL_PT, CORNER_PT);
    }

    /** A side rising from the floor at x that reaches (most of the way to) the ceiling. */
    private static Seg side(List<Seg> rising, Seg f, double x, Seg ceil, boolean end) {
        if (ceil == null) {
            return null;
        }
        double span = f.pos() - ceil.pos();
        for (Seg v : rising) {
            // a dotted side closes a cell only at the end of its floor (dotted grids of comb fields)
            boolean usable = !v.dashed() || end;
            // a side stopping short of the ceiling reaches it only round a corner, where the ceiling ends too
            boolean meets = v.a() <= ceil.pos() + SIDE_SLACK
                    || Math.min(Math.abs(ceil.a() - x), Math.abs(ceil.b() - x)) <= CORNER_PT;
            if (Math.abs(v.pos() - x) <= SIDE_SLACK && usable && meets
                    && v.overlap(ceil.pos(), f.pos()) >= Math.min(0.8 * span, span - 2 * CORNER_PT)) {
                return v;
            }
        }
        return null;
    }

    /**
     * A cell open at the top: both sides rise from the floor to the same height, no taller than a
     * line or two of writing, and nothing closes it — a character cell ("|_|") or a band between
     * the sides of its neighbours. Returns the imaginary rim joining their tops.
     */
    private static Seg openTop(Seg f, List<Seg> rising, double xl, double xr) {
        Seg left = null, right = null;
        for (Seg v : rising) {
            if (isSide(v, f) && v.b() >= f.pos() - SIDE_SLACK) {
                if (Math.abs(v.pos() - xl) <= SIDE_SLACK) {
                    left = v;
                } else if (Math.abs(v.pos() - xr) <= SIDE_SLACK) {
                    right = v;
                }
            }
        }
        if (left == null || right == null || f.pos() - Math.max(left.a(), right.a()) > OPEN_CELL_MAX_PT) {
            return null;
        }
        // sides of one height bound a row between its neighbours; a short side beside a taller wall (the cents
        // cell beside an amount column's rule) does when it is a line of writing tall and the cell a small one
        double low = f.pos() - Math.max(left.a(), right.a());
        if (Math.abs(left.a() - right.a()) > SIDE_SLACK
                && (low < UNEVEN_CELL_MIN_PT || xr - xl < UNEVEN_CELL_MIN_PT || xr - xl > UNEVEN_CELL_MAX_RATIO * low)) {
            return null;
        }
        return new Seg(true, Math.max(left.a(), right.a()), xl, xr, 0, false);
    }

    /**
     * The last column of a floor, open at its top and at the floor's end, beside an open-top cell of the row
     * (the cents of an amount in the page's right-hand column, which has no rule on its right): the rim of
     * the cell beside it closes it too, when it is a small cell a line of writing tall. Null otherwise.
     */
    private static Seg centsAtEnd(Seg f, Seg prevRim, double xl, double xr) {
        if (prevRim == null || Math.abs(prevRim.b() - xl) > SIDE_SLACK || Math.abs(xr - f.b()) > 1) {
            return null;
        }
        double low = f.pos() - prevRim.pos();
        if (low < UNEVEN_CELL_MIN_PT || xr - xl < UNEVEN_CELL_MIN_PT || xr - xl > UNEVEN_CELL_MAX_RATIO * low) {
            return null;
        }
        return new Seg(true, prevRim.pos(), xl, xr, 0, false);
    }

    /** A label with its blank after it starts within this fraction of the cell's width from its left side. */
    private static final double LABEL_INDENT = 0.15;

    private void cell(Seg f, Seg ceil, double xl, double xr, List<Seg> rising, boolean textRow, boolean openTop) {
        double top = ceil.pos(), bottom = f.pos();
        double w = xr - xl, h = bottom - top;
        if (h < 4 || w * h > 0.3 * m.width * m.height) {
            return;
        }
        // inner structure means this is not one writing area
        for (Seg s : m.hIn(top + 2, bottom - DOUBLED_FLOOR_PT)) {
            boolean doubling = s.pos() > bottom - 2; // another shape's edge just above the floor
            if (doubling && m.ink != null) {
                continue; // on scans a rule's edges wander by a point or two
            }
            if (s.overlap(xl, xr) > 0.5 * w && (!doubling || s.a() < f.a() - 2 || s.b() > f.b() + 2)) {
                return;
            }
        }
        for (Seg v : m.vIn(xl + 2, xr - 2)) {
            if (!v.dashed() && v.overlap(top, bottom) > 0.8 * h) {
                return;
            }
        }
        if (m.shaded(xl, top, xr, bottom)) {
            return;
        }
        List<Word> inside = m.wordsIn(xl, top, xr, bottom, 0.5);
        double fs = m.bodySize;
        if (inside.isEmpty() && h < Math.max(6, 0.55 * fs) && w > BOX_MAX) {
            return; // a sliver between drawn shapes: no cell, and no top for a fill-in line to stand on
        }
        if (captionUnderCeiling(inside, top, xl, xr, fs)) {
            return; // "(FUTA Liaison)" printed under a line names that line: no cell below it
        }
        closed.add(new double[] {xl, top, xr, bottom});
        int comb = combCells(rising, f, xl, xr);
        if (m.ink != null && w > 6 && h > 6 && m.ink.fraction(xl + 2.5, top + 2.5, xr - 2.5, bottom - 2.5) > 0.01) {
            if (inside.isEmpty()) {
                InkCells.read(m.ink, xl, top, xr, bottom, fs, out); // text drawn in the image, not in the text layer
            }
            return;
        }
        if (inside.isEmpty()) {
            boolean square = w <= BOX_MAX && h <= BOX_MAX && w >= BOX_MIN && h >= BOX_MIN
                    && Math.max(w, h) / Math.min(w, h) <= 1.4;
            if (square && comb == 0 && !openTop) { // an open-top cell is a character cell, never a checkbox
                out.add(new Candidate(FieldType.CHOICE_BUTTON, xl, top, xr, bottom, 0.85, 0, "square", ""));
                return;
            }
            if (w < NARROWEST_TEXT_CELL) {
                return; // no room for a written character: a letter's counter on a scan, or a gap between shapes
            }
            if (StrayShapes.besideFloatingBox(m, rising, f, xl) || StrayShapes.besideFloatingBox(m, rising, f, xr)) {
                return; // the room beside a checkbox in its table cell ("✓ if qualifying child ☐")
            }
            double conf = 0.8;
            if (h > 8 * fs || w < 2 * fs) {
                conf = 0.55;
            }
            if (h < 0.8 * fs) {
                conf = 0.35;
            }
            if (h < Math.max(6, 0.55 * fs)) {
                return; // a sliver between drawn shapes: no line of text fits
            }
            if (textRow) {
                conf = Math.min(conf, 0.3);
            }
            double in = Math.min(1, Math.min(w, h) * 0.05);
            out.add(new Candidate(FieldType.TEXT_BOX, xl + in, top + in, xr - in, bottom - in, conf, comb, "cell", ""));
            return;
        }
        if (textRow) {
            return;
        }
        double wt = Double.MAX_VALUE, wb = 0, wl = Double.MAX_VALUE, wr = 0;
        StringBuilder label = new StringBuilder();
        for (Word wd : inside) {
            wt = Math.min(wt, wd.y0());
            wb = Math.max(wb, wd.y1());
            wl = Math.min(wl, wd.x0());
            wr = Math.max(wr, wd.x1());
            label.append(label.length() == 0 ? "" : " ").append(wd.text());
        }
        if (CellText.listItem(inside)) {
            return; // "• Corporation": a list in a table of instructions, whose cells are read, not filled
        }
        if (bottom - wb >= Math.max(8, 0.9 * fs) && wb - top <= 0.65 * h) {
            List<Candidate> perColumn = Ceilings.blanksUnder(m, ceil, xl, xr, inside, bottom, comb);
            if (!perColumn.isEmpty()) {
                out.addAll(perColumn);
                return;
            }
            out.add(new Candidate(FieldType.TEXT_BOX, xl + 1, wb + 0.5, xr - 1, bottom - 1, 0.6, comb, "cell-below-label",
                    label.toString()));
        } else {
            // a printed ending at the cell's right end (".00", "%") closes the blank, as the wall would
            List<Word> ending = ending(inside, xr, fs);
            double end = ending.isEmpty() ? xr : ending.stream().mapToDouble(Word::x0).min().orElse(xr) - 1;
            if (ending.size() == inside.size()) {
                if (end - xl >= Math.max(30, 4 * fs) && h <= 3 * fs + 6) {
                    // "[________ %]": an empty cell but for the unit at its end
                    out.add(new Candidate(FieldType.TEXT_BOX, xl + 1, top + 1, end - 1, bottom - 1, 0.6, comb, "cell", ""));
                }
                return;
            }
            if (!ending.isEmpty()) {
                inside = new ArrayList<>(inside);
                inside.removeAll(ending);
                wr = inside.stream().mapToDouble(Word::x1).max().orElse(wr);
            }
            if (end - wr >= Math.max(30, 4 * fs) && h <= 3 * fs + 6 && wl - xl < Math.max(8, LABEL_INDENT * w)
                    && !CellText.heading(m, inside) && !CellText.endsSentence(inside)) {
                // a label set at the cell's left runs on into its blank (words centred in the cell are a column's
                // header, with margins either side); "Partnership." ends an entry
                out.add(new Candidate(FieldType.TEXT_BOX, wr + 2, top + 1, end - 1, bottom - 1, 0.5, comb,
                        "cell-right-of-label", lastGroup(inside, xl)));
                gapsBetweenWords(inside, top, bottom, fs);
            }
        }
    }

    /** Endings printed after an amount or a rate: the cents already written, a per cent sign. */
    private static final Pattern ENDING = Pattern.compile("[.,]?00|%|‰|¢");

    /**
     * The words of the cell's last group when it is a printed ending (".00", "%") standing at the
     * cell's right end (after a wide gap when other words come first), else none.
     */
    private List<Word> ending(List<Word> inside, double xr, double fs) {
        List<List<Word>> groups = CellText.columnsOfWords(inside, Math.max(GAP_BLANK_PT, 6 * fs));
        List<Word> last = groups.get(groups.size() - 1);
        double x1 = last.stream().mapToDouble(Word::x1).max().orElse(0);
        if (xr - x1 > Math.max(8, fs) || !ENDING.matcher(CellText.text(last).strip()).matches()) {
            return List.of();
        }
        return last;
    }

    /**
     * A one-line cell that ends in a blank and has another wide empty stretch between its words
     * ("Signature of applicant ________ Date ______") has a blank in that stretch too, labelled
     * by the words before it. Cells whose text runs to the end (titles, notes) are not read so.
     */
    private void gapsBetweenWords(List<Word> inside, double top, double bottom, double fs) {
        List<List<Word>> groups = CellText.columnsOfWords(inside, Math.max(GAP_BLANK_PT, 6 * fs));
        for (int i = 0; i + 1 < groups.size(); i++) {
            List<Word> g = groups.get(i);
            double x0 = g.stream().mapToDouble(Word::x1).max().orElse(0) + 2;
            double x1 = groups.get(i + 1).stream().mapToDouble(Word::x0).min().orElse(0) - 2;
            Word last = g.stream().max((p, q) -> Double.compare(p.x1(), q.x1())).orElseThrow();
            if (bottom - top < Math.max(7, 0.8 * fs) || last.text().endsWith(".") && last.text().length() > 3) {
                continue; // no room for a line of text, or the gap follows a finished sentence
            }
            out.add(new Candidate(FieldType.TEXT_BOX, x0, top + 1, x1, bottom - 1, 0.5, 0, "cell-gap", CellText.text(g)));
        }
    }

    /** The words after the cell's last wide gap: the label of the blank at its end. */
    private String lastGroup(List<Word> inside, double xl) {
        List<List<Word>> groups = CellText.columnsOfWords(inside, Math.max(GAP_BLANK_PT, 6 * m.bodySize));
        return CellText.text(groups.get(groups.size() - 1));
    }

    /** Cells of a comb: ticks or dotted separators inside [xl,xr] at a regular pitch. */
    private static int combCells(List<Seg> rising, Seg f, double xl, double xr) {
        List<Double> xs = new ArrayList<>();
        for (Seg v : rising) {
            if (v.pos() > xl + SIDE_SLACK && v.pos() < xr - SIDE_SLACK && (v.dashed() || f.pos() - v.a() < TICK_PT)) {
                if (xs.isEmpty() || v.pos() - xs.get(xs.size() - 1) > 1.5) {
                    xs.add(v.pos());
                }
            }
        }
        if (xs.size() < 2) {
            return 0;
        }
        double pitch = (xs.get(xs.size() - 1) - xs.get(0)) / (xs.size() - 1);
        if (pitch < 4 || pitch > 40) {
            return 0;
        }
        int n = (int) Math.round((xr - xl) / pitch);
        return Math.max(n, xs.size() + 1);
    }

    /**
     * An open comb: a rule with short ticks rising from it at a steady pitch ("N° : |_|_|_|_|") and
     * nothing taller standing on it. Returns the number of character cells, or 0.
     */
    private static int openCombCells(Seg f, List<Seg> rising, double start, double end, Seg ceil) {
        List<Double> ticks = new ArrayList<>();
        for (Seg v : rising) {
            double height = f.pos() - v.a();
            if (v.pos() <= start + SIDE_SLACK || v.pos() >= end - SIDE_SLACK) {
                continue;
            }
            if (height > OPEN_COMB_TICK_MAX_PT || v.b() < f.pos() - 1.5) {
                return 0; // a real side or a line not standing on the rule
            }
            if (ceil != null && v.a() <= ceil.pos() + 1.5) {
                return 0; // the separators reach a rule above: a closed row of cells
            }
            if (ticks.isEmpty() || v.pos() - ticks.get(ticks.size() - 1) > 1.5) {
                ticks.add(v.pos());
            }
        }
        if (ticks.size() < 3) {
            return 0;
        }
        double min = Double.MAX_VALUE, max = 0;
        for (int i = 1; i < ticks.size(); i++) {
            double d = ticks.get(i) - ticks.get(i - 1);
            min = Math.min(min, d);
            max = Math.max(max, d);
        }
        if (min < 4 || max > 1.6 * min || max > 40) {
            return 0;
        }
        return (int) Math.round((end - start) / ((ticks.get(ticks.size() - 1) - ticks.get(0)) / (ticks.size() - 1)));
    }
}
