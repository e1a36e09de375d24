package dev.formfill.core.detect.geometry;

import dev.formfill.core.FieldType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A row of options whose buttons are drawn for some options and not for others ("◯ Single  ⎵ Widowed"): the
 * form's widgets drew the missing ones. When two or more options of a row stand right after a drawn button,
 * another short option on that row with bare room before it gets a button of the row's size, at the row's
 * gap from its word. Prompts (":" or "?"), clauses ("If yes, …", anything with a comma) and options parted
 * from the row by a vertical rule get none.
 */
final class MissingButtons {

    /** A drawn button belongs to the option whose text starts at most this many button widths after it. */
    private static final double BUTTON_REACH = 1.0;
    /** Runs whose word bottoms lie this close (pt) stand on one line. */
    private static final double BASELINE_PT = 1.0;
    /** An option that lacks its button is at most this many words. */
    private static final int MAX_WORDS = 3;
    /** A clause that follows a row of options ("If yes, list below"), not an option. */
    private static final Pattern CLAUSE = Pattern.compile("^(if|si|wenn|falls|se|если)\\b.*", Pattern.CASE_INSENSITIVE);

    private MissingButtons() {
    }

    static void find(PageModel m, List<Candidate> existing, List<double[]> images, List<Candidate> out) {
        // only the buttons found before this rule stand for drawn ones: its own never set a row's pattern
        List<Candidate> drawn = existing.stream().filter(c -> c.type() == FieldType.CHOICE_BUTTON).toList();
        List<List<Word>> runs = new ArrayList<>(CellText.lineRuns(m.words, 1.2));
        // a line's runs share their baseline; their tops differ with the letters ("Widowed" vs "Single")
        runs.sort((p, q) -> Double.compare(p.get(0).y1(), q.get(0).y1()));
        int i = 0;
        while (i < runs.size()) {
            int j = i + 1;
            while (j < runs.size() && runs.get(j).get(0).y1() - runs.get(j - 1).get(0).y1() <= BASELINE_PT) {
                j++; // runs i..j-1 share a line
            }
            List<List<Word>> line = new ArrayList<>(runs.subList(i, j));
            line.sort((p, q) -> Double.compare(p.get(0).x0(), q.get(0).x0()));
            row(m, line, drawn, existing, images, out);
            i = j;
        }
    }

    private static void row(PageModel m, List<List<Word>> row, List<Candidate> drawn, List<Candidate> existing,
            List<double[]> images, List<Candidate> out) {
        List<Candidate> buttons = new ArrayList<>();
        List<Double> gaps = new ArrayList<>();
        List<List<Word>> options = new ArrayList<>();
        int firstButtoned = -1;
        List<Boolean> buttoned = new ArrayList<>();
        for (List<Word> run : row) {
            Candidate b = buttonBefore(drawn, run.get(0));
            buttoned.add(b != null);
            if (b != null) {
                firstButtoned = firstButtoned < 0 ? buttoned.size() - 1 : firstButtoned;
                buttons.add(b);
                gaps.add(run.get(0).x0() - b.x1());
                options.add(run);
            }
        }
        if (buttons.size() < 2 || BareOptions.yesNo(options)) {
            return; // "☐ Yes ☐ No  Employment": a pair of answers is complete, the words after it are what it answers
        }
        double side = median(buttons.stream().map(b -> Math.min(b.width(), b.height())).toList());
        double gap = median(gaps), cy = median(buttons.stream().map(b -> (b.y0() + b.y1()) / 2).toList());
        for (int k = firstButtoned + 1; k < row.size(); k++) {
            List<Word> run = row.get(k);
            if (buttoned.get(k) || !option(run) || ruledApart(m, row.get(k - 1), run) || wrapped(drawn, m, run)) {
                continue;
            }
            double x1 = run.get(0).x0() - gap, x0 = x1 - side;
            List<Word> prev = row.get(k - 1);
            if (x0 - 1 <= prev.get(prev.size() - 1).x1()
                    || !m.bare(x0 - 1, cy - side / 2, run.get(0).x0() - 0.5, cy + side / 2, 0, existing, images)) {
                continue;
            }
            out.add(new Candidate(FieldType.CHOICE_BUTTON, x0, cy - side / 2, x1, cy + side / 2, 0.45, 0, "row-missing-button",
                    CellText.text(run)));
        }
    }

    /** The drawn button standing just before the word, on its line; null when there is none. */
    private static Candidate buttonBefore(List<Candidate> drawn, Word w) {
        for (Candidate c : drawn) {
            if (c.x1() <= w.x0() + 0.5 && c.x1() >= w.x0() - BUTTON_REACH * c.width()
                    && Math.min(c.y1(), w.y1()) - Math.max(c.y0(), w.y0()) > 0.5 * (w.y1() - w.y0())) {
                return c;
            }
        }
        return null;
    }

    /**
     * Whether the run goes on with an option's text from the line above ("☐ American Indian or" over
     * "Alaska Native"): it starts where that text starts, a line lower.
     */
    private static boolean wrapped(List<Candidate> drawn, PageModel m, List<Word> run) {
        Word w = run.get(0);
        double h = w.y1() - w.y0();
        for (Word above : m.wordsIn(w.x0() - 2, w.y0() - 1.8 * h, w.x1(), w.y0() - 0.2, 0.01)) {
            if (Math.abs(above.x0() - w.x0()) <= 1.5 && buttonBefore(drawn, above) != null) {
                return true;
            }
        }
        return false;
    }

    /** Short words, none a prompt or a clause. */
    private static boolean option(List<Word> run) {
        String text = CellText.text(run);
        return run.size() <= MAX_WORDS && CellText.hasWord(text) && !text.contains(":") && !text.contains("?")
                && !text.contains(",") && !CLAUSE.matcher(text.toLowerCase(Locale.ROOT)).matches();
    }

    /** Whether a vertical rule stands between two runs of the line: they are in cells of their own. */
    private static boolean ruledApart(PageModel m, List<Word> before, List<Word> after) {
        Word a = before.get(before.size() - 1), b = after.get(0);
        for (Seg v : m.vIn(a.x1(), b.x0())) {
            if (v.overlap(b.y0(), b.y1()) > 0.5 * (b.y1() - b.y0())) {
                return true;
            }
        }
        return false;
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        s.sort(Double::compare);
        return s.get(s.size() / 2);
    }
}
