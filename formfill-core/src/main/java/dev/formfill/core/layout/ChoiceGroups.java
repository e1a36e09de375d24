package dev.formfill.core.layout;

import dev.formfill.core.Box;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds runs of checkboxes that answer one question, and decides which of them are radio groups.
 *
 * <p><b>Runs.</b> Checkboxes of similar size side by side on one line (gaps under 160 pt, no other
 * field between) or stacked in one column (gaps under about two box heights) form a run of 2–8
 * options. The <i>question</i> of a run is the phrase left of its first option on the same line,
 * else the phrase just above the run. Every option of a run is named from question and option.
 *
 * <p><b>Radio groups</b> — only where exclusivity is evident:
 * <ul>
 *   <li>the option labels are all answers of one closed pair such as Yes/No (with an optional
 *       N/A or Unknown), in English, German, French, Spanish, Italian, Portuguese or Russian, or
 *       Male/Female, True/False; or</li>
 *   <li>the question says so: "check one", "select one", "mark one", "choose one", "only one",
 *       and every option is short (at most four words); or</li>
 *   <li>every option is a radio circle typed on the page ("○ Email ○ Phone ○ Mail").</li>
 * </ul>
 * A question with "all that apply" never makes a group. Inside a longer row, a Yes/No pair (with
 * an optional third neutral answer) is a group of its own, with the question just left of it.
 *
 * <p><b>Limits.</b> Mutually exclusive options with free wording ("Single / Married / Divorced")
 * and no "one" hint stay independent checkboxes; options spread over several lines, or whose
 * labels are missing from the text layer (scans), are not grouped; a "Yes / No" pair whose two
 * boxes belong to two different questions on one line would be grouped wrongly, which the
 * no-field-between rule makes rare.
 */
final class ChoiceGroups {

    /** One checkbox as the grouping sees it; {@code ring}: the page types a radio circle ("○") where it sits. */
    record Option(int index, Box box, String text, boolean ring) {
    }

    /** A run of options and what was decided about it. */
    record Run(List<Option> options, String question, boolean exclusive) {
    }

    private static final Set<String> AFFIRMATIVE = Set.of("yes", "y", "ja", "oui", "si", "sim", "da", "да");
    private static final Set<String> NEGATIVE = Set.of("no", "n", "nein", "non", "nao", "нет", "net");
    private static final Set<String> NEUTRAL = Set.of("n a", "na", "not applicable", "unknown", "don t know",
            "dont know", "unsure", "k a", "ne sais pas", "no se", "не знаю", "sans objet");
    private static final List<Set<String>> PAIRS = List.of(Set.of("male", "female"), Set.of("m", "f"),
            Set.of("true", "false"), Set.of("masculin", "feminin"), Set.of("mannlich", "weiblich"),
            Set.of("hombre", "mujer"), Set.of("masculino", "femenino"));
    private static final Pattern ONE_HINT = Pattern.compile(
            "\\b(check|select|mark|choose|tick|circle|pick) (only )?one\\b|\\bonly one\\b|\\bone only\\b|\\(one\\)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ALL_THAT_APPLY = Pattern.compile("\\ball that apply\\b|\\bany that apply\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern HEAD_END = Pattern.compile("[.;:!?,]\\s|[;:!?,]$|\\.$|\\s[-\u2013\u2014]\\s");
    private static final Pattern WORDS = Pattern.compile("\\s+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private ChoiceGroups() {
    }

    /**
     * Runs among the checkboxes of one page.
     *
     * @param options the page's checkboxes with their option text (may be null)
     * @param others  boxes of the page's other fields, in points
     * @param finder  to read questions
     */
    static List<Run> find(List<Option> options, List<Box> others, LabelFinder finder) {
        List<Run> runs = new ArrayList<>();
        Set<String> texts = new java.util.HashSet<>();
        options.stream().map(Option::text).filter(java.util.Objects::nonNull).forEach(texts::add);
        boolean[] used = new boolean[options.size() == 0 ? 0 : options.stream().mapToInt(Option::index).max().getAsInt() + 1];
        for (List<Option> run : runs(options, others, true)) {
            if (run.stream().noneMatch(o -> used[o.index()])) {
                run.forEach(o -> used[o.index()] = true);
                runs.addAll(decideAll(run, finder, texts));
            }
        }
        List<Option> rest = options.stream().filter(o -> !used[o.index()]).toList();
        for (List<Option> run : runs(rest, others, false)) {
            runs.addAll(decideAll(run, finder, texts));
        }
        return runs;
    }

    private static List<Run> decideAll(List<Option> run, LabelFinder finder, Set<String> texts) {
        Run whole = decide(run, finder, texts);
        if (whole.exclusive() || run.size() <= 2) {
            return List.of(whole);
        }
        // "Hispanic? [] Yes [] No   Race: [] Asian [] White ...": a Yes/No pair inside a longer row
        List<Run> out = new ArrayList<>();
        List<Option> rest = new ArrayList<>();
        int i = 0;
        while (i < run.size()) {
            int len = 0;
            for (int n = Math.min(3, run.size() - i); n >= 2 && len == 0; n--) {
                if (exclusive(run.subList(i, i + n), null)) {
                    len = n;
                }
            }
            if (len == 0) {
                rest.add(run.get(i));
                i++;
                continue;
            }
            if (!rest.isEmpty()) {
                out.add(decide(rest, finder, texts));
                rest = new ArrayList<>();
            }
            out.add(decide(List.copyOf(run.subList(i, i + len)), finder, texts));
            i += len;
        }
        if (out.isEmpty()) {
            return List.of(whole);
        }
        if (!rest.isEmpty()) {
            out.add(decide(rest, finder, texts));
        }
        return out;
    }

    private static Run decide(List<Option> run, LabelFinder finder, Set<String> texts) {
        String question = question(run, finder, texts);
        return new Run(run, question, exclusive(run, question));
    }

    /** Whether the options of a run exclude each other by the rules in the class comment. */
    static boolean exclusive(List<Option> run, String question) {
        if (run.size() < 2 || run.stream().anyMatch(o -> o.text() == null)) {
            return false;
        }
        if (question != null && ALL_THAT_APPLY.matcher(question).find()) {
            return false;
        }
        // the answer is the option text up to its first punctuation: "Yes. If yes, who?" answers "Yes"
        List<String> norm = run.stream().map(o -> normalize(HEAD_END.split(o.text().strip(), 2)[0])).toList();
        if (norm.stream().distinct().count() != norm.size()) {
            return false;
        }
        if (run.stream().allMatch(Option::ring)) {
            return true; // "○ Email ○ Phone ○ Mail": circles are the form's sign for one answer of several
        }
        long yes = norm.stream().filter(AFFIRMATIVE::contains).count();
        long no = norm.stream().filter(NEGATIVE::contains).count();
        long neutral = norm.stream().filter(NEUTRAL::contains).count();
        if (yes == 1 && no == 1 && yes + no + neutral == norm.size()) {
            return true;
        }
        for (Set<String> pair : PAIRS) {
            if (norm.size() == 2 && pair.containsAll(norm)) {
                return true;
            }
        }
        boolean shortOptions = run.stream().allMatch(o -> WORDS.split(o.text().strip()).length <= 4);
        return question != null && ONE_HINT.matcher(question).find() && shortOptions;
    }

    static String normalize(String s) {
        String n = Identifiers.MARKS.matcher(Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)).replaceAll("");
        return NON_WORD.matcher(n).replaceAll(" ").strip();
    }

