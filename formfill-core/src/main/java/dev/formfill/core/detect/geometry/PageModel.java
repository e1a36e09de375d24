package dev.formfill.core.detect.geometry;

import dev.formfill.core.Box;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The page as the rules see it, in displayed points: horizontal and vertical segments sorted by
 * position (binary search instead of all-pairs scans), words sorted by top, and small helpers.
 */
final class PageModel {

    /** Words are at most this tall; bounds the window of range queries over words sorted by top. */
    private static final double MAX_WORD_PT = 60;

    /** Dark-pixel fraction of a rectangle on the rendered page, for pages whose content is an image. */
    interface Ink {
        double fraction(double x0, double y0, double x1, double y1);
    }

    /** Fill-in lines typed as text ("____", "......"): blanks by intent, never table rules. */
    final Set<Seg> typed = new HashSet<>();

    /** Fraction of dark pixels that makes a stretch of an image page not bare. */
    static final double INKED = 0.01;

    /** Raster ink of image pages (text drawn in the image is not in the text layer); null on vector pages. */
    Ink ink;

    final double width;
    final double height;
    final List<Seg> hs;
    final List<Seg> vs;
    final List<Word> words;
    final double bodySize;
    /** Boxes [x0,y0,x1,y1,luminance] of fills dark enough to mean "not for writing" (shaded cells, bars). */
    final List<double[]> shades;
    private final double[] hPos;
    private final double[] vPos;
    private final double[] wordTop;

    PageModel(double width, double height, List<Seg> hs, List<Seg> vs, List<Word> words, List<double[]> shades) {
        this.width = width;
        this.shades = List.copyOf(shades);
        this.height = height;
        this.hs = sorted(hs);
        this.vs = sorted(vs);
        List<Word> ws = new ArrayList<>(words);
        ws.sort(Comparator.comparingDouble(Word::y0));
        this.words = ws;
        this.hPos = this.hs.stream().mapToDouble(Seg::pos).toArray();
        this.vPos = this.vs.stream().mapToDouble(Seg::pos).toArray();
        this.wordTop = ws.stream().mapToDouble(Word::y0).toArray();
        this.bodySize = medianSize(ws);
    }

    private static List<Seg> sorted(List<Seg> s) {
        List<Seg> l = new ArrayList<>(s);
        l.sort(Comparator.comparingDouble(Seg::pos).thenComparingDouble(Seg::a));
        return l;
    }

    private static double medianSize(List<Word> ws) {
        if (ws.isEmpty()) {
            return 10;
        }
        double[] s = ws.stream().mapToDouble(Word::size).filter(x -> x >= 4 && x <= 40).sorted().toArray();
        return s.length == 0 ? 10 : s[s.length / 2];
    }

    /** Index of the first element of {@code sorted} that is ≥ {@code v}. */
    static int lowerBound(double[] sorted, double v) {
        int lo = 0, hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Horizontal segments with pos in [lo, hi]. */
    List<Seg> hIn(double lo, double hi) {
        return range(hs, hPos, lo, hi);
    }

    /** Vertical segments with pos in [lo, hi]. */
    List<Seg> vIn(double lo, double hi) {
        return range(vs, vPos, lo, hi);
    }

    private static List<Seg> range(List<Seg> segs, double[] pos, double lo, double hi) {
        int i = lowerBound(pos, lo);
        int j = lowerBound(pos, Math.nextUp(hi));
        return segs.subList(i, Math.max(i, j));
    }

    /** Words whose box intersects the rectangle (by at least {@code minFrac} of the word's area). */
    List<Word> wordsIn(double x0, double y0, double x1, double y1, double minFrac) {
        List<Word> out = new ArrayList<>();
        int i = lowerBound(wordTop, y0 - MAX_WORD_PT);
        for (; i < words.size(); i++) {
            Word w = words.get(i);
            if (w.y0() > y1) {
                break;
            }
            double iw = Math.min(x1, w.x1()) - Math.max(x0, w.x0());
            double ih = Math.min(y1, w.y1()) - Math.max(y0, w.y0());
            if (iw <= 0 || ih <= 0) {
                continue;
            }
            double area = Math.max(1e-6, (w.x1() - w.x0()) * (w.y1() - w.y0()));
            if (iw * ih / area >= minFrac) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * Whether the rectangle is bare paper: no words, no rule reaching more than {@code slack} into
     * it (rules within {@code slack} outside it count too), no image and no other candidate.
     */
    boolean bare(double x0, double y0, double x1, double y1, double slack, List<Candidate> existing, List<double[]> images) {
        if (!wordsIn(x0, y0, x1, y1, 0.01).isEmpty()) {
            return false;
        }
        double reach = Math.max(0.5, slack - 1);
        for (Seg s : hIn(y0 - slack, y1 + slack)) {
            if (s.overlap(x0, x1) > reach) {
                return false;
            }
        }
        for (Seg s : vIn(x0 - slack, x1 + slack)) {
            if (s.overlap(y0, y1) > reach) {
                return false;
            }
        }
        for (double[] r : images) {
            if (r[0] < x1 && r[2] > x0 && r[1] < y1 && r[3] > y0) {
                return false;
            }
        }
        if (ink != null && ink.fraction(x0, y0, x1, y1) > INKED) {
            return false; // an image page: the space holds ink the text layer does not know
        }
        for (Candidate c : existing) {
            if (c.x0() < x1 && c.x1() > x0 && c.y0() < y1 && c.y1() > y0) {
                return false;
            }
        }
        return true;
    }

    /** The right end of the page's content: its rightmost word or horizontal rule (0 on a bare page). */
    double contentRight() {
        double right = 0;
        for (Word w : words) {
            right = Math.max(right, w.x1());
        }
        for (Seg s : hs) {
            right = Math.max(right, s.b());
        }
        return right;
    }

    /** The left end of the page's content: its leftmost word or horizontal rule (the page width on a bare page). */
    double contentLeft() {
        double left = width;
        for (Word w : words) {
            left = Math.min(left, w.x0());
        }
        for (Seg s : hs) {
            left = Math.min(left, s.a());
        }
        return left;
    }

    /** Whether a shade covers most of the rectangle. */
    boolean shaded(double x0, double y0, double x1, double y1) {
        double area = Math.max(1e-6, (x1 - x0) * (y1 - y0));
        for (double[] s : shades) {
            double iw = Math.min(x1, s[2]) - Math.max(x0, s[0]);
            double ih = Math.min(y1, s[3]) - Math.max(y0, s[1]);
            if (iw > 0 && ih > 0 && iw * ih / area > 0.6) {
                return true;
            }
        }
        return false;
    }

    Box toBox(double x0, double y0, double x1, double y1) {
        return new Box(x0 / width, y0 / height, x1 / width, y1 / height).clipToUnit();
    }
}
