package dev.formfill.core.detect.geometry;

import dev.formfill.core.FieldType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a blank whose faint placeholder spells out the parts of a date set apart by separators
 * ("MM / DD / YYYY", "JJ . MM . AAAA") into one field per part. An author who prints the parts as
 * separate words with the separators standing well apart from them gives each part its own widget; a hint
 * written as one word ("MM/DD/YYYY") stays one field, and so does a box whose placeholder is anything
 * else. Each part runs from the separator before it (or the blank's edge) to the separator after it.
 * Works in displayed page points; stateless.
 */
final class PlaceholderParts {

    /** Date parts in English, French and German hints: month, day, year. */
    private static final Pattern PART = Pattern.compile("(?i)M{1,2}|D{1,2}|J{1,2}|T{1,2}|Y{2}|Y{4}|A{2}|A{4}|J{4}");
    /** Words that stand between date parts. */
    private static final Pattern SEPARATOR = Pattern.compile("[/.\\-]");
    /**
     * Parts set apart for widgets of their own stand at least this far (in ems) from each separator,
     * wider than a word space (about a quarter em).
     */
    private static final double SPREAD = 0.4;
    /** A word belongs to the blank when its centre lies inside it, with this slack (pt). */
    private static final double SLACK = 1.0;

    private PlaceholderParts() {
    }

    /**
     * Splits the text boxes whose placeholder reads as separated date parts.
     *
     * @param cands        final candidates
     * @param placeholders faint words (placeholder text) and lone separators, which the other passes do not see
     * @param words        the page's other words
     * @return the candidates, with each such blank replaced by its parts
     */
    static List<Candidate> split(List<Candidate> cands, List<Word> placeholders, List<Word> words) {
        if (placeholders.stream().filter(w -> PART.matcher(w.text()).matches()).count() < 2) {
            return cands; // most pages: lone separators at most, no date hint to split
        }
        List<Candidate> out = new ArrayList<>(cands.size());
        for (Candidate c : cands) {
            List<Candidate> parts = c.type() == FieldType.TEXT_BOX && c.combCells() <= 1
                    ? parts(c, placeholders, words) : List.of();
            out.addAll(parts.isEmpty() ? List.of(c) : parts);
        }
        return out;
    }

    private static List<Candidate> parts(Candidate c, List<Word> placeholders, List<Word> words) {
        List<Word> inside = new ArrayList<>();
        for (Word w : placeholders) {
            if (within(w, c)) {
                inside.add(w);
            }
        }
        if (inside.stream().filter(w -> PART.matcher(w.text()).matches()).count() < 2) {
            return List.of();
        }
        for (Word w : words) {
            if (within(w, c)) {
                if (!SEPARATOR.matcher(w.text()).matches()) {
                    return List.of(); // the box holds printed text of its own
                }
                inside.add(w);
            }
        }
        inside.sort(Comparator.comparingDouble(Word::x0));
        // the words must alternate part, separator, part ... on one line
        List<double[]> spans = new ArrayList<>();
        double left = c.x0();
        for (int i = 0; i < inside.size(); i++) {
            Word w = inside.get(i);
            boolean partSlot = i % 2 == 0;
            if (partSlot != PART.matcher(w.text()).matches() || !partSlot && !SEPARATOR.matcher(w.text()).matches()
                    || Math.abs(w.cy() - inside.get(0).cy()) > inside.get(0).size() / 2) {
                return List.of();
            }
            if (!partSlot && (w.x0() - inside.get(i - 1).x1() < SPREAD * w.size()
                    || i + 1 < inside.size() && inside.get(i + 1).x0() - w.x1() < SPREAD * w.size())) {
                return List.of(); // a hint set as one phrase ("MM / YYYY" at word spacing) asks for one field
            }
            if (!partSlot) {
                spans.add(new double[] {left, w.x0()});
                left = w.x1();
            }
        }
        if (inside.size() % 2 == 0) {
            return List.of(); // ends in a separator
        }
        spans.add(new double[] {left, c.x1()});
        List<Candidate> parts = new ArrayList<>();
        for (double[] s : spans) {
            parts.add(new Candidate(c.type(), s[0], c.y0(), s[1], c.y1(), c.conf(), 0, c.rule() + "-date-part", c.label()));
        }
        return parts;
    }

    private static boolean within(Word w, Candidate c) {
        return w.cx() > c.x0() - SLACK && w.cx() < c.x1() + SLACK && w.cy() > c.y0() - SLACK && w.cy() < c.y1() + SLACK;
    }
}