    private static String question(List<Option> run, LabelFinder finder, Set<String> texts) {
        Option first = run.get(0);
        Box start = first.box();
        for (Option o : run) {
            start = LabelFinder.union(start, o.box());
        }
        // the first option's own text may sit left of it ("Yes [] No []"): look left of that
        LabelFinder.Label own = finder.left(first.box(), Math.max(18, 2.5 * first.box().width()));
        Box anchor = first.box();
        if (own != null && first.text() != null && own.text().equals(first.text())) {
            anchor = LabelFinder.union(anchor, own.box());
        }
        // other options' answers are not questions
        LabelFinder.Label q = finder.left(anchor, 400, texts);
        if (q != null && (first.text() == null || !q.text().equals(first.text()))) {
            return q.text();
        }
        LabelFinder.Label above = finder.above(start);
        if (above != null && run.stream().noneMatch(o -> above.text().equals(o.text()))) {
            return above.text();
        }
        return null;
    }

    /** Rows (or columns) of similar checkboxes, split where the gap is too wide or a field sits between. */
    private static List<List<Option>> runs(List<Option> options, List<Box> others, boolean row) {
        List<Option> sorted = new ArrayList<>(options);
        Comparator<Option> across = Comparator.comparingDouble(o -> row ? o.box().centerY() : o.box().centerX());
        sorted.sort(across.thenComparingDouble(o -> row ? o.box().x0() : o.box().y0()));
        List<List<Option>> lines = new ArrayList<>();
        for (Option o : sorted) {
            List<Option> line = null;
            for (List<Option> l : lines) {
                Option ref = l.get(0);
                double d = row ? Math.abs(ref.box().centerY() - o.box().centerY()) : Math.abs(ref.box().centerX() - o.box().centerX());
                double size = row ? Math.min(ref.box().height(), o.box().height()) : Math.min(ref.box().width(), o.box().width());
                if (d <= 0.5 * size && similar(ref.box(), o.box())) {
                    line = l;
                    break;
                }
            }
            if (line == null) {
                line = new ArrayList<>();
                lines.add(line);
            }
            line.add(o);
        }
        List<List<Option>> out = new ArrayList<>();
        for (List<Option> line : lines) {
            line.sort(Comparator.comparingDouble(o -> row ? o.box().x0() : o.box().y0()));
            List<Option> cur = new ArrayList<>();
            for (Option o : line) {
                if (!cur.isEmpty() && !adjacent(cur.get(cur.size() - 1).box(), o.box(), others, row)) {
                    emit(cur, out);
                    cur = new ArrayList<>();
                }
                cur.add(o);
            }
            emit(cur, out);
        }
        return out;
    }

    private static void emit(List<Option> run, List<List<Option>> out) {
        if (run.size() >= 2 && run.size() <= 8) {
            out.add(run);
        }
    }

    private static boolean similar(Box a, Box b) {
        double ra = Math.max(a.width(), b.width()) / Math.max(1e-9, Math.min(a.width(), b.width()));
        double rb = Math.max(a.height(), b.height()) / Math.max(1e-9, Math.min(a.height(), b.height()));
        return ra <= 1.6 && rb <= 1.6;
    }

    private static boolean adjacent(Box a, Box b, List<Box> others, boolean row) {
        double gap = row ? b.x0() - a.x1() : b.y0() - a.y1();
        double max = row ? 160 : 2.5 * Math.max(a.height(), b.height()) + 8;
        if (gap > max) {
            return false;
        }
        for (Box o : others) {
            boolean between = row ? o.centerX() > a.x1() && o.centerX() < b.x0() && o.y0() < a.y1() && o.y1() > a.y0()
                    : o.centerY() > a.y1() && o.centerY() < b.y0() && o.x0() < a.x1() && o.x1() > a.x0();
            if (between) {
                return false;
            }
        }
        return true;
    }
}
