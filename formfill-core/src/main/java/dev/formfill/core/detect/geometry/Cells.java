package dev.formfill.core.detect.geometry;

import dev.formfill.core.FieldType;
import java.util.ArrayList;
import java.util.List;

/**
 * Rules on the line structure: every horizontal segment is a possible floor; vertical segments
 * rising from it split it into columns; a column with a ceiling and both sides is a cell (empty →
 * a field filling it, label at its top or left → a field in the rest, square and alone → a
 * checkbox), an open column is a fill-in line (a field above it, as tall as a line of text).
 * Short or dotted separators inside a column make it a comb.
 */
final class Cells {

    /** A vertical rising less than this above a floor is a comb tick, not a cell side. */
    private static final double TICK_PT = 6;
    /** Ticks of an open comb rise at most this far (pt) above its rule. */
    private static final double OPEN_COMB_TICK_MAX_PT = 14;
    private static final double SIDE_SLACK = 2.0;
    /** How far a rounded corner may pull a box's straight edges in from its sides. */
    private static final double CORNER_PT = 6.0;
    private static final double MAX_CELL_PT = 400;
    static final double BOX_MIN = 5, BOX_MAX = 22;

    private final PageModel m;
    final List<Candidate> out = new ArrayList<>();
    /** Closed cells found (x0,y0,x1,y1) to keep fill-in lines off their top edges. */
    private final List<double[]> closed = new ArrayList<>();

    Cells(PageModel m) {
        this.m = m;
    }

