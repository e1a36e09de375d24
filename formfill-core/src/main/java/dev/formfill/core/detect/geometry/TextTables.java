package dev.formfill.core.detect.geometry;

import java.util.ArrayList;
import java.util.List;

/**
 * Tables of text among the finished cell candidates: tables of instructions and lists of items,
 * whose cells are read, not filled. The room their texts leave in a cell is no blank.
 */
final class TextTables {

    /** A table of text has at least this many cells ... */
    private static final int TEXT_TABLE_CELLS = 6;
    /** ... and at least this share of them hold text and gave no blank ... */
    private static final double TEXT_TABLE_SHARE = 0.6;
    /** ... running over two lines or more in this many cells (a grid of one-word keys is a form's). */
    private static final int TEXT_TABLE_PARAGRAPHS = 2;

    /** Room under a text in a table of text up to this many lines tall is left over, not left to write in. */
    private static final double LEFTOVER_LINES = 1.6;

    private final PageModel m;
    private final List<Candidate> out;
    private final List<double[]> closed;

    TextTables(PageModel m, List<Candidate> out, List<double[]> closed) {
        this.m = m;
        this.out = out;
        this.closed = closed;
    }

    /**
     * A table whose cells mostly hold text and gave no blank is a table of instructions ("IF the
     * payment is for ... | THEN the payment is exempt for ..."): the space a short text leaves in its
     * cell, beside it or a line or so below it, is there because the row's other cell holds more
     * lines, not for writing. Empty cells keep their blanks, so does taller room under a caption
     * ("Port of Discharge" over room for the port), and a grid whose texts are one-line keys
     * ("Tel.", "Name") is a form's, however many of its cells hold text.
     */
    void dropRemainders() {
        for (List<double[]> table : tables()) {
            if (table.size() < TEXT_TABLE_CELLS) {
                continue;
            }
            int text = 0, paragraphs = 0;
            for (double[] c : table) {
                if (!m.wordsIn(c[0], c[1], c[2], c[3], 0.5).isEmpty() && !holdsCandidate(c)) {
                    text++;
                    paragraphs += CellText.textLines(m, c[0], c[1], c[2], c[3]) >= 2 ? 1 : 0;
                }
            }
            if (text < TEXT_TABLE_SHARE * table.size() || paragraphs < TEXT_TABLE_PARAGRAPHS) {
                continue;
            }
            out.removeIf(c -> ("cell-below-label".equals(c.rule()) && c.height() <= LEFTOVER_LINES * m.bodySize + 2
                    || "cell-right-of-label".equals(c.rule())) && table.stream().anyMatch(t -> holds(t, c)));
        }
    }

    /** Closed cells grouped into tables: cells that share a wall belong to one table. */
    private List<List<double[]>> tables() {
        int n = closed.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (shareWall(closed.get(i), closed.get(j))) {
                    parent[root(parent, i)] = root(parent, j);
                }
            }
        }
        java.util.Map<Integer, List<double[]>> groups = new java.util.LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(closed.get(i));
        }
        return new ArrayList<>(groups.values());
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static boolean shareWall(double[] a, double[] b) {
        double overlapY = Math.min(a[3], b[3]) - Math.max(a[1], b[1]);
        double overlapX = Math.min(a[2], b[2]) - Math.max(a[0], b[0]);
        return (Math.abs(a[2] - b[0]) <= 2 || Math.abs(a[0] - b[2]) <= 2) && overlapY > 2
                || (Math.abs(a[3] - b[1]) <= 2 || Math.abs(a[1] - b[3]) <= 2) && overlapX > 2;
    }

    private static boolean holds(double[] cell, Candidate c) {
        return c.x0() >= cell[0] - 1 && c.x1() <= cell[2] + 1 && c.y0() >= cell[1] - 1 && c.y1() <= cell[3] + 1;
    }

    private boolean holdsCandidate(double[] cell) {
        for (Candidate o : out) {
            if (holds(cell, o)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Three or more "cell-right-of-label" blanks stacked in one column whose labels are plain items
     * (no colon, a line or two tall) are a list of items, not prompts.
     */
    void dropColumnsOfItems() {
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
}
