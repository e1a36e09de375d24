package dev.formfill.core.detect.geometry;

import dev.formfill.core.FieldType;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Passes over the finished cell candidates that need the whole table: touching squares become
 * character cells; struck-out lines, header cells and tables of text ({@link TextTables}) give no
 * blanks; tall cells in amount columns are written on their last line; a band under separate
 * captions is split between them.
 */
final class TableConventions {

    private final PageModel m;
    private final List<Candidate> out;
    private final List<double[]> closed;

    TableConventions(PageModel m, List<Candidate> out, List<double[]> closed) {
        this.m = m;
        this.out = out;
        this.closed = closed;
    }

    /** Applies the passes in order, editing the candidates in place. */
    void apply() {
        promoteLoneSquares();
        dropStruckOutRows();
        dropSectionBars();
        TextTables text = new TextTables(m, out, closed);
        text.dropRemainders();
        dropHeaderCells();
        text.dropColumnsOfItems();
        bottomLineOfTallCells();
        splitUnderCaptionGroups();
    }

    /** Rows of keys beside text that make a table of text (one such row is a form's instruction box). */
    private static final int TEXT_TABLE_ROWS = 3;

    /** A fill at most this light (0 black .. 1 white) is a dark tag with its text reversed out. */
    private static final double DARK_TAG = 0.4;

    /** A line-number box is at most this wide (pt). */
    private static final double MAX_NUMBER_BOX_PT = 40;

    /** Share of a label cell's width that the empty cells right under it fill when it heads them. */
    private static final double MIN_ROW_COVER = 0.6;

    /** Columns at most this wide hold amounts or codes, not free text. */
    private static final double MAX_AMOUNT_COLUMN_PT = 150;

    /** Captions over one blank are set this far apart at least (pt) to stand for separate blanks. */
    private static final double CAPTION_GAP_PT = 45;
    /** At most this many captions share one blank row. */
    private static final int CAPTION_GROUPS_MAX = 3;

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

    /**
     * An empty cell under a header cell whose captions stand in separate groups ("Signature of
     * client .......... Date") is one blank per caption: it is split midway between the groups,
     * each part labelled by its caption.
     */
    private void splitUnderCaptionGroups() {
        List<Candidate> split = new ArrayList<>();
        for (Iterator<Candidate> it = out.iterator(); it.hasNext(); ) {
            Candidate c = it.next();
            if (!"cell".equals(c.rule()) || c.type() != FieldType.TEXT_BOX || c.combCells() > 1 || c.conf() < 0.5) {
                continue;
            }
            List<List<Word>> groups = captionGroups(c);
            if (groups.size() < 2) {
                continue;
            }
            it.remove();
            double x0 = c.x0();
            for (int i = 0; i < groups.size(); i++) {
                double x1 = i + 1 < groups.size()
                        ? (right(groups.get(i)) + groups.get(i + 1).stream().mapToDouble(Word::x0).min().orElse(c.x1())) / 2
                        : c.x1();
                split.add(new Candidate(c.type(), x0, c.y0(), x1, c.y1(), c.conf(), 0, "cell-under-captions",
                        CellText.text(groups.get(i))));
                x0 = x1;
            }
        }
        out.addAll(split);
    }

    /** The caption groups of the header cell right above the candidate (same columns), or none. */
    private List<List<Word>> captionGroups(Candidate c) {
        for (double[] h : closed) {
            if (Math.abs(h[3] - c.y0()) > 2.5 || Math.abs(h[0] - c.x0()) > 3 || Math.abs(h[2] - c.x1()) > 3) {
                continue;
            }
            List<Word> words = m.wordsIn(h[0], h[1], h[2], h[3], 0.5);
            if (words.isEmpty() || CellText.lineRuns(words, 3).size() > CAPTION_GROUPS_MAX
                    || CellText.textLines(m, h[0], h[1], h[2], h[3]) > 1) {
                return List.of(); // one line of captions only, not a paragraph
            }
            List<List<Word>> groups = CellText.columnsOfWords(words, Math.max(CAPTION_GAP_PT, 6 * m.bodySize));
            return groups.size() <= CAPTION_GROUPS_MAX ? groups : List.of();
        }
        return List.of();
    }

