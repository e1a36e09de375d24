package dev.formfill.core.layout;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns label text into field names: snake_case ASCII identifiers ({@code "Date of birth:"} →
 * {@code date_of_birth}). Accents are stripped, a few letters and Cyrillic are transliterated,
 * leading enumerators ({@code 1.}, {@code 12a}, {@code (b)}, {@code Line 5}) and punctuation are
 * dropped. A name that would run past {@link #MAX_LENGTH} characters is the label's first phrase
 * when that is long enough, else the name cut at a word boundary.
 */
final class Identifiers {

    /** Longest name produced. */
    public static final int MAX_LENGTH = 40;

    private static final Map<Character, String> LETTERS = Map.ofEntries(
            Map.entry('ß', "ss"), Map.entry('æ', "ae"), Map.entry('ø', "o"), Map.entry('œ', "oe"), Map.entry('ł', "l"),
            Map.entry('đ', "d"), Map.entry('þ', "th"), Map.entry('ð', "d"), Map.entry('ı', "i"), Map.entry('&', " and "),
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('д', "d"),
            Map.entry('е', "e"), Map.entry('ё', "e"), Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "i"),
            Map.entry('й', "i"), Map.entry('к', "k"), Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"),
            Map.entry('о', "o"), Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
            Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"), Map.entry('ч', "ch"),
            Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ъ', ""), Map.entry('ы', "y"), Map.entry('ь', ""),
            Map.entry('э', "e"), Map.entry('ю', "iu"), Map.entry('я', "ia"), Map.entry('і', "i"), Map.entry('ї', "i"),
            Map.entry('є', "ie"), Map.entry('ґ', "g"));

    private static final Pattern ENUMERATOR = Pattern.compile(
            "^(?:(?:line|item|part|section|question|step|no\\.?|nr\\.?)\\s*)?(?:\\(?[0-9]{1,3}[a-z]?[.):]?|\\(?[a-z][.)]|\\([a-z0-9]{1,3}\\))\\s+",
            Pattern.CASE_INSENSITIVE);

    /**
     * Where a long label's first phrase ends: a sentence's full stop (after a word of four letters or
     * more, so "No." and "St." run on), a question mark, colon or semicolon, an aside in parentheses.
     */
    private static final Pattern HEAD_END = Pattern.compile("(?<=\\p{L}{4})\\.\\s|[?:;]\\s|\\s\\(");

    /** A word or two in parentheses, read as part of the phrase ("gain or (loss)"). */
    private static final Pattern SHORT_ASIDE = Pattern.compile("\\((\\p{L}[\\p{L} ]{0,11})\\)");

    static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_UNDERSCORES = Pattern.compile("^_+|_+$");
    static final Pattern FILL = Pattern.compile("_{2,}|\\.{3,}|\\u2026+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING_COLON = Pattern.compile("[\\s:]+$");
    private static final Pattern LEADING_PUNCT = Pattern.compile("^[\\s,;:.)\\]}]+");

    private Identifiers() {
    }

    /** The identifier for a label, or {@code null} when nothing usable is left. */
    public static String of(String label) {
        if (label == null) {
            return null;
        }
        String s = label.strip();
        // drop up to two leading enumerators ("Part 2 1a Wages")
        for (int i = 0; i < 2; i++) {
            String t = ENUMERATOR.matcher(s).replaceFirst("");
            if (t.equals(s) || t.isBlank()) {
                break;
            }
            s = t;
        }
        String lower = s.toLowerCase(Locale.ROOT);
        StringBuilder translit = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            String r = LETTERS.get(c);
            translit.append(r != null ? r : String.valueOf(c));
        }
        String ascii = MARKS.matcher(Normalizer.normalize(translit, Normalizer.Form.NFD)).replaceAll("");
        ascii = ascii.replace("'", "").replace("\u2019", "");
        String snake = EDGE_UNDERSCORES.matcher(NON_ALNUM.matcher(ascii).replaceAll("_")).replaceAll("");
        if (snake.isEmpty()) {
            return null;
        }
        if (snake.length() > MAX_LENGTH) {
            String plain = SHORT_ASIDE.matcher(s).replaceAll("$1"); // "Capital gain or (loss). Attach …"
            Matcher head = HEAD_END.matcher(plain);
            if (head.find() && head.start() > 0) {
                String phrase = of(plain.substring(0, head.start()));
                if (phrase != null && phrase.length() >= 6) {
                    return phrase; // "Name of entity/individual. An entry is required." names itself by its first phrase
                }
            }
            int cut = snake.lastIndexOf('_', MAX_LENGTH);
            snake = cut >= MAX_LENGTH / 2 ? snake.substring(0, cut) : snake.substring(0, MAX_LENGTH);
            snake = EDGE_UNDERSCORES.matcher(snake).replaceAll("");
        }
        if (Character.isDigit(snake.charAt(0))) {
            snake = "f_" + snake;
        }
        return snake;
    }

    /** The tooltip form of a label: fill-in marks and trailing colons gone, whitespace collapsed. */
    public static String tooltip(String label) {
        if (label == null) {
            return null;
        }
        String t = SPACES.matcher(FILL.matcher(label).replaceAll(" ")).replaceAll(" ").strip();
        t = LEADING_PUNCT.matcher(TRAILING_COLON.matcher(t).replaceAll("")).replaceAll("").strip();
        if (t.length() > 240) {
            t = t.substring(0, 239) + "\u2026";
        }
        return t.isEmpty() ? null : t;
    }
}
