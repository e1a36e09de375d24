package dev.formfill.core.detect.geometry;

import dev.formfill.core.Box;
import dev.formfill.core.FieldType;
import dev.formfill.core.content.Glyph;
import dev.formfill.core.content.TextWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Marks made of text: runs of underscores or dots typed as fill-in lines, and box characters
 * (☐ □ ❏ … in any font, Wingdings/ZapfDingbats codes without Unicode maps) used as checkboxes.
 */
final class TextMarks {

    private static final String BOX_CHARS = "☐□❏❐❑❒◻▢⬜⎕◽";
    /** Hollow circles: radio buttons typed as text ("○ Yes ○ No"). */
    private static final String RING_CHARS = "○◯❍⚪⭘";
    private static final int MIN_UNDERSCORES = 3;
    private static final int MIN_DOTS = 6;
    /** A checkbox widget placed over a typed box glyph is this much larger than the glyph's square. */
    static final double GLYPH_WIDGET_GROWTH = 1.55;

    private TextMarks() {
    }

    /** Segments (displayed points) for runs of '_' or '.'/'…' glyphs on one baseline. */
    static void lines(List<Glyph> glyphs, double w, double h, List<Seg> out) {
        int i = 0;
        while (i < glyphs.size()) {
            Glyph g = glyphs.get(i);
            int kind = kind(g);
            if (kind == 0 || !g.upright()) {
                i++;
                continue;
            }
            int j = i + 1, count = 1, end = i + 1;
            double x1 = g.box().x1();
            while (j < glyphs.size()) {
                Glyph n = glyphs.get(j);
                if (isSpace(n)) {
                    j++; // "_ _ _ _": spaced underscores are one line
                    continue;
                }
                if (kind == 1 && isSeparator(n) && j + 1 < glyphs.size() && kind(glyphs.get(j + 1)) == 1
                        && (n.box().x0() - x1) * w <= 0.6 * g.fontSizePt()) {
                    x1 = Math.max(x1, n.box().x1());
                    j++; // "__/__/____", "___-____": one blank for the whole date or number
                    continue;
                }
                if (kind(n) != kind || !n.upright() || Math.abs(n.box().y1() - g.box().y1()) * h > 1
                        || (n.box().x0() - x1) * w > 0.6 * g.fontSizePt()) {
                    break;
                }
                x1 = Math.max(x1, n.box().x1());
                count++;
                j++;
                end = j;
            }
            j = end;
            boolean ellipsis = kind == 2 && g.text().equals("…");
            if ((kind == 1 && count >= MIN_UNDERSCORES) || (kind == 2 && (count >= MIN_DOTS || (ellipsis && count >= 2)))) {
                double size = g.fontSizePt();
                // glyph boxes run from descent to ascent; the underscore/dots sit just below/on the baseline
                double bottom = g.box().y1() * h;
                double descent = 0.21 * size;
                double y = kind == 1 ? bottom - descent + 0.1 * size : bottom - descent;
                out.add(new Seg(true, y, g.box().x0() * w, x1 * w, 0.6, kind == 2));
            }
            i = j;
        }
    }

    /** Separators typed between underscore groups of one date or number. */
    private static boolean isSeparator(Glyph g) {
        String t = g.text();
        return t.equals("/") || t.equals("-") || t.equals("–");
    }

    /**
     * Whether a word is no label: a typed blank ("____", "__/__/____", "......"), a separator
     * between typed blanks ("-", "/") or glyphs without any Unicode text.
     */
    static boolean typedBlank(String text) {
        return text.chars().allMatch(ch -> ch == '_' || ch == '.' || ch == '…' || ch == '/' || ch == '-');
    }

    private static boolean isSpace(Glyph g) {
        return g.text().equals(" ") || g.text().isEmpty() && g.code() == 32;
    }

    private static int kind(Glyph g) {
        String t = g.text();
        if (t.equals("_") || t.equals("＿")) {
            return 1;
        }
        if (t.equals(".") || t.equals("…") || t.equals("·")) {
            return 2;
        }
        return 0;
    }

