package dev.formfill.core.detect.geometry;

import dev.formfill.core.FieldType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Yes/No answers whose buttons only the widget drew: "Yes" and "No" on one line, each after an
 * empty gap about a letter-box wide ("□Yes □No" with the squares missing from the flat page). The
 * button is a square as tall as the word, standing on its baseline just before it. Both words of
 * the pair must have their gap, so a sentence that merely says "yes" or "no" gives nothing.
 */
final class BareOptions {

    private static final Set<String> YES = Set.of("yes", "oui", "ja", "sí", "si", "sim", "tak", "да");
    private static final Set<String> NO = Set.of("no", "non", "nein", "não", "nie", "нет");
    /** The gap before an answer is at least this many of its heights, and the pair at most this far apart. */
    private static final double MIN_GAP = 1.0, MAX_PAIR_GAP = 4.0;
    /** Space kept between the button and its word (pt). */
    private static final double WORD_GAP_PT = 1.5;

    private BareOptions() {
    }

    static void find(PageModel m, List<Candidate> existing, List<double[]> images, List<Candidate> out) {
        List<Candidate> found = new ArrayList<>();
        for (Word yes : m.words) {
            if (!YES.contains(answer(yes))) {
                continue;
            }
            double h = yes.y1() - yes.y0();
            for (Word no : m.wordsIn(yes.x1(), yes.y0(), yes.x1() + MAX_PAIR_GAP * h + 40, yes.y1(), 0.5)) {
                if (NO.contains(answer(no)) && Math.abs(no.cy() - yes.cy()) < 0.3 * h && no.x0() > yes.x1()
                        && no.x0() - yes.x1() <= MAX_PAIR_GAP * h) {
                    Candidate a = button(m, existing, images, yes), b = button(m, existing, images, no);
                    if (a != null && b != null) {
                        found.add(a);
                        found.add(b);
                    }
                    break;
                }
            }
        }
        out.addAll(found);
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
        if (gapStart < 0 || !bare(m, existing, images, gapStart, top, w.x0() - 0.5, bottom)) {
            return null;
        }
        return new Candidate(FieldType.CHOICE_BUTTON, x0, top, x1, bottom, 0.5, 0, "bare-option", w.text());
    }

    /** No words, rules, images or candidates in the rectangle. */
    private static boolean bare(PageModel m, List<Candidate> existing, List<double[]> images, double x0, double y0,
                                double x1, double y1) {
        if (!m.wordsIn(x0, y0, x1, y1, 0.01).isEmpty()) {
            return false;
        }
        for (Seg s : m.hIn(y0, y1)) {
            if (s.overlap(x0, x1) > 0.5) {
                return false;
            }
        }
        for (Seg s : m.vIn(x0, x1)) {
            if (s.overlap(y0, y1) > 0.5) {
                return false;
            }
        }
        for (double[] r : images) {
            if (r[0] < x1 && r[2] > x0 && r[1] < y1 && r[3] > y0) {
                return false;
            }
        }
        for (Candidate c : existing) {
            if (c.x0() < x1 && c.x1() > x0 && c.y0() < y1 && c.y1() > y0) {
                return false;
            }
        }
        return true;
    }
}