    private static double right(List<Word> ws) {
        return ws.stream().mapToDouble(Word::x1).max().orElse(0);
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
        List<Candidate> keys = new ArrayList<>(); // row keys of a table of text: a column of them
        for (Candidate c : out) {
            if ("cell-below-label".equals(c.rule()) && textCellBeside(c)) {
                keys.add(c);
            }
        }
        out.removeIf(c -> keys.contains(c) && keys.stream()
                .filter(k -> Math.abs(k.x0() - c.x0()) <= 3 && Math.abs(k.x1() - c.x1()) <= 3)
                .map(k -> Math.round(k.y0())).distinct().count() >= TEXT_TABLE_ROWS); // rows, not repeated candidates
        out.removeIf(c -> {
            if (!"cell-right-of-label".equals(c.rule()) && !"cell-below-label".equals(c.rule())) {
                return false;
            }
            for (Candidate t : textHeaders) {
                if ("cell-below-label".equals(c.rule()) && Math.abs(t.y0() - c.y0()) <= 2 && Math.abs(t.y1() - c.y1()) <= 2) {
                    return true; // the header row of a table whose cells hold text (an address list)
                }
            }
            if ("cell-right-of-label".equals(c.rule()) && headsRowOfCells(c, bodies)) {
                return true; // "Social security number" over its digit boxes: the rest of its row is no blank
            }
            if ("cell-right-of-label".equals(c.rule()) && opensHeaderRow(c)) {
                return true; // "Income source | Yes | No" over rows of checkboxes: the first column's title
            }
            for (Candidate b : bodies) {
                if (Math.abs(b.y0() - c.y1()) <= 3 && Math.abs(b.x1() - c.x1()) <= 2.5
                        && b.x0() <= c.x0() + 2.5 && b.x0() >= c.x0() - (c.width() + 2 * c.height())) {
                    return true; // column header
                }
                if ("cell-right-of-label".equals(c.rule()) && CellText.hasWord(c.label()) && !OptionRemainders.asksWhat(c)
                        && Math.abs(b.y0() - c.y0()) <= 2.5
                        && Math.abs(b.y1() - c.y1()) <= 2.5 && b.x0() >= c.x1() - 3 && b.x0() - c.x1() < 4) {
                    return true; // row header: the row's blanks are the empty cells beside it ("Other" asks for one more)
                }
            }
            return false;
        });
    }

    /**
     * An empty cell whose row begins with a shaded, empty cell (a line number box greyed out) is
     * struck out: tax forms shade the number of a line that takes no entry. A shaded cell that
     * holds a label ("Name" on grey) strikes nothing out.
     */
    private void dropStruckOutRows() {
        out.removeIf(c -> "cell".equals(c.rule()) && c.type() == FieldType.TEXT_BOX && struckOut(c));
    }

