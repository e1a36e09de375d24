package dev.formfill.core.detect.geometry;

import java.util.ArrayList;
import java.util.List;

/**
 * Line detection on the rendered page, for scans and pages whose structure is an image: long runs
 * of dark pixels along rows and columns (solid or dotted), and the edges of tinted boxes
 * ({@link RasterTints}). Text of the page's text layer is masked out first so letters do not become lines.
 */
final class RasterLines implements PageModel.Ink {

    private static final int DARK = 165;
    /** The dots of a leader: darker than this at their core (small dots come out gray). */
    private static final int DOT_INK = 190;
    /** A dotted row this close (pt) to a solid rule over the same stretch belongs to that rule's box. */
    private static final double DOTS_BESIDE_RULE_PT = 5;
    /** A hairline split over two pixel lines: each half at least this dark (0..255 darkness) ... */
    private static final int RIDGE_HALF = 30;
    /** ... with paper (darkness below this) on both sides. */
    private static final int RIDGE_FLANK = 40;
    /** A vertical run at least this long (pt) is no letter, even with ink along one side of it. */
    private static final double LONG_RULE_PT = 40;
    /** A side inked along this much of a rule's length is a shaded band beside it, not letters. */
    private static final double SHADED_SIDE = 0.85;
    /** Light gray fill-in rules ("$ ______" printed in 30% gray) are darker than this. */
    private static final int FAINT = 215;
    /** A dark run with more ink than this just either side of it runs through letters (bold text, a "$"). */
    private static final double LETTERS_AROUND = 0.3;
    /** A light wall spreads over at most this many points: a hairline resampled over two or three pixels. */
    private static final double FAINT_WALL_MAX_PT = 1.6;
    /** ... may have rules crossing it (a table's rows) along this fraction of its length ... */
    private static final double WALL_CROSSINGS = 0.12;
    /** ... and is on average at least this much darker (0..255) than the paper beside it. */
    private static final double FAINT_WALL_CONTRAST = 40;
    /** A faint rule is at least this long (pt): shorter light runs are antialiased letters. */
    private static final double FAINT_MIN_PT = 30;
    /** Anything darker than this is ink when judging whether a cell is empty. */
    private static final int INK = 215;

    private final int iw;
    private final int ih;
    private final byte[] gray; // 0..255 luminance, row-major
    private final double sx; // pixels per point, x
    private final double sy;
    /** Dotted leaders found as rows of dots: typed blanks, as "....." on vector pages. */
    final List<Seg> dotted = new ArrayList<>();

    private RasterLines(GrayRaster page, double wPt, double hPt) {
        this.iw = page.width();
        this.ih = page.height();
        this.sx = iw / wPt;
        this.sy = ih / hPt;
        this.gray = page.copy().gray(); // the text layer is masked in this copy
    }

    /** Adds segments (displayed points) found on the image to {@code hs} and {@code vs}. */
    static RasterLines detect(GrayRaster page, double wPt, double hPt, List<Word> words, List<Seg> hs, List<Seg> vs) {
        RasterLines r = new RasterLines(page, wPt, hPt);
        RasterTints.boxes(r.gray, r.iw, r.ih, r.sx, r.sy, hs, vs); // before masking: text on a tint must not punch holes into it
        r.maskWords(words);
        List<Seg> runs = new ArrayList<>();
        // split hairlines count in columns; along rows the tops of letters smear the same way, so
        // short horizontal ones are left out (long ones come with the faint rules)
        r.darkRuns(true, runs, DARK, 8, false);
        r.darkRuns(false, runs, DARK, 8, true);
        for (Seg run : runs) {
            if (r.paperAround(run, LETTERS_AROUND)) {
                (run.horizontal() ? hs : vs).add(run);
            }
        }
        r.faintRules(hs, words);
        r.faintWalls(vs, words);
        for (Seg dots : RasterDotRows.find(RasterMarks.find(r.gray, r.iw, r.ih, DOT_INK,
                (int) Math.ceil(RasterDotRows.DOT_MAX_PT * Math.max(r.sx, r.sy)) + 1), r.sx, r.sy)) {
            if (!alongRule(dots, hs)) {
                r.dotted.add(dots);
            }
        }
        // pieces of a leader the line pass found where its dots stand close are the same dots
        hs.removeIf(h -> h.dashed() && r.dotted.stream().anyMatch(d -> Math.abs(d.pos() - h.pos()) <= 1.5
                && h.a() >= d.a() - 2 && h.b() <= d.b() + 2));
        hs.addAll(r.dotted);
        return r;
    }