    /** Checkbox candidates from box glyphs: the measured outline where known, else the em square. */
    static void boxes(List<Glyph> glyphs, double w, double h, List<Candidate> out) {
        for (Glyph g : glyphs) {
            if (g.boxShape() && g.inkBox() != null) {
                Box b = g.inkBox();
                double bw = b.width() * w, bh = b.height() * h;
                if (bw < Cells.BOX_MIN - 1 || bh < Cells.BOX_MIN - 1 || bw > Cells.BOX_MAX || bh > Cells.BOX_MAX) {
                    continue;
                }
                // Widgets over typed boxes are drawn larger than the glyph (room to click and to show the tick).
                double cx = b.centerX() * w, cy = b.centerY() * h, gw = bw * GLYPH_WIDGET_GROWTH / 2,
                        gh = bh * GLYPH_WIDGET_GROWTH / 2;
                out.add(new Candidate(FieldType.CHOICE_BUTTON, cx - gw, cy - gh, cx + gw, cy + gh, 0.8, 0, "box-glyph", ""));
                continue;
            }
            if (!isBox(g)) {
                continue;
            }
            double size = g.fontSizePt();
            double gx0 = g.box().x0() * w, gx1 = g.box().x1() * w, gy1 = g.box().y1() * h;
            // the square sits on the baseline and is about as wide as the advance, less side bearings
            double side = Math.min(gx1 - gx0, 0.75 * size) * 0.9 * GLYPH_WIDGET_GROWTH;
            double cx = (gx0 + gx1) / 2;
            double baseline = gy1 - 0.21 * size;
            double cy = baseline - side / 2 - 0.02 * size;
            if (side < 3) {
                continue;
            }
            out.add(new Candidate(FieldType.CHOICE_BUTTON, cx - side / 2, cy - side / 2, cx + side / 2, cy + side / 2, 0.75,
                    0, "box-glyph", ""));
        }
    }

    /**
     * "[ ]" typed as a checkbox: an opening and a closing bracket on one baseline with only spaces
     * (or a typed mark such as "*" or "x") between them, at most about three ems apart.
     */
    static void brackets(List<Glyph> glyphs, double w, double h, List<Candidate> out) {
        for (int i = 0; i < glyphs.size(); i++) {
            Glyph open = glyphs.get(i);
            if (!open.text().equals("[") || !open.upright()) {
                continue;
            }
            int marks = 0;
            for (int j = i + 1; j < glyphs.size() && j <= i + 12; j++) {
                Glyph n = glyphs.get(j);
                if (isSpace(n)) {
                    continue;
                }
                if (n.text().equals("]")) {
                    double size = open.fontSizePt();
                    double x0 = open.box().x0() * w, x1 = n.box().x1() * w;
                    boolean oneLine = Math.abs(n.box().y1() - open.box().y1()) * h <= 1;
                    if (oneLine && marks <= 1 && x1 - x0 >= 0.6 * size && x1 - x0 <= 3.2 * size) {
                        double bottom = open.box().y1() * h - 0.05 * size, top = open.box().y0() * h + 0.1 * size;
                        out.add(new Candidate(FieldType.CHOICE_BUTTON, x0, top, x1, bottom, 0.6, 0, "bracket-box", ""));
                    }
                    break;
                }
                if (n.text().length() != 1 || "*xX✓✔".indexOf(n.text().charAt(0)) < 0 || ++marks > 1) {
                    break;
                }
            }
        }
    }

    /** The centres (fractions of the page) of the glyphs that are box or ring marks. */
    static List<double[]> markCentres(List<Glyph> glyphs) {
        List<double[]> out = new ArrayList<>();
        for (Glyph g : glyphs) {
            if (g.boxShape() && g.inkBox() != null || isBox(g)) {
                out.add(new double[] {g.box().centerX(), g.box().centerY()});
            }
        }
        return out;
    }

    /**
     * Whether a word is one box or ring mark and nothing else: the checkbox itself, never a word of
     * an option's label (else the bare room before "○" in "○ Yes" reads as a missing button).
     */
    static boolean markOnly(TextWord word, List<double[]> markCentres) {
        if (markCentres.isEmpty() || word.text().codePointCount(0, word.text().length()) != 1) {
            return false;
        }
        Box b = word.box();
        for (double[] c : markCentres) {
            if (c[0] >= b.x0() && c[0] <= b.x1() && c[1] >= b.y0() && c[1] <= b.y1()) {
                return true;
            }
        }
        return false;
    }

    static boolean isBox(Glyph g) {
        String t = g.text();
        if (t.length() == 1 && (BOX_CHARS.indexOf(t.charAt(0)) >= 0 || RING_CHARS.indexOf(t.charAt(0)) >= 0)) {
            return true;
        }
        String font = g.fontName().toLowerCase(Locale.ROOT);
        int code = g.code();
        if (t.length() == 1 && t.charAt(0) >= 0xF000 && t.charAt(0) <= 0xF0FF) {
            code = t.charAt(0) - 0xF000; // symbol fonts mapped into the private use area
        }
        if (font.contains("wingding")) {
            // □ ◻ ❑ ❒ and the white squares, ❍ and ○ (the radio circles)
            return code == 0x6F || code == 0x71 || code == 0x72 || code == 0xA8 || code == 0x70 || code == 0x6D
                    || code == 0xA1;
        }
        if (font.contains("dingbat")) {
            // ❏ ❐ ❑ ❒, and ❍ (a radio circle)
            return (t.isEmpty() || t.charAt(0) < 0x80) && (code >= 0x6F && code <= 0x72 || code == 0x6D);
        }
        return false;
    }
}
