package dev.formfill.core.detect.geometry;

import dev.formfill.core.FieldType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Choices whose buttons only the widget drew, so the flat page shows bare space where they go:
 * <ul>
 *   <li>"Yes" and "No" (or "Male" and "Female") on one line, each after an empty gap about a
 *   letter-box wide ("□Yes □No" with the squares missing). The button is a square as tall as the
 *   word, standing on its baseline just before it. Both words of the pair must have their gap, so
 *   a sentence that merely says "yes" or "no" gives nothing.</li>
 *   <li>A list of options: three or more short lines, one under the other at a steady pitch, all
 *   starting at the same x, indented from the line above them and with bare space before each
 *   ("How did you hear about us:" then "□ Search engine", "□ A friend" …). The box is centred on
 *   the line, half a line height before its text. Long lines (running text), numbered or
 *   bulleted lines, lines full of digits (an address block) and prompts ("Name:") are not
 *   options.</li>
 *   <li>A row of short options after a prompt ("Gender: female male non-binary"), each after a
 *   bare gap: a button before each, as for Yes/No.</li>
 *   <li>A row of numbered options ("1) Farming 2) Commercial"), each after a bare gap, as above.</li>
 * </ul>
 * Sentences listed under an instruction to check a box are {@link CheckPromptLists}.
 */
final class BareOptions {

    private static final Set<String> YES = Set.of("yes", "oui", "ja", "sí", "si", "sim", "tak", "да");
    private static final Set<String> NO = Set.of("no", "non", "nein", "não", "nie", "нет");
    private static final Set<String> MALE = Set.of("male", "masculin", "männlich", "masculino", "maschile");
    private static final Set<String> FEMALE = Set.of("female", "féminin", "weiblich", "femenino", "feminino", "femminile");

    /** Whether the runs are a pair of answers ("Yes" "No", "Male" "Female"), each run's first word one of the pair. */
    static boolean yesNo(List<List<Word>> runs) {
        if (runs.size() != 2) {
            return false;
        }
        Set<String> second = secondOfPair(answer(runs.get(0).get(0)));
        return second != null && second.contains(answer(runs.get(1).get(0)));
    }

    /** The answers that pair with {@code first} ("No" after "Yes", "Female" after "Male"), or null. */
    private static Set<String> secondOfPair(String first) {
        return YES.contains(first) ? NO : MALE.contains(first) ? FEMALE : null;
    }
    /** The gap before an answer is at least this many of its heights, and the pair at most this far apart. */
    private static final double MIN_GAP = 1.0, MAX_PAIR_GAP = 4.0;
    /** Space kept between the button and its word (pt). */
    private static final double WORD_GAP_PT = 1.5;

    private BareOptions() {
    }

    static void find(PageModel m, List<Candidate> existing, List<double[]> images, List<Candidate> out) {
        List<Candidate> found = new ArrayList<>();
        for (Word yes : m.words) {
            Set<String> second = secondOfPair(answer(yes));
            if (second == null) {
                continue;
            }
            double h = yes.y1() - yes.y0();
            for (Word no : m.wordsIn(yes.x1(), yes.y0(), yes.x1() + MAX_PAIR_GAP * h + 40, yes.y1(), 0.5)) {
                if (second.contains(answer(no)) && Math.abs(no.cy() - yes.cy()) < 0.3 * h && no.x0() > yes.x1()
                        && no.x0() - yes.x1() <= MAX_PAIR_GAP * h) {
                    allOrNone(List.of(List.of(yes), List.of(no)), w -> button(m, existing, images, w.get(0)), found);
                    break;
                }
            }
        }
        List<List<Word>> lines = CellText.lineRuns(m.words, 3), runs = CellText.lineRuns(m.words, 1.2); // read once
        lists(m, lines, existing, images, found);
        promptRows(m, runs, existing, images, found);
        numberedRows(m, runs, existing, images, found);
        CheckPromptLists.find(m, lines, existing, images, found);
        out.addAll(found);
    }

    /**
     * Whether the options stand close together (at most {@link #MAX_PAIR_GAP} heights apart) with
     * no rule just under them: column headers of a table stand far apart over its rules.
     */
    private static boolean tightRow(PageModel m, List<List<Word>> options) {
        if (!closeTogether(options)) {
            return false;
        }
        double h = options.get(0).get(0).y1() - options.get(0).get(0).y0();
        double x0 = options.get(0).get(0).x0(), y1 = options.get(0).get(0).y1();
        List<Word> last = options.get(options.size() - 1);
        double x1 = last.get(last.size() - 1).x1();
        for (Seg s : m.hIn(y1, y1 + 1.5 * h)) {
            if (s.overlap(x0, x1) > 0.5 * (x1 - x0)) {
                return false;
            }
        }
        return true;
    }

    /** Options in a row after a prompt are at most this many words each. */
    private static final int MAX_ROW_OPTION_WORDS = 3;