    /** Whether a solid rule runs right beside a dotted row: the row is the cell marks inside a drawn box. */
    private static boolean alongRule(Seg dots, List<Seg> hs) {
        for (Seg h : hs) {
            if (!h.dashed() && Math.abs(h.pos() - dots.pos()) <= DOTS_BESIDE_RULE_PT
                    && h.overlap(dots.a(), dots.b()) > 0.5 * dots.length()) {
                return true;
            }
        }
        return false;
    }

    /** Fraction of dark pixels inside a rectangle (points), text-layer words excluded. */
    @Override
    public double fraction(double x0, double y0, double x1, double y1) {
        int a = Math.max(0, (int) Math.ceil(x0 * sx)), b = Math.min(iw - 1, (int) Math.floor(x1 * sx));
        int c = Math.max(0, (int) Math.ceil(y0 * sy)), d = Math.min(ih - 1, (int) Math.floor(y1 * sy));
        if (b < a || d < c) {
            return 0;
        }
        int dark = 0;
        for (int y = c; y <= d; y++) {
            for (int x = a; x <= b; x++) {
                if (at(x, y) < INK) {
                    dark++;
                }
            }
        }
        return dark / (double) ((b - a + 1) * (d - c + 1));
    }

    private int at(int x, int y) {
        return gray[y * iw + x] & 0xff;
    }

    /** Paints the text layer's words white (shrunk a little so lines touching them survive). */
    private void maskWords(List<Word> words) {
        for (Word w : words) {
            int x0 = (int) Math.ceil((w.x0() + 0.3) * sx), x1 = (int) Math.floor((w.x1() - 0.3) * sx);
            int y0 = (int) Math.ceil((w.y0() + 0.15 * w.size()) * sy), y1 = (int) Math.floor((w.y1() - 0.1 * w.size()) * sy);
            x0 = Math.max(0, x0);
            y0 = Math.max(0, y0);
            x1 = Math.min(iw - 1, x1);
            y1 = Math.min(ih - 1, y1);
            for (int y = y0; y <= y1; y++) {
                java.util.Arrays.fill(gray, y * iw + x0, y * iw + Math.max(x0, x1 + 1), (byte) 255);
            }
        }
    }

    /**
     * Whether the pixel at {@code along}, {@code across} is ink of a line. A hairline that fell between
     * two pixel lines when the scan was resampled (a 1 px rule at 150 dpi read at 144 dpi) is two
     * half-dark pixels with paper either side: their darkness together counts, as one pixel's would.
     */
    private boolean dark(boolean horizontal, int along, int across, int threshold, boolean ridges) {
        int g = horizontal ? at(along, across) : at(across, along);
        if (g < threshold) {
            return true;
        }
        if (!ridges || 255 - g < RIDGE_HALF) {
            return false;
        }
        int lines = horizontal ? ih : iw;
        for (int other : new int[] {across - 1, across + 1}) {
            int lo = Math.min(other, across), hi = Math.max(other, across);
            if (lo - 1 < 0 || hi + 1 >= lines) {
                continue;
            }
            int pair = 255 - g + 255 - (horizontal ? at(along, other) : at(other, along));
            int before = 255 - (horizontal ? at(along, lo - 1) : at(lo - 1, along));
            int after = 255 - (horizontal ? at(along, hi + 1) : at(hi + 1, along));
            if (pair >= 1.3 * (255 - threshold) && before < RIDGE_FLANK && after < RIDGE_FLANK) {
                return true;
            }
        }
        return false;
    }

