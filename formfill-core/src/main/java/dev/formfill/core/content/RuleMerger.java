package dev.formfill.core.content;

import dev.formfill.core.Box;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Merges collinear touching pieces (dashes, dots, per-cell borders, doubled strokes) into rules. */
final class RuleMerger {

    /** Pieces whose centres differ by at most this (points) across the rule are collinear. */
    private static final double SAME_LINE_PT = 0.6;
    /** Solid pieces closer than this (points) along the rule join. */
    private static final double JOIN_GAP_PT = 1.0;
    /** Short pieces (dots, dashes) join across gaps up to this (points). */
    private static final double DOT_GAP_PT = 4.0;
    private static final double SHORT_PT = 4.0;

    private RuleMerger() {
    }

    static List<Rule> merge(List<ContentExtractor.RawRule> raw, boolean horizontal, double w, double h) {
        double along = horizontal ? w : h;
        double across = horizontal ? h : w;
        List<ContentExtractor.RawRule> rs = new ArrayList<>();
        for (ContentExtractor.RawRule r : raw) {
            if (r.horizontal() != horizontal) {
                continue;
            }
            // drop what lies off the displayed page
            if (r.pos() < -1 || r.pos() > across + 1 || r.to() < 0 || r.from() > along) {
                continue;
            }
            rs.add(new ContentExtractor.RawRule(horizontal, r.pos(), Math.max(0, r.from()), Math.min(along, r.to()),
                    r.thickness(), r.dashed()));
        }
        rs.sort(Comparator.comparingDouble(ContentExtractor.RawRule::pos));
        List<Rule> out = new ArrayList<>();
        int i = 0;
        while (i < rs.size()) {
            // a band of pieces at (nearly) the same position
            int j = i + 1;
            while (j < rs.size() && rs.get(j).pos() - rs.get(j - 1).pos() <= SAME_LINE_PT
                    && rs.get(j).pos() - rs.get(i).pos() <= 2 * SAME_LINE_PT) {
                j++;
            }
            List<ContentExtractor.RawRule> band = new ArrayList<>(rs.subList(i, j));
            band.sort(Comparator.comparingDouble(ContentExtractor.RawRule::from));
            ContentExtractor.RawRule cur = null;
            int pieces = 0;
            double posSum = 0, thickMax = 0;
            for (ContentExtractor.RawRule r : band) {
                if (cur != null) {
                    double gap = r.from() - cur.to();
                    boolean shortPieces = (cur.to() - cur.from()) / Math.max(pieces, 1) < SHORT_PT
                            || r.to() - r.from() < SHORT_PT;
                    if (gap <= JOIN_GAP_PT || (shortPieces && gap <= DOT_GAP_PT)) {
                        boolean dashed = cur.dashed() || r.dashed() || (shortPieces && gap > JOIN_GAP_PT);
                        cur = new ContentExtractor.RawRule(horizontal, cur.pos(), cur.from(), Math.max(cur.to(), r.to()),
                                Math.max(cur.thickness(), r.thickness()), dashed);
                        pieces++;
                        posSum += r.pos();
                        thickMax = Math.max(thickMax, r.thickness());
                        continue;
                    }
                    out.add(toRule(cur, posSum / pieces, thickMax, w, h));
                }
                cur = r;
                pieces = 1;
                posSum = r.pos();
                thickMax = r.thickness();
            }
            if (cur != null) {
                out.add(toRule(cur, posSum / pieces, thickMax, w, h));
            }
            i = j;
        }
        out.sort(PageContent.BY_POSITION);
        return out;
    }

    private static Rule toRule(ContentExtractor.RawRule r, double pos, double thick, double w, double h) {
        double half = Math.max(thick, 0.1) / 2;
        Box b = r.horizontal()
                ? PageContent.norm(r.from(), pos - half, r.to(), pos + half, w, h)
                : PageContent.norm(pos - half, r.from(), pos + half, r.to(), w, h);
        return new Rule(b.clipToUnit(), r.horizontal(), thick, r.dashed());
    }
}