    /**
     * A prompt ending in ':' or '?' followed on its line by two or more short options, each after a
     * bare gap ("Gender: □female □male □non-binary" with the buttons missing): a button before each.
     */
    private static void promptRows(PageModel m, List<List<Word>> runs, List<Candidate> existing, List<double[]> images,
            List<Candidate> out) {
        for (int i = 0; i < runs.size(); i++) {
            List<Word> prompt = runs.get(i);
            String text = CellText.text(prompt);
            if (!text.endsWith(":") && !text.endsWith("?")) {
                continue;
            }
            List<List<Word>> options = new ArrayList<>();
            for (int j = i + 1; j < runs.size() && Math.abs(runs.get(j).get(0).y0() - prompt.get(0).y0()) <= 2; j++) {
                options.add(runs.get(j)); // the runs after the prompt on its line, left to right
            }
            if (options.size() < 2 || options.stream().anyMatch(o -> o.size() > MAX_ROW_OPTION_WORDS
                    || CellText.text(o).contains(":") || !CellText.hasWord(CellText.text(o))) || !tightRow(m, options)) {
                continue;
            }
            allOrNone(options, o -> button(m, existing, images, o.get(0)), out);
        }
    }

    /** "1)", "2.", "(a)", "b)": the number or letter of an option, captured. */
    private static final Pattern OPTION_NUMBER = Pattern.compile("^\\(?([0-9]{1,2}|[a-z])[.)]$");

    /**
     * Numbered options in a row, each after a bare gap ("check the appropriate box □1) Farming
     * □2) Commercial □3) Other" with the squares missing): two or more runs of a line that open with
     * consecutive numbers or letters. Running text that counts inline ("1) sign, 2) date") sets
     * its items a word space apart, so the bare gap before each keeps it out.
     */
    private static void numberedRows(PageModel m, List<List<Word>> runs, List<Candidate> existing, List<double[]> images,
            List<Candidate> out) {
        List<Candidate> taken = new ArrayList<>(existing);
        taken.addAll(out); // a prompt's row already given buttons
        int i = 0;
        while (i < runs.size()) {
            int j = i + 1;
            while (j < runs.size() && Math.abs(runs.get(j).get(0).y0() - runs.get(i).get(0).y0()) <= 2) {
                j++; // runs i..j-1 share a line
            }
            List<List<Word>> options = new ArrayList<>();
            int expected = -1;
            for (List<Word> run : runs.subList(i, j)) {
                int n = optionNumber(run.get(0).text());
                if (n >= 0 && (options.isEmpty() || n == expected) && run.size() <= MAX_ROW_OPTION_WORDS + 1) {
                    options.add(run);
                    expected = n + 1;
                } else if (!options.isEmpty()) {
                    break; // the numbered row ends at the first run that does not continue it
                }
            }
            if (options.size() >= 2 && closeTogether(options) && !ruledApart(m, options)) {
                allOrNone(options, o -> button(m, taken, images, o.get(0)), out);
            }
            i = j;
        }
    }

