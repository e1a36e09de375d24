package dev.formfill.core.detect.geometry;

import dev.formfill.core.detect.geometry.RasterMarks.Mark;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Dotted fill-in lines on scans ("Name ..............."): a row of separate dots, each too small for
 * the line pass, which needs ink a line's length without gaps. The dots of a typed leader are the
 * same size, stand on one baseline and repeat at a steady pitch; a row of at least
 * {@value #MIN_DOTS} of them is read as a dotted rule at their feet, as a typed "....." is on vector
 * pages.
 */
final class RasterDotRows {

    /** A dot is at most this big (pt) on each side: a period, not a letter. */
    static final double DOT_MAX_PT = 2.2;
    /** Dot centres of a leader are this far apart (pt), from tight to spaced ". . . .". */
    private static final double PITCH_MIN_PT = 1.2;
    private static final double PITCH_MAX_PT = 6;
    /** Consecutive pitches of one leader differ by at most this factor. */
    private static final double PITCH_DRIFT = 1.6;
    /** Dots of one leader stand on one baseline, within this (pt). */
    private static final double BASELINE_PT = 0.8;
    /** Fewer dots in a row are an ellipsis or scattered specks, not a leader. */
    static final int MIN_DOTS = 6;
    /** Two dotted rows this far apart (pt) at most, with dotted sides, are the edges of one dotted box. */
    private static final double OUTLINE_MAX_PT = 40;
    /** Ends of two dotted rows, and a side's dots, line up within this (pt). */
    private static final double ALIGN_PT = 3;

    private RasterDotRows() {
    }

    /** Dotted rules (displayed points) from the small components of a page, {@code sx}, {@code sy} pixels per point. */
    static List<Seg> find(List<Mark> marks, double sx, double sy) {
        List<Mark> dots = new ArrayList<>();
        for (Mark m : marks) {
            double w = m.w() / sx, h = m.h() / sy;
            if (w <= DOT_MAX_PT && h <= DOT_MAX_PT && Math.max(m.w(), m.h()) <= 2 * Math.min(m.w(), m.h()) + 1) {
                dots.add(m);
            }
        }
        dots.sort(Comparator.comparingDouble(Mark::cx));
        List<List<Mark>> open = new ArrayList<>(), done = new ArrayList<>();
        for (Mark d : dots) {
            List<Mark> best = null;
            double bestDy = Double.MAX_VALUE;
            for (int i = open.size() - 1; i >= 0; i--) {
                List<Mark> chain = open.get(i);
                Mark last = chain.get(chain.size() - 1);
                double pitch = (d.cx() - last.cx()) / sx;
                if (pitch > PITCH_MAX_PT) {
                    done.add(open.remove(i)); // nothing further right can continue it
                    continue;
                }
                double dy = Math.abs(d.y1() - last.y1()) / sy;
                if (pitch < PITCH_MIN_PT || dy > BASELINE_PT || Math.abs(d.h() - last.h()) > 1 + 0.3 * last.h()) {
                    continue;
                }
                if (chain.size() >= 2) {
                    double before = (last.cx() - chain.get(chain.size() - 2).cx()) / sx;
                    if (pitch > PITCH_DRIFT * before || before > PITCH_DRIFT * pitch) {
                        continue;
                    }
                }
                if (dy < bestDy) {
                    best = chain;
                    bestDy = dy;
                }
            }
            if (best != null) {
                best.add(d);
            } else {
                List<Mark> chain = new ArrayList<>();
                chain.add(d);
                open.add(chain);
            }
        }
        done.addAll(open);
        List<Seg> rules = new ArrayList<>();
        for (List<Mark> chain : done) {
            if (chain.size() < MIN_DOTS) {
                continue;
            }
            double feet = 0;
            for (Mark d : chain) {
                feet += d.y1() + 1;
            }
            Mark first = chain.get(0), last = chain.get(chain.size() - 1);
            rules.add(new Seg(true, feet / chain.size() / sy, first.x0() / sx, (last.x1() + 1) / sx, 0.6, true));
        }
        dropDottedOutlines(rules, dots, sx, sy);
        return rules;
    }

    /**
     * Dotted rows that are the top and bottom of a dotted box (their ends line up, and dots run down
     * both sides between them) outline a cell: the box rules read those, and neither row is a leader.
     */
    private static void dropDottedOutlines(List<Seg> rules, List<Mark> dots, double sx, double sy) {
        Set<Seg> outline = new HashSet<>();
        for (Seg top : rules) {
            for (Seg bottom : rules) {
                double gap = bottom.pos() - top.pos();
                if (gap <= 4 || gap > OUTLINE_MAX_PT || Math.abs(top.a() - bottom.a()) > ALIGN_PT
                        || Math.abs(top.b() - bottom.b()) > ALIGN_PT) {
                    continue;
                }
                if (sideDots(dots, top.a(), top.pos(), bottom.pos() - 2.5, sx, sy)
                        && sideDots(dots, top.b(), top.pos(), bottom.pos() - 2.5, sx, sy)) {
                    outline.add(top);
                    outline.add(bottom);
                }
            }
        }
        rules.removeAll(outline);
    }

    /** Whether a dot stands between y0 and y1 (pt), off both rows, within {@link #ALIGN_PT} of x. */
    private static boolean sideDots(List<Mark> dots, double x, double y0, double y1, double sx, double sy) {
        for (Mark d : dots) {
            double cx = d.cx() / sx, cy = d.cy() / sy;
            if (Math.abs(cx - x) <= ALIGN_PT && cy > y0 + 1 && cy < y1) {
                return true;
            }
        }
        return false;
    }
}