    void run() {
        List<Object[]> open = new ArrayList<>(); // {Seg floor, xl, xr, ceiling or null}
        for (Seg f : m.hs) {
            if (f.length() < BOX_MIN - 0.5) {
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
                if (ceil != null && (left != null || right != null) && textLines(xl, ceil.pos(), xr, f.pos()) >= 3) {
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
            for (Object[] c : row) {
                double xl = (Double) c[0], xr = (Double) c[1];
                Seg ceil = (Seg) c[2];
                boolean closedCell = (Boolean) c[3], oneSide = (Boolean) c[4];
                boolean textRow = false;
                for (double pc : paragraphCeilings) {
                    textRow |= ceil != null && Math.abs(pc - ceil.pos()) <= 1.5;
                }
                if (ceil != null && (closedCell || (oneSide && textRow))) {
                    cell(f, ceil, xl, xr, rising, textRow);
                } else if (!textRow) {
                    open.add(new Object[] {f, xl, xr, ceil, 0});
                }
            }
        }
        for (Object[] o : open) {
            underline((Seg) o[0], (Double) o[1], (Double) o[2], (Seg) o[3], (Integer) o[4]);
        }
        promoteLoneSquares();
        dropHeaderCells();
        dropTextColumns();
        bottomLineOfTallCells();
    }

    /**
     * In a narrow column of cells (amounts, codes), a cell two or more rows tall next to a
     * multi-line item is written on its last line, level with the item's last line, as the
     * column's other cells are one row tall. Wide cells (remarks, addresses) keep their height.
     */
    private void bottomLineOfTallCells() {
        List<Candidate> cells = new ArrayList<>();
        for (Candidate c : out) {
            if (inColumn(c)) {
                cells.add(c);
            }
        }
        for (int i = 0; i < out.size(); i++) {
            Candidate c = out.get(i);
            if (!inColumn(c)) {
                continue;
            }
            List<Double> heights = new ArrayList<>();
            for (Candidate o : cells) {
                if (o != c && Math.abs(o.x1() - c.x1()) <= 1.5 && Math.abs(o.x0() - c.x0()) <= 0.5 * c.width()) {
                    heights.add(o.height());
                }
            }
            if (heights.size() < 3) {
                continue;
            }
            heights.sort(Double::compare);
            // one row: the lower quartile of the column, held by at least two cells
            double row = heights.get(heights.size() / 4);
            long alike = heights.stream().filter(x -> Math.abs(x - row) <= 0.1 * row).count();
            if (alike >= 2 && c.height() >= 1.45 * row && row >= 0.8 * m.bodySize) {
                out.set(i, new Candidate(c.type(), c.x0(), c.y1() - row, c.x1(), c.y1(), c.conf(), c.combCells(),
                        c.rule(), c.label()));
            }
        }
    }

    private static boolean inColumn(Candidate c) {
        return ("cell".equals(c.rule()) || "cell-right-of-label".equals(c.rule())) && c.width() <= MAX_AMOUNT_COLUMN_PT;
    }

    /** Text at least this many times the body size is a heading. */
    private static final double HEADING_SIZE = 1.2;
    /** An empty stretch at least this wide between the words of a one-line cell is a blank. */
    private static final double GAP_BLANK_PT = 45;
    /** Columns at most this wide hold amounts or codes, not free text. */
    private static final double MAX_AMOUNT_COLUMN_PT = 150;

    private void dropTextColumns() {
        List<Candidate> rights = new ArrayList<>();
        for (Candidate c : out) {
            if ("cell-right-of-label".equals(c.rule())) {
                rights.add(c);
            }
        }
        rights.sort((p, q) -> Double.compare(p.y0(), q.y0()));
        java.util.Set<Candidate> drop = new java.util.HashSet<>();
        for (int i = 0; i < rights.size(); i++) {
            List<Candidate> run = new ArrayList<>();
            run.add(rights.get(i));
            Candidate last = rights.get(i);
            for (int j = i + 1; j < rights.size(); j++) {
                Candidate n = rights.get(j);
                if (Math.abs(n.x1() - last.x1()) <= 2.5 && n.y0() - last.y1() <= 3 && n.y0() - last.y1() >= -1) {
                    run.add(n);
                    last = n;
                }
            }
            if (run.size() < 3) {
                continue;
            }
            boolean list = true;
            for (Candidate c : run) {
                String l = c.label().strip();
                list &= !l.endsWith(":") && c.height() <= 2.2 * m.bodySize + 3;
            }
            if (list) {
                drop.addAll(run);
            }
        }
        out.removeAll(drop);
    }

    /** A cell with a label whose column continues below in empty cells is a column header, not a field. */
    private void dropHeaderCells() {
        List<Candidate> bodies = new ArrayList<>();
        for (Candidate c : out) {
            if ("cell".equals(c.rule())) {
                bodies.add(c);
            }
        }
        List<Candidate> textHeaders = new ArrayList<>();
        for (Candidate c : out) {
            if ("cell-below-label".equals(c.rule()) && textCellBelow(c)) {
                textHeaders.add(c);
            }
        }
        out.removeIf(c -> {
            if (!"cell-right-of-label".equals(c.rule()) && !"cell-below-label".equals(c.rule())) {
                return false;
            }
            for (Candidate t : textHeaders) {
                if ("cell-below-label".equals(c.rule()) && Math.abs(t.y0() - c.y0()) <= 2 && Math.abs(t.y1() - c.y1()) <= 2) {
                    return true; // the header row of a table whose cells hold text (an address list)
                }
            }
            for (Candidate b : bodies) {
                if (Math.abs(b.y0() - c.y1()) <= 3 && Math.abs(b.x1() - c.x1()) <= 2.5
                        && b.x0() <= c.x0() + 2.5 && b.x0() >= c.x0() - (c.width() + 2 * c.height())) {
                    return true; // column header
                }
                if ("cell-right-of-label".equals(c.rule()) && hasWord(c.label()) && Math.abs(b.y0() - c.y0()) <= 2.5
                        && Math.abs(b.y1() - c.y1()) <= 2.5 && b.x0() >= c.x1() - 3 && b.x0() - c.x1() < 4) {
                    return true; // row header: the row's blanks are the empty cells beside it
                }
            }
            return false;
        });
    }

    /**
     * Whether the closed cell right under the candidate's cell, in the same column, holds two or
     * more lines of text and gave no field itself: the candidate's cell heads a column of text.
     */
    private boolean textCellBelow(Candidate c) {
        for (double[] b : closed) {
            if (Math.abs(b[1] - (c.y1() + 1)) > 3 || Math.abs(b[0] - (c.x0() - 1)) > 2.5 || Math.abs(b[2] - (c.x1() + 1)) > 2.5) {
                continue;
            }
            if (textLines(b[0], b[1], b[2], b[3]) < 2) {
                return false;
            }
            for (Candidate o : out) {
                if (o != c && o.x0() >= b[0] - 1 && o.x1() <= b[2] + 1 && o.y0() >= b[1] - 1 && o.y1() <= b[3] + 1) {
                    return false; // the cell below is a labelled blank: this is a form, not a text table
                }
            }
            return true;
        }
        return false;
    }

    private static boolean isSide(Seg v, Seg floor) {
        return !v.dashed() && floor.pos() - v.a() >= TICK_PT;
    }

    /** The nearest horizontal segment above the floor that spans the column. */
    private Seg ceiling(Seg f, double xl, double xr) {
        List<Seg> above = m.hIn(f.pos() - MAX_CELL_PT, f.pos() - 3);
        double need = Math.max(0.5 * (xr - xl), 0.9 * (xr - xl) - 2 * CORNER_PT);
        for (int i = above.size() - 1; i >= 0; i--) {
            Seg c = above.get(i);
            if (c.overlap(xl + 1, xr - 1) >= need) {
                return c;
            }
        }
        return null;
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
            if (Math.abs(v.pos() - x) <= SIDE_SLACK && usable
                    && v.overlap(ceil.pos(), f.pos()) >= Math.min(0.8 * span, span - 2 * CORNER_PT)) {
                return v;
            }
        }
        return null;
    }

    /** Number of distinct text lines inside a rectangle. */
    private int textLines(double x0, double y0, double x1, double y1) {
        List<Word> ws = m.wordsIn(x0, y0, x1, y1, 0.5);
        int lines = 0;
        double lastY = -1e9;
        List<Double> ys = new ArrayList<>();
        for (Word w : ws) {
            ys.add(w.cy());
        }
        ys.sort(Double::compare);
        for (double y : ys) {
            if (y - lastY > 0.6 * m.bodySize) {
                lines++;
                lastY = y;
            }
        }
        return lines;
    }

    private void cell(Seg f, Seg ceil, double xl, double xr, List<Seg> rising, boolean textRow) {
        double top = ceil.pos(), bottom = f.pos();
        double w = xr - xl, h = bottom - top;
        if (h < 4 || w * h > 0.3 * m.width * m.height) {
            return;
        }
        // inner structure means this is not one writing area
        for (Seg s : m.hIn(top + 2, bottom - 2)) {
            if (s.overlap(xl, xr) > 0.5 * w) {
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
        closed.add(new double[] {xl, top, xr, bottom});
        int comb = combCells(rising, f, xl, xr);
        List<Word> inside = m.wordsIn(xl, top, xr, bottom, 0.5);
        double fs = m.bodySize;
        if (m.ink != null && w > 6 && h > 6 && m.ink.fraction(xl + 2.5, top + 2.5, xr - 2.5, bottom - 2.5) > 0.01) {
            // An image page: text drawn in the image. A label along the top still leaves a blank below it.
            double y = bottom - 2.5;
            while (y - 1 > top + 2.5 && m.ink.fraction(xl + 2.5, y - 1, xr - 2.5, y) < 0.005) {
                y -= 1;
            }
            if (inside.isEmpty() && bottom - y >= Math.max(8, 0.9 * fs) && y - top <= 0.65 * h) {
                out.add(new Candidate(FieldType.TEXT_BOX, xl + 1, y + 0.5, xr - 1, bottom - 1, 0.55, 0, "cell-below-label",
                        ""));
            }
            return;
        }
        if (inside.isEmpty()) {
            boolean square = w <= BOX_MAX && h <= BOX_MAX && w >= BOX_MIN && h >= BOX_MIN
                    && Math.max(w, h) / Math.min(w, h) <= 1.4;
            if (square && comb == 0) {
                out.add(new Candidate(FieldType.CHOICE_BUTTON, xl, top, xr, bottom, 0.85, 0, "square", ""));
                return;
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
        if (bottom - wb >= Math.max(8, 0.9 * fs) && wb - top <= 0.65 * h) {
            out.add(new Candidate(FieldType.TEXT_BOX, xl + 1, wb + 0.5, xr - 1, bottom - 1, 0.6, comb, "cell-below-label",
                    label.toString()));
        } else if (xr - wr >= Math.max(30, 4 * fs) && h <= 3 * fs + 6 && wl - xl < 0.5 * w && !heading(inside)) {
            out.add(new Candidate(FieldType.TEXT_BOX, wr + 2, top + 1, xr - 1, bottom - 1, 0.5, comb, "cell-right-of-label",
                    lastGroup(inside, xl)));
            gapsBetweenWords(inside, top, bottom, fs);
        }
    }

    /**
     * A one-line cell that ends in a blank and has another wide empty stretch between its words
     * ("Signature of applicant ________ Date ______") has a blank in that stretch too, labelled
     * by the words before it. Cells whose text runs to the end (titles, notes) are not read so.
     */
    private void gapsBetweenWords(List<Word> inside, double top, double bottom, double fs) {
        List<List<Word>> groups = columnsOfWords(inside, Math.max(GAP_BLANK_PT, 6 * fs));
        for (int i = 0; i + 1 < groups.size(); i++) {
            List<Word> g = groups.get(i);
            double x0 = g.stream().mapToDouble(Word::x1).max().orElse(0) + 2;
            double x1 = groups.get(i + 1).stream().mapToDouble(Word::x0).min().orElse(0) - 2;
            Word last = g.stream().max((p, q) -> Double.compare(p.x1(), q.x1())).orElseThrow();
            if (bottom - top < Math.max(7, 0.8 * fs) || last.text().endsWith(".") && last.text().length() > 3) {
                continue; // no room for a line of text, or the gap follows a finished sentence
            }
            out.add(new Candidate(FieldType.TEXT_BOX, x0, top + 1, x1, bottom - 1, 0.5, 0, "cell-gap", text(g)));
        }
    }

    /** Words grouped by their extent along x: a new group starts after an empty stretch of {@code minGap}. */
    private static List<List<Word>> columnsOfWords(List<Word> inside, double minGap) {
        List<Word> ws = new ArrayList<>(inside);
        ws.sort((p, q) -> Double.compare(p.x0(), q.x0()));
        List<List<Word>> groups = new ArrayList<>();
        double reach = Double.NEGATIVE_INFINITY;
        for (Word wd : ws) {
            if (groups.isEmpty() || wd.x0() - reach - 4 >= minGap) {
                groups.add(new ArrayList<>());
            }
            groups.get(groups.size() - 1).add(wd);
            reach = Math.max(reach, wd.x1());
        }
        return groups;
    }

    /** Words in reading order: top line first, left to right. */
    private static String text(List<Word> ws) {
        List<Word> sorted = new ArrayList<>(ws);
        sorted.sort((p, q) -> Math.abs(p.cy() - q.cy()) > 0.5 * Math.max(p.size(), q.size())
                ? Double.compare(p.cy(), q.cy()) : Double.compare(p.x0(), q.x0()));
        StringBuilder sb = new StringBuilder();
        for (Word wd : sorted) {
            sb.append(sb.length() == 0 ? "" : " ").append(wd.text());
        }
        return sb.toString();
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
        return last.endsWith(":") ? text(ws) : "";
    }

    /** Whether the text holds a word of two or more letters (a "$" or "#" prefix is not a label). */
    private static boolean hasWord(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = Character.isLetter(text.charAt(i)) ? run + 1 : 0;
            if (run >= 2) {
                return true;
            }
        }
        return false;
    }

    /** Whether the words are set larger than the page's body text, as headings are and labels are not. */
    private boolean heading(List<Word> ws) {
        if (ws.isEmpty() || !hasWord(text(ws))) {
            return false;
        }
        double sum = 0;
        for (Word wd : ws) {
            sum += wd.size();
        }
        return sum / ws.size() >= HEADING_SIZE * m.bodySize;
    }

    /** The words after the cell's last wide gap: the label of the blank at its end. */
    private String lastGroup(List<Word> inside, double xl) {
        List<List<Word>> groups = columnsOfWords(inside, Math.max(GAP_BLANK_PT, 6 * m.bodySize));
        return text(groups.get(groups.size() - 1));
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

    private void underline(Seg f, double xl, double xr, Seg ceil, int comb) {
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
            if (wd.y1() >= f.pos() - 0.6 * wd.size() || wd.y1() - top > 0.5 * h) {
                taken.add(new double[] {wd.x0() - 2, wd.x1() + 2});
            } else {
                top = Math.max(top, wd.y1() + 0.5);
                above.add(wd);
            }
        }
        if (f.pos() - top < Math.max(6, 0.7 * fs)) {
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
            boolean underParagraph = covered(above, a, b) > 0.6 * (b - a) && textLines(a, ceiling, b, top) >= 2;
            boolean wholeRule = free.size() == 1 && a <= xl + 1 && b >= xr - 1;
            double[] hung = wholeRule ? hangingLabel(ceil, a, b, top, f.pos(), fs) : null;
            if (hung != null) {
                emitBand(f, a, b, hung);
            } else {
                emitLine(f, a, b, top, fs, underParagraph, comb);
            }
        }
    }

    /**
     * A band between two rules whose label hangs from the upper rule ("City" in small type at the
     * top left) with room to write below it: the blank is the whole band under the label. Text
     * centred in its row (a table of text) is not such a label, so the gap under the label must
     * clearly exceed the gap above it. Returns {top of the blank, label's left x} or null.
     */
    private double[] hangingLabel(Seg ceil, double a, double b, double top, double y, double fs) {
        if (ceil == null || ceil.pos() >= top - 2 || y - ceil.pos() > 6 * fs + 12 || b - a < 8 * fs
                || ceil.a() > a + 2 || ceil.b() < b - 2) {
            return null;
        }
        List<Word> ws = m.wordsIn(a - 40, ceil.pos() + 0.3, b + 40, top, 0.5);
        for (Word wd : ws) {
            if (wd.x0() < a - 1 || wd.x1() > b + 1) {
                return null; // text running past the band's ends is a text line, not its label
            }
        }
        if (ws.isEmpty()) {
            return null;
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

    /** Whether the word ending at x on this rule has another text line right above it (a paragraph's last line). */
    private boolean paragraphEndsAt(double x, double y, double fs) {
        List<Word> on = m.wordsIn(x - 6, y - 1.6 * fs, x + 0.5, y + 0.5, 0.01);
        on.removeIf(w -> w.x1() > x + 0.5 || w.y1() < y - 0.9 * Math.max(fs, w.size()));
        if (on.isEmpty()) {
            return false;
        }
        Word w = on.get(0);
        return !m.wordsIn(w.x0() - 20, w.y0() - 1.6 * w.size(), w.x1(), w.y0() - 0.2 * w.size(), 0.5).isEmpty();
    }

    private void emitLine(Seg f, double a, double b, double top, double fs, boolean underParagraph, int comb) {
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
        if (hasLeft && heading(lefts)) {
            return; // the space after a section heading ("Part II  Certification") is not a blank
        }
        for (Word wd : m.wordsIn(b - 2, band0, b + 40, band1, 0.5)) {
            if (wd.x0() >= b - 2 && wd.cy() >= band0 && wd.cy() <= band1) {
                if (right.isEmpty() && !hasLeft && heading(List.of(wd))) {
                    return; // the margin before a heading
                }
                right = right.isEmpty() ? wd.text() : right;
            }
        }
        StringBuilder belowText = new StringBuilder();
        for (Word wd : m.wordsIn(a, y + 0.5, b, y + 2.2 * fs, 0.6)) {
            belowText.append(belowText.length() == 0 ? "" : " ").append(wd.text());
        }
        below = belowText.toString();
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
        if (!hasLeft && b - a > 0.6 * m.width) {
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
        }
        if (f.thick() > 1.6) {
            conf *= 0.7;
        }
        if (onTopOfCell(a, b, y) && (!hasLeft || boxBelowReachesUnderLabel(a, b, y))) {
            return;
        }
        if (m.ink != null && f.dashed() && !m.wordsIn(a, y - 3, b, y - 1, 0.01).isEmpty()) {
            return; // on a scan, "dots" running through a recognised word are its letters
        }
        if (m.ink != null && m.wordsIn(a, y - 0.5, b, y + 0.5, 0.01).stream()
                .anyMatch(wd -> wd.y0() < y - 0.5 && wd.y1() > y + 1.5)) {
            return; // a recognised word straddles the "line": it is a stroke of its letters
        }
        if (m.ink != null && m.ink.fraction(a + 1, top + 1, b - 1, y - 1.5) > 0.03) {
            return; // on an image page, ink above the line is text standing on it, not a blank
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
     * Squares in a row that touch each other are character cells, not checkboxes: a long run (four
     * or more, e.g. a date or an account number) is one comb field, a short run one field per cell.
     */
    private void promoteLoneSquares() {
        List<Candidate> squares = new ArrayList<>();
        for (Candidate c : out) {
            if ("square".equals(c.rule())) {
                squares.add(c);
            }
        }
        squares.sort((p, q) -> p.y0() != q.y0() ? Double.compare(p.y0(), q.y0()) : Double.compare(p.x0(), q.x0()));
        List<List<Candidate>> runs = new ArrayList<>();
        for (Candidate c : squares) {
            List<Candidate> joined = null;
            for (List<Candidate> run : runs) {
                Candidate last = run.get(run.size() - 1);
                if (Math.abs(last.y0() - c.y0()) < 1.5 && Math.abs(last.y1() - c.y1()) < 1.5
                        && Math.abs(c.x0() - last.x1()) < 1.5) {
                    joined = run;
                    break;
                }
            }
            if (joined != null) {
                joined.add(c);
            } else {
                List<Candidate> run = new ArrayList<>();
                run.add(c);
                runs.add(run);
            }
        }
        for (List<Candidate> run : runs) {
            if (run.size() < 2) {
                continue;
            }
            out.removeAll(run);
            if (run.size() >= 4) {
                Candidate f = run.get(0), l = run.get(run.size() - 1);
                out.add(new Candidate(FieldType.TEXT_BOX, f.x0(), Math.min(f.y0(), l.y0()), l.x1(), Math.max(f.y1(), l.y1()),
                        0.65, run.size(), "char-comb", ""));
            } else {
                for (Candidate c : run) {
                    out.add(new Candidate(FieldType.TEXT_BOX, c.x0() + 1, c.y0() + 1, c.x1() - 1, c.y1() - 1, 0.6, 0,
                            "char-cell", ""));
                }
            }
        }
    }
}