    private boolean struckOut(Candidate c) {
        double[] own = cellHolding(c);
        if (own == null) {
            return false;
        }
        for (double[] n : m.shades) {
            // the row's own number box, not a shaded column running past it
            if (Math.abs(n[2] - own[0]) <= 2 && Math.abs(n[1] - own[1]) <= 2 && Math.abs(n[3] - own[3]) <= 2
                    && n[2] - n[0] <= MAX_NUMBER_BOX_PT && m.wordsIn(n[0], n[1], n[2], n[3], 0.5).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A row that opens with a dark tag ("Part II" reversed out of black) is a section's title bar:
     * the room after its title is no blank.
     */
    private void dropSectionBars() {
        out.removeIf(c -> "cell-right-of-label".equals(c.rule()) && opensWithDarkTag(c));
    }

    private boolean opensWithDarkTag(Candidate c) {
        double[] own = cellHolding(c);
        if (own == null) {
            return false;
        }
        for (double[] s : m.shades) {
            boolean tag = s.length > 4 && s[4] < DARK_TAG;
            // the tag inside the cell, or forming its left wall (a filled box's edges close the cell)
            boolean opens = s[0] >= own[0] - 3 || Math.abs(s[2] - own[0]) <= 3;
            boolean inRow = s[1] >= own[1] - 2 && s[3] <= own[3] + 2 && s[3] - s[1] >= 0.6 * (own[3] - own[1]);
            if (tag && opens && inRow && s[2] <= c.x0()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the candidate's cell opens a header row, the first row of its table: every other cell of
     * its row holds words (titles, not prompts ending in ':') and no
     * field (but the room beside a title over a column of blanks), and under at least one of them the
     * next row has an empty cell or a checkbox ("Income source | Yes | No" over "Wages | ☐ | ☐",
     * "Expense | Monthly amount" over "Rent | ⎵"). The room after the first column's title is no blank.
     */
    private boolean opensHeaderRow(Candidate c) {
        double[] h = cellHolding(c);
        if (h == null || c.label().strip().endsWith(":")) {
            return false; // "Email:" asks for what follows: a prompt, not a title
        }
        for (double[] r : closed) {
            if (Math.abs(r[3] - h[1]) <= 2.5 && Math.abs(r[0] - h[0]) <= 3 && Math.abs(r[2] - h[2]) <= 3) {
                return false; // a row under another of its column: the table's header is its first row
            }
        }
        boolean overFields = false;
        int titles = 0;
        for (double[] r : closed) {
            if (r == h || Math.abs(r[1] - h[1]) > 2.5 || Math.abs(r[3] - h[3]) > 2.5 || r[0] < h[2] - 3) {
                continue;
            }
            List<Word> title = m.wordsIn(r[0], r[1], r[2], r[3], 0.5);
            if (title.isEmpty() || CellText.text(title).strip().endsWith(":")
                    || out.stream().anyMatch(o -> centredIn(o, r) && !"cell-right-of-label".equals(o.rule()))) {
                return false; // an empty cell or a blank in the row: a row of the form, not of titles
            }
            titles++;
            double rowH = r[3] - r[1];
            boolean heads = false;
            for (Candidate o : out) {
                double cx = (o.x0() + o.x1()) / 2;
                boolean under = cx > r[0] && cx < r[2] && o.y0() >= r[3] - 1.5 && o.y0() <= r[3] + Math.max(rowH, 12);
                heads |= under && (o.type() == FieldType.CHOICE_BUTTON || "cell".equals(o.rule()));
            }
            if (!heads && out.stream().anyMatch(o -> centredIn(o, r))) {
                return false; // "Phone: …" over "City: …": a label with its room, heading nothing
            }
            overFields |= heads;
        }
        return titles > 0 && overFields;
    }

    private static boolean centredIn(Candidate o, double[] r) {
        double cx = (o.x0() + o.x1()) / 2, cy = (o.y0() + o.y1()) / 2;
        return cx > r[0] && cx < r[2] && cy > r[1] && cy < r[3];
    }

    /** The closed cell that holds the candidate, or null. */
    private double[] cellHolding(Candidate c) {
        for (double[] h : closed) {
            if (h[0] <= c.x0() + 1 && h[2] >= c.x1() - 1.5 && h[1] <= c.y0() + 1.5 && h[3] >= c.y1() - 1.5) {
                return h;
            }
        }
        return null;
    }

    /**
     * Whether the candidate's cell (label and space) sits right on a row of two or more empty cells
     * that together fill most of its width: the label heads them, as a column header does one.
     */
    private boolean headsRowOfCells(Candidate c, List<Candidate> bodies) {
        double[] h = cellHolding(c);
        if (h == null) {
            return false;
        }
        List<double[]> under = new ArrayList<>();
        for (Candidate b : bodies) {
            if (Math.abs(b.y0() - h[3]) <= 3 && b.x0() >= h[0] - 2.5 && b.x1() <= h[2] + 2.5) {
                under.add(new double[] {b.x0(), b.x1()});
            }
        }
        if (under.size() < 2) {
            return false;
        }
        under.sort((p, q) -> Double.compare(p[0], q[0]));
        double sum = 0, end = h[0];
        for (double[] u : under) {
            if (u[1] > end) {
                sum += u[1] - Math.max(end, u[0]);
                end = u[1];
            }
        }
        return sum >= MIN_ROW_COVER * (h[2] - h[0]);
    }

    /**
     * Whether the closed cell right under the candidate's cell, in the same column, holds three or
     * more lines of text and gave no field itself: the candidate's cell heads a column of text.
     */
    private boolean textCellBelow(Candidate c) {
        for (double[] b : closed) {
            if (Math.abs(b[1] - (c.y1() + 1)) > 3 || Math.abs(b[0] - (c.x0() - 1)) > 2.5 || Math.abs(b[2] - (c.x1() + 1)) > 2.5) {
                continue;
            }
            if (CellText.textLines(m, b[0], b[1], b[2], b[3]) < 3) {
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

    /**
     * Whether the closed cell right of the candidate's cell, in the same row, holds three or more
     * lines of text and gave no field itself: a row of a table of text ("Florida | First Coast Service
     * Options, P.O. Box 2525, Jacksonville"), where the space under the row's short key is no blank.
     * (A blank right of a long description, as amount columns are, is not touched, and one such
     * row alone is a form's blank beside an instruction box: the caller asks for a column of them.)
     */
    private boolean textCellBeside(Candidate c) {
        double top = c.y0(), bottom = c.y1() + 1, left = c.x0() - 1, right = c.x1() + 1;
        for (double[] b : closed) {
            if (b[3] < bottom - 2 || b[3] > bottom + 2 || b[1] > top || Math.abs(b[0] - right) > 3) {
                continue;
            }
            if (CellText.textLines(m, b[0], b[1], b[2], b[3]) < 3) {
                continue;
            }
            boolean field = false;
            for (Candidate o : out) {
                field |= o != c && o.x0() >= b[0] - 1 && o.x1() <= b[2] + 1 && o.y0() >= b[1] - 1 && o.y1() <= b[3] + 1;
            }
            if (!field) {
                return true;
            }
        }
        return false;
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
}