    /** Whether each option starts at most {@link #MAX_PAIR_GAP} heights after the one before ends. */
    private static boolean closeTogether(List<List<Word>> options) {
        double h = options.get(0).get(0).y1() - options.get(0).get(0).y0();
        for (int k = 1; k < options.size(); k++) {
            List<Word> prev = options.get(k - 1);
            if (options.get(k).get(0).x0() - prev.get(prev.size() - 1).x1() > MAX_PAIR_GAP * h) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a vertical rule crosses the row between its first and last option: numbered column
     * headers ("(1) First name", "(2) Last name") stand in cells of their own. A row of options
     * in one band may sit on a table's rule, so the rule under it does not tell them apart.
     */
    private static boolean ruledApart(PageModel m, List<List<Word>> options) {
        Word first = options.get(0).get(0);
        List<Word> last = options.get(options.size() - 1);
        for (Seg v : m.vIn(first.x1(), last.get(last.size() - 1).x0())) {
            if (v.overlap(first.y0(), first.y1()) > 0.5 * (first.y1() - first.y0())) {
                return true;
            }
        }
        return false;
    }

    /** The option's number (letters count a = 1), or -1 when the word numbers no option. */
    private static int optionNumber(String word) {
        var mt = OPTION_NUMBER.matcher(word);
        if (!mt.matches()) {
            return -1;
        }
        String g = mt.group(1);
        return Character.isDigit(g.charAt(0)) ? Integer.parseInt(g) : g.charAt(0) - 'a' + 1;
    }

    /** Places a button for every group, or none at all when one of them has no bare room. */
    static void allOrNone(List<List<Word>> groups, Function<List<Word>, Candidate> place, List<Candidate> out) {
        List<Candidate> buttons = new ArrayList<>();
        for (List<Word> g : groups) {
            Candidate c = place.apply(g);
            if (c == null) {
                return;
            }
            buttons.add(c);
        }
        out.addAll(buttons);
    }

    /** Lines of at most this many words can be options; longer ones are running text. */
    private static final int MAX_OPTION_WORDS = 8;
    /** A line with this many digits is an address, a phone or a reference, not an option. */
    private static final int ADDRESS_DIGITS = 5;
    /** A checkbox before a list line is at most this big (pt), and its right edge this many line heights before the text. */
    private static final double MAX_BOX_PT = 12, BOX_OFFSET = 0.45;
    private static final Pattern ENUMERATOR = Pattern.compile("^(\\(?[0-9A-Za-z]{1,3}[.)]|[•·▪■●◦–-])$");

    private static void lists(PageModel m, List<List<Word>> lines, List<Candidate> existing, List<double[]> images,
            List<Candidate> out) {
        int i = 0;
        while (i < lines.size()) {
            List<Word> first = lines.get(i);
            double x = first.get(0).x0(), h = height(first);
            int j = i + 1;
            double pitch = 0;
            while (j < lines.size()) {
                List<Word> next = lines.get(j), prev = lines.get(j - 1);
                double step = next.get(0).y0() - prev.get(0).y0();
                boolean uneven = pitch > 0 && Math.abs(step - pitch) > 0.3 * h;
                if (Math.abs(next.get(0).x0() - x) > 1.5 || step > 2.5 * h || uneven) {
                    break;
                }
                pitch = step;
                j++;
            }
            List<List<Word>> block = lines.subList(i, j);
            if (block.size() >= 3 && isOptionList(m, lines, i, block, h)) {
                allOrNone(block, line -> listBox(m, existing, images, line), out);
            }
            i = Math.max(j, i + 1);
        }
    }

    /** Short lines, none numbered or a sentence, under a line that starts further left. */
    private static boolean isOptionList(PageModel m, List<List<Word>> lines, int start, List<List<Word>> block, double h) {
        int prompts = 0;
        for (List<Word> line : block) {
            String text = CellText.text(line);
            if (line.size() > MAX_OPTION_WORDS || ENUMERATOR.matcher(line.get(0).text()).matches()
                    || text.chars().filter(Character::isDigit).count() >= ADDRESS_DIGITS) {
                return false; // running text, a numbered step, or an address or phone line
            }
            prompts += text.contains(":") ? 1 : 0;
        }
        if (2 * prompts > block.size()) {
            return false; // a column of "First Name:" prompts for blanks beside them ("Other:" may end a list)
        }
        double x = block.get(0).get(0).x0(), top = block.get(0).get(0).y0();
        for (int k = start - 1; k >= 0; k--) { // the nearest line above that overlaps the list's column
            List<Word> above = lines.get(k);
            if (above.get(0).y0() < top - 3 * h) {
                return false;
            }
            if (above.get(above.size() - 1).x1() > x) {
                return x - above.get(0).x0() >= h;
            }
        }
        return false;
    }

    private static Candidate listBox(PageModel m, List<Candidate> existing, List<double[]> images, List<Word> line) {
        Word w = line.get(0);
        double h = height(line), size = Math.min(h, MAX_BOX_PT);
        double x1 = w.x0() - BOX_OFFSET * h, x0 = x1 - size;
        double lineTop = line.stream().mapToDouble(Word::y0).min().orElse(w.y0());
        double lineBottom = line.stream().mapToDouble(Word::y1).max().orElse(w.y1());
        double cy = (lineTop + lineBottom) / 2;
        if (x0 < 0 || !m.bare(x0 - 2, cy - size / 2, w.x0() - 0.5, cy + size / 2, 0, existing, images)) {
            return null;
        }
        return new Candidate(FieldType.CHOICE_BUTTON, x0, cy - size / 2, x1, cy + size / 2, 0.45, 0, "bare-list-option",
                CellText.text(line));
    }

    private static double height(List<Word> line) {
        return line.stream().mapToDouble(wd -> wd.y1() - wd.y0()).max().orElse(10);
    }

    private static String answer(Word w) {
        return w.text().replaceAll("[\\p{Punct}]+$", "").toLowerCase(Locale.ROOT);
    }

    /** The square before the word when the space there is bare, else null. */
    private static Candidate button(PageModel m, List<Candidate> existing, List<double[]> images, Word w) {
        double h = w.y1() - w.y0();
        double bottom = w.y1() - 0.2 * h, top = bottom - h;
        double x1 = w.x0() - WORD_GAP_PT, x0 = x1 - h;
        double gapStart = w.x0() - MIN_GAP * h - WORD_GAP_PT;
        if (gapStart < 0 || !m.bare(gapStart, top, w.x0() - 0.5, bottom, 0, existing, images) || boxAfter(existing, w)) {
            return null;
        }
        return new Candidate(FieldType.CHOICE_BUTTON, x0, top, x1, bottom, 0.5, 0, "bare-option", w.text());
    }

    /**
     * Whether a button already follows the word within a letter-box's width ("Yes ☐ No ☐"): the form
     * puts its boxes after the options, and the room before them is only spacing.
     */
    private static boolean boxAfter(List<Candidate> existing, Word w) {
        double h = w.y1() - w.y0();
        for (Candidate c : existing) {
            double overlap = Math.min(c.y1(), w.y1()) - Math.max(c.y0(), w.y0());
            if (c.type() == FieldType.CHOICE_BUTTON && c.x0() >= w.x1() - 1 && c.x0() - w.x1() <= h
                    && overlap >= 0.5 * Math.min(h, c.height())) {
                return true;
            }
        }
        return false;
    }

}
