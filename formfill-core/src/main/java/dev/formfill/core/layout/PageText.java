package dev.formfill.core.layout;

import dev.formfill.core.Box;
import dev.formfill.core.content.TextWord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A page's text as phrases, in points: runs of words on one line separated by no more than a
 * word space. A phrase ends at a wide gap, at a vertical rule, at a field box, and at fill-in
 * marks ({@code ____}, dot leaders, box glyphs), which are never label text.
 */
final class PageText {

    /** One phrase: its text, its extent in points and its font size. */
    record Phrase(String text, Box box, double fontSize) {
        double cy() {
            return box.centerY();
        }
    }

    /** A gap wider than this many font sizes ends a phrase. */
    private static final double MAX_GAP_EM = 0.9;
    /** Words whose text is only fill-in marks: underscores, dots, dashes, box and check glyphs. */
    private static final Pattern FILL_MARKS = Pattern.compile("[_.\\u2026\\-\\u2013\\u2014\\u2012=~\\u25A0-\\u25FF\\u2610-\\u2612\\u274F-\\u2752\\uF06F\\uF0A8\\uF071\\uF072\\uF0FE\\s]+");

    private static final Pattern SYMBOL_FONT = Pattern.compile("(?i)wingding|webding|dingbat|zapf|symbol|marlett");

    final List<Phrase> phrases;
    /** Where radio circles are typed ("○", "❍"), in any font, symbol fonts included (points). */
    final List<Box> rings;

    private PageText(List<Phrase> phrases, List<Box> rings) {
        this.phrases = List.copyOf(phrases);
        this.rings = List.copyOf(rings);
    }

    /** Hollow circles that forms type as radio buttons. */
    private static final String RING_CHARS = "○◯❍⚪⭘";

    static PageText of(List<TextWord> words, PageFrame frame, List<Box> fieldBoxesPt) {
        List<Phrase> pieces = new ArrayList<>();
        List<Box> rings = new ArrayList<>();
        for (TextWord w : words) {
            String t = w.text().strip();
            if (t.length() == 1 && RING_CHARS.indexOf(t.charAt(0)) >= 0) {
                rings.add(frame.toPoints(w.box()));
            }
            if (!w.upright() || t.isEmpty() || SYMBOL_FONT.matcher(w.fontName()).find()) {
                continue; // symbol fonts draw boxes and ticks ("F" in Wingdings is a checkbox), not words
            }
            Box b = frame.toPoints(w.box());
            double fs = w.fontSizePt() > 0 ? w.fontSizePt() : b.height();
            if (FILL_MARKS.matcher(t).matches()) {
                continue;
            }
            // a word glued to its fill-in line ("Name:______") keeps only its text
            pieces.add(new Phrase(stripFill(t), b, fs));
        }
        pieces.removeIf(p -> p.text().isEmpty());
        // cluster into lines by vertical centre, then split each line at gaps
        pieces.sort(Comparator.comparingDouble(Phrase::cy).thenComparingDouble(p -> p.box().x0()));
        List<List<Phrase>> lines = new ArrayList<>();
        for (Phrase p : pieces) {
            List<Phrase> line = null;
            for (int i = lines.size() - 1; i >= 0 && i >= lines.size() - 4; i--) {
                Phrase first = lines.get(i).get(0);
                if (Math.abs(first.cy() - p.cy()) <= 0.35 * Math.max(first.box().height(), p.box().height())) {
                    line = lines.get(i);
                    break;
                }
            }
            if (line == null) {
                line = new ArrayList<>();
                lines.add(line);
            }
            line.add(p);
        }
        List<Phrase> out = new ArrayList<>();
        for (List<Phrase> line : lines) {
            line.sort(Comparator.comparingDouble(p -> p.box().x0()));
            Phrase cur = null;
            for (Phrase w : line) {
                if (cur != null && joins(cur, w, frame, fieldBoxesPt)) {
                    cur = merge(cur, w);
                } else {
                    if (cur != null) {
                        out.add(cur);
                    }
                    cur = w;
                }
            }
            if (cur != null) {
                out.add(cur);
            }
        }
        return new PageText(out, rings);
    }

    private static String stripFill(String t) {
        return Identifiers.FILL.matcher(t).replaceAll(" ").strip();
    }

    private static boolean joins(Phrase a, Phrase b, PageFrame frame, List<Box> fields) {
        double gap = b.box().x0() - a.box().x1();
        double em = Math.max(a.fontSize(), b.fontSize());
        if (gap > MAX_GAP_EM * em || gap < -em) {
            return false;
        }
        double y0 = Math.min(a.box().y0(), b.box().y0()), y1 = Math.max(a.box().y1(), b.box().y1());
        double cy = (y0 + y1) / 2;
        double gx0 = Math.min(a.box().x1(), b.box().x0()), gx1 = Math.max(a.box().x1(), b.box().x0());
        for (PageFrame.Segment v : frame.vertical) {
            if (v.pos() > gx0 - 0.5 && v.pos() < gx1 + 0.5 && v.covers(cy, 0)) {
                return false;
            }
        }
        for (Box f : fields) {
            boolean inGap = f.x0() >= gx0 - 1 && f.x1() <= gx1 + 1 && f.width() > 0;
            if (inGap && f.y0() < y1 && f.y1() > y0) {
                return false;
            }
        }
        return true;
    }

    private static Phrase merge(Phrase a, Phrase b) {
        Box u = new Box(Math.min(a.box().x0(), b.box().x0()), Math.min(a.box().y0(), b.box().y0()),
                Math.max(a.box().x1(), b.box().x1()), Math.max(a.box().y1(), b.box().y1()));
        return new Phrase(a.text() + " " + b.text(), u, Math.max(a.fontSize(), b.fontSize()));
    }
}