    /** Runs of dark pixels along one pixel line, gaps up to maxGap bridged: {start, end, dark pixels}. */
    private List<int[]> lineRuns(boolean horizontal, int l, int len, int threshold, boolean ridges, int minLen, int maxGap) {
        List<int[]> runs = new ArrayList<>();
        int start = -1, last = -1, dark = 0;
        for (int i = 0; i <= len; i++) {
            boolean d = i < len && dark(horizontal, i, l, threshold, ridges);
            if (d) {
                if (start < 0) {
                    start = i;
                    dark = 0;
                } else if (i - last - 1 > maxGap) {
                    if (last - start + 1 >= minLen) {
                        runs.add(new int[] {start, last, dark});
                    }
                    start = i;
                    dark = 0;
                }
                last = i;
                dark++;
            } else if (start >= 0 && (i == len || i - last > maxGap)) {
                if (last - start + 1 >= minLen) {
                    runs.add(new int[] {start, last, dark});
                }
                start = -1;
            }
        }
        return runs;
    }

    /** Runs of dark pixels along rows (horizontal) or columns, merged across neighbouring lines. */
    private void darkRuns(boolean horizontal, List<Seg> out, int threshold, double minPt, boolean ridges) {
        int lines = horizontal ? ih : iw, len = horizontal ? iw : ih;
        double s = horizontal ? sx : sy, across = horizontal ? sy : sx;
        int minLen = (int) Math.round(minPt * s); // longer than the stems of body-text letters
        int maxGap = Math.max(2, (int) Math.round(1.6 * s));
        List<int[]> done = RunStacks.stack(lines, l -> lineRuns(horizontal, l, len, threshold, ridges, minLen, maxGap), maxGap, true);
        for (int[] o : done) {
            int thickPx = o[3] - o[2] + 1;
            double thick = thickPx / across;
            if (thick > 3.5) {
                continue; // a filled area, not a line
            }
            double ratio = o[4] / (double) ((o[1] - o[0] + 1) * thickPx);
            double pos = (o[2] + o[3] + 1) / 2.0 / across;
            double a = o[0] / s, b = (o[1] + 1) / s;
            boolean dotted = ratio < 0.75;
            if (dotted && b - a < 12) {
                continue; // short broken runs are letters or noise
            }
            out.add(new Seg(horizontal, pos, a, b, Math.max(0.3, thick), dotted));
        }
    }

    /**
     * Light gray horizontal rules the dark pass misses: long, solid, thin and with white paper just
     * above and below (antialiased text is none of these). Rules already found are not repeated.
     */
    private void faintRules(List<Seg> hs, List<Word> words) {
        List<Seg> found = new ArrayList<>();
        darkRuns(true, found, FAINT, FAINT_MIN_PT, true);
        for (Seg f : found) {
            if (!f.dashed() && f.thick() <= 1.2 && paperAround(f, 0.05) && !throughWord(f, words)) {
                addUnlessKnown(hs, f);
            }
        }
    }

    /** Adds the run unless a segment already found lies along most of it. */
    private static void addUnlessKnown(List<Seg> segs, Seg f) {
        for (Seg s : segs) {
            if (Math.abs(s.pos() - f.pos()) <= 1.5 && s.overlap(f.a(), f.b()) > 0.5 * f.length()) {
                return;
            }
        }
        segs.add(f);
    }

