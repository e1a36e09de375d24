package dev.formfill.core.content;

import java.util.ArrayList;
import java.util.List;

/** Groups glyphs, in content-stream order, into words: split at spaces and at visible gaps. */
final class WordGrouper {

    /** A gap wider than this fraction of the font size starts a new word. */
    private static final double GAP_FRACTION = 0.25;
    /** This many dots or underscores in a row are a typed fill-in line, not punctuation. */
    private static final int MIN_LEADER_RUN = 3;

    private WordGrouper() {
    }

    static List<TextWord> group(List<ContentExtractor.RawGlyph> glyphs, double w, double h) {
        List<TextWord> words = new ArrayList<>();
        List<ContentExtractor.RawGlyph> current = new ArrayList<>();
        ContentExtractor.RawGlyph last = null;
        for (ContentExtractor.RawGlyph g : glyphs) {
            boolean space = g.text().isBlank() && !g.text().isEmpty() || (g.text().isEmpty() && g.code() == 32);
            boolean joins = last != null && !space && continues(last, g);
            if (!joins && !current.isEmpty()) {
                flush(current, w, h, words);
            }
            if (space) {
                last = null;
                continue;
            }
            current.add(g);
            last = g;
        }
        flush(current, w, h, words);
        return words;
    }

    /**
     * Emits the glyphs as words, cut where a leader run (dots or underscores typed as a fill-in
     * line, as in "Name:........") meets other text, so the label and the line are separate words.
     */
    private static void flush(List<ContentExtractor.RawGlyph> glyphs, double w, double h, List<TextWord> out) {
        int start = 0;
        int i = 0;
        while (i < glyphs.size()) {
            if (!isLeader(glyphs.get(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < glyphs.size() && isLeader(glyphs.get(j))) {
                j++;
            }
            if (j - i >= MIN_LEADER_RUN || glyphs.get(i).text().equals("\u2026") && j - i >= 2) {
                emit(glyphs, start, i, w, h, out);
                emit(glyphs, i, j, w, h, out);
                start = j;
            }
            i = j;
        }
        emit(glyphs, start, glyphs.size(), w, h, out);
        glyphs.clear();
    }

    private static void emit(List<ContentExtractor.RawGlyph> glyphs, int from, int to, double w, double h,
                             List<TextWord> out) {
        if (from >= to) {
            return;
        }
        ContentExtractor.RawGlyph first = glyphs.get(from);
        double x0 = first.x0(), y0 = first.y0(), x1 = first.x1(), y1 = first.y1();
        StringBuilder text = new StringBuilder();
        for (int k = from; k < to; k++) {
            ContentExtractor.RawGlyph g = glyphs.get(k);
            x0 = Math.min(x0, g.x0());
            y0 = Math.min(y0, g.y0());
            x1 = Math.max(x1, g.x1());
            y1 = Math.max(y1, g.y1());
            text.append(g.text());
        }
        out.add(new TextWord(text.toString(), PageContent.norm(x0, y0, x1, y1, w, h).clipToUnit(),
                first.size(), first.font(), first.upright(), first.luminance()));
    }

    private static boolean isLeader(ContentExtractor.RawGlyph g) {
        String t = g.text();
        return t.equals("_") || t.equals("\uff3f") || t.equals(".") || t.equals("\u2026") || t.equals("\u00b7");
    }

    private static boolean continues(ContentExtractor.RawGlyph a, ContentExtractor.RawGlyph b) {
        if (a.upright() != b.upright()) {
            return false;
        }
        double size = Math.max(a.size(), b.size());
        if (Math.abs(a.size() - b.size()) > 0.3 * size) {
            return false;
        }
        if (a.upright()) {
            double endX = a.originX() + a.advance();
            double gap = b.originX() - endX;
            return Math.abs(b.originY() - a.originY()) <= 0.3 * size && gap <= GAP_FRACTION * size
                    && gap >= -0.5 * size;
        }
        // Rotated text: join when the next origin lies where the previous glyph ended.
        double dist = Math.hypot(b.originX() - a.originX(), b.originY() - a.originY());
        return Math.abs(dist - a.advance()) <= GAP_FRACTION * size;
    }
}
