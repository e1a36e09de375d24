package dev.formfill.core.detect.geometry;

import java.util.ArrayList;
import java.util.List;

/** Reading the words inside a cell or beside a line: their text, lines, column groups, headings. */
final class CellText {

    private CellText() {
    }

    /** Text at least this many times the body size is a heading. */
    static final double HEADING_SIZE = 1.2;

    /** Words in reading order: top line first, left to right. */
    static String text(List<Word> ws) {
        List<Word> sorted = new ArrayList<>(ws);
        sorted.sort((p, q) -> Math.abs(p.cy() - q.cy()) > 0.5 * Math.max(p.size(), q.size())
                ? Double.compare(p.cy(), q.cy()) : Double.compare(p.x0(), q.x0()));
        StringBuilder sb = new StringBuilder();
        for (Word wd : sorted) {
            sb.append(sb.length() == 0 ? "" : " ").append(wd.text());
        }
        return sb.toString();
    }

    /** Whether the text holds a word of two or more letters (a "$" or "#" prefix is not a label). */
    static boolean hasWord(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = Character.isLetter(text.charAt(i)) ? run + 1 : 0;
            if (run >= 2) {
                return true;
            }
        }
        return false;
    }

    /** Words grouped by their extent along x: a new group starts after an empty stretch of {@code minGap}. */
    static List<List<Word>> columnsOfWords(List<Word> inside, double minGap) {
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

    /**
     * Words grouped into runs along one text line: the same top (within 2 pt) and gaps under
     * {@code gapEms} times the next word's size. Runs are in reading order, top to bottom.
     */
    static List<List<Word>> lineRuns(List<Word> words, double gapEms) {
        List<Word> ws = readingOrder(words);
        List<List<Word>> out = new ArrayList<>();
        List<Word> cur = null;
        for (Word w : ws) {
            Word prev = cur == null ? null : cur.get(cur.size() - 1);
            if (prev != null && Math.abs(prev.y0() - w.y0()) <= 2 && w.x0() - prev.x1() < gapEms * w.size()) {
                cur.add(w);
            } else {
                cur = new ArrayList<>();
                cur.add(w);
                out.add(cur);
            }
        }
        return out;
    }

    /** Number of distinct text lines inside a rectangle. */
    static int textLines(PageModel m, double x0, double y0, double x1, double y1) {
        List<Word> ws = m.wordsIn(x0, y0, x1, y1, 0.5);
        if (ws.isEmpty() && m.ink != null) {
            return inkLines(m.ink, x0, y0, x1, y1);
        }
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

    /** A sentence ends in a word of at least this many letters and a period; shorter ones are abbreviations ("Tel.", "Apt. no."). */
    private static final int SENTENCE_END_LETTERS = 6;

    /** Whether the words of a cell start with a bullet: an item of a list, not a field's label. */
    static boolean listItem(List<Word> ws) {
        String first = readingOrder(ws).get(0).text();
        return first.startsWith("•") || first.startsWith("▪") || first.startsWith("◦");
    }

    /** Whether the words of a cell end a sentence: a long last word and a period ("Partnership."). */
    static boolean endsSentence(List<Word> ws) {
        List<Word> sorted = readingOrder(ws);
        String last = sorted.get(sorted.size() - 1).text();
        return last.endsWith(".") && last.chars().filter(Character::isLetter).count() >= SENTENCE_END_LETTERS;
    }

    /** The words top to bottom, and left to right along a line (tops within 2 pt). */
    private static List<Word> readingOrder(List<Word> ws) {
        List<Word> sorted = new ArrayList<>(ws);
        sorted.sort((p, q) -> Math.abs(p.y0() - q.y0()) > 2 ? Double.compare(p.y0(), q.y0()) : Double.compare(p.x0(), q.x0()));
        return sorted;
    }

    /** Ink this tall (pt) at least is a line of text; thinner bands are rules or specks. */
    private static final double INK_LINE_MIN_PT = 2.5;
    /** A row holding less than this fraction of the ink of its line's densest row is the gap after the line. */
    private static final double LINE_GAP = 0.3;

    /**
     * Lines of text drawn in the image of an image page (no text layer): bands of rows holding ink, parted
     * by rows with far less ink than the line above them, inside the rectangle less a border's width.
     */
    static int inkLines(PageModel.Ink ink, double x0, double y0, double x1, double y1) {
        // Lines set close touch: descenders and ascenders fill the gap between them with a little ink. A line
        // ends where its rows fall well below its densest row, and the next starts where they rise again.
        int lines = 0;
        double start = -1, densest = 0, valley = 0;
        boolean inLine = false;
        double y = y0 + 2.5;
        for (; y + 0.5 <= y1 - 2.5; y += 0.5) {
            double f = ink.fraction(x0 + 2.5, y, x1 - 2.5, y + 0.5);
            if (inLine && f < LINE_GAP * densest) {
                lines += y - start >= INK_LINE_MIN_PT ? 1 : 0;
                inLine = false;
                valley = f;
            } else if (!inLine && f > PageModel.INKED && (start < 0 || f > 2 * valley)) {
                inLine = true;
                start = y;
                densest = f;
            } else if (inLine) {
                densest = Math.max(densest, f);
            } else {
                valley = Math.min(valley, f);
            }
        }
        if (inLine && y - start >= INK_LINE_MIN_PT) {
            lines++;
        }
        return lines;
    }

    /** Whether the words are set larger than the page's body text, as headings are and labels are not. */
    static boolean heading(PageModel m, List<Word> ws) {
        if (ws.isEmpty() || !hasWord(text(ws))) {
            return false;
        }
        double sum = 0;
        for (Word wd : ws) {
            sum += wd.size();
        }
        return sum / ws.size() >= HEADING_SIZE * m.bodySize;
    }
}