    /**
     * Light gray or coloured walls (a form printed in one light ink, its column rules coming out at a fifth of
     * black on the scan): long vertical runs, at least {@link #FAINT_MIN_PT} tall, so no letter's stem.
     */
    private void faintWalls(List<Seg> vs, List<Word> words) {
        List<Seg> found = new ArrayList<>();
        darkRuns(false, found, FAINT, FAINT_MIN_PT, true);
        for (Seg f : found) {
            if (!f.dashed() && f.thick() <= FAINT_WALL_MAX_PT && paperAround(f, WALL_CROSSINGS) && !crossesWord(f, words)
                    && wallContrast(f) >= FAINT_WALL_CONTRAST) {
                addUnlessKnown(vs, f);
            }
        }
    }

    /**
     * How much darker (0..255) a vertical run is along its length than the paper just beside it: a drawn
     * wall stands out all along, while scanner noise on a tinted panel only strings dark specks together.
     */
    private double wallContrast(Seg f) {
        int centre = (int) Math.round(f.pos() * sx), off = (int) Math.ceil(f.thick() * sx / 2) + 2;
        int y0 = Math.max(0, (int) Math.ceil(f.a() * sy)), y1 = Math.min(ih - 1, (int) Math.floor(f.b() * sy));
        if (centre - off < 0 || centre + off >= iw || y1 <= y0) {
            return 0;
        }
        double wall = 0, sides = 0;
        for (int y = y0; y <= y1; y++) {
            int darkest = 255;
            for (int x = centre - 1; x <= centre + 1; x++) {
                darkest = Math.min(darkest, at(x, y));
            }
            wall += darkest;
            sides += Math.min(at(centre - off, y), at(centre + off, y));
        }
        return (sides - wall) / (y1 - y0 + 1);
    }

    /** Whether a vertical run crosses a text-layer word: a letter's light stem, not a wall. */
    private static boolean crossesWord(Seg f, List<Word> words) {
        for (Word w : words) {
            if (w.x0() < f.pos() && w.x1() > f.pos() && w.y1() > f.a() && w.y0() < f.b()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a run crosses a text-layer word: the light edge of its letters, not a rule. */
    private static boolean throughWord(Seg f, List<Word> words) {
        for (Word w : words) {
            if (w.y0() < f.pos() && w.y1() > f.pos() && w.x1() > f.a() && w.x0() < f.b()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the pixel lines just either side of a rule are white along its length, but for at
     * most {@code inkAllowed} of it (lines crossing it, a label's descenders), on both sides or on one
     * side where the other is a shaded band or the run is too long to be a letter's.
     */
    private boolean paperAround(Seg f, double inkAllowed) {
        double along = f.horizontal() ? sx : sy, across = f.horizontal() ? sy : sx;
        int limit = f.horizontal() ? iw : ih, lines = f.horizontal() ? ih : iw;
        int a = Math.max(0, (int) Math.ceil(f.a() * along)), b = Math.min(limit - 1, (int) Math.floor(f.b() * along));
        int half = (int) Math.ceil(f.thick() * across / 2) + 2;
        int centre = (int) Math.round(f.pos() * across);
        int inkedSides = 0;
        boolean shadedSide = false;
        for (int l : new int[] {centre - half, centre + half}) {
            if (l < 0 || l >= lines) {
                return false;
            }
            int ink = 0;
            for (int i = a; i <= b; i++) {
                if ((f.horizontal() ? at(i, l) : at(l, i)) < FAINT) { // a tinted panel beside a rule is paper too
                    ink++;
                }
            }
            if (ink > inkAllowed * (b - a + 1)) {
                inkedSides++;
                shadedSide |= ink >= SHADED_SIDE * (b - a + 1);
            }
        }
        // Ink along one side only is a rule bordering a shaded band (ink all along it) or, for a long
        // vertical run, a column rule beside some shaded cells: letters make neither. (Along rows, the
        // foot of a line of text has ink on one side too, so horizontal runs need the full band.)
        return inkedSides == 0 || inkedSides == 1 && (shadedSide || !f.horizontal() && f.length() >= LONG_RULE_PT);
    }
}
