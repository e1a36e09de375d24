package dev.formfill.core.detect.geometry;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs found along pixel lines (rows or columns), stacked across neighbouring lines into shapes: a rule a
 * few pixels thick, a tinted box many rows tall. A run joins the stack of the line before whose ends lie
 * within a tolerance of its own; a stack no run continues is finished.
 */
final class RunStacks {

    /** The runs of one pixel line: {start, end, weight} (weight: the run's dark pixels, or 0). */
    @FunctionalInterface
    interface Lines {
        List<int[]> runs(int line);
    }

    private RunStacks() {
    }

    /**
     * Stacks the runs of lines 0..lines-1: {start, end, firstLine, lastLine, weight} per stack, the weights
     * of its runs summed. With {@code widen} a stack takes in the ends of the runs it gathers (a rule drawn a
     * little crooked); without, it keeps its first run's ends (a box's sides stay where they began).
     */
    static List<int[]> stack(int lines, Lines runsOf, int tol, boolean widen) {
        List<int[]> open = new ArrayList<>();
        List<int[]> done = new ArrayList<>();
        for (int l = 0; l < lines; l++) {
            List<int[]> runs = runsOf.runs(l);
            List<int[]> next = new ArrayList<>();
            boolean[] used = new boolean[runs.size()];
            for (int[] o : open) {
                boolean cont = false;
                for (int k = 0; k < runs.size(); k++) {
                    int[] r = runs.get(k);
                    if (!used[k] && Math.abs(r[0] - o[0]) <= tol && Math.abs(r[1] - o[1]) <= tol) {
                        o[3] = l;
                        if (widen) {
                            o[0] = Math.min(o[0], r[0]);
                            o[1] = Math.max(o[1], r[1]);
                        }
                        o[4] += r[2];
                        used[k] = true;
                        cont = true;
                        break;
                    }
                }
                (cont ? next : done).add(o);
            }
            for (int k = 0; k < runs.size(); k++) {
                if (!used[k]) {
                    int[] r = runs.get(k);
                    next.add(new int[] {r[0], r[1], l, l, r[2]});
                }
            }
            open = next;
        }
        done.addAll(open);
        return done;
    }
}
