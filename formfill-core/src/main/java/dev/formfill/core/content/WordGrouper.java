package dev.formfill.core.content;

import java.util.ArrayList;
import java.util.List;

/** Groups glyphs, in content-stream order, into words: split at spaces and at visible gaps. */
final class WordGrouper {

    /** A gap wider than this fraction of the font size starts a new word. */
    private static final double GAP_FRACTION = 0.25;

    private WordGrouper() {
    }

    static List<TextWord> group(List<ContentExtractor.RawGlyph> glyphs, double w, double h) {
        List<TextWord> words = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        ContentExtractor.RawGlyph first = null, last = null;
        double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
        for (ContentExtractor.RawGlyph g : glyphs) {
            boolean space = g.text().isBlank() && !g.text().isEmpty() || (g.text().isEmpty() && g.code() == 32);
            boolean joins = last != null && !space && continues(last, g);
            if (!joins && first != null) {
                words.add(new TextWord(text.toString(), PageContent.norm(x0, y0, x1, y1, w, h).clipToUnit(),
                        first.size(), first.font(), first.upright()));
                first = null;
                text.setLength(0);
            }
            if (space) {
                last = null;
                continue;
            }
            if (first == null) {
                first = g;
                x0 = g.x0();
                y0 = g.y0();
                x1 = g.x1();
                y1 = g.y1();
            } else {
                x0 = Math.min(x0, g.x0());
                y0 = Math.min(y0, g.y0());
                x1 = Math.max(x1, g.x1());
                y1 = Math.max(y1, g.y1());
            }
            text.append(g.text());
            last = g;
        }
        if (first != null) {
            words.add(new TextWord(text.toString(), PageContent.norm(x0, y0, x1, y1, w, h).clipToUnit(),
                    first.size(), first.font(), first.upright()));
        }
        return words;
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
