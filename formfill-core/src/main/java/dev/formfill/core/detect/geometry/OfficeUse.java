package dev.formfill.core.detect.geometry;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Parts of a form the filler must leave alone: a box or a table headed "For office use only",
 * "Staff only", "Do not write in this space" (and the same in other languages). Blanks there are
 * the office's, not fields for the person filling in the form, so they are dropped.
 */
final class OfficeUse {

    private static final Pattern RESERVED = Pattern.compile(
            "\\b((office|official|staff|agency|administrative|department|dept|county|state|irs|internal) use\\b|"
                    + "use only\\W*$|staff only|do not write|don't write|do not fill|"
                    + "no escriba|uso oficial|uso exclusivo|para uso de la oficina|réservé à l|reserve a l|ne rien inscrire|"
                    + "nicht ausfüllen|amtliche vermerke|vom amt auszufüllen|nur für den dienstgebrauch)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    /** A reserved heading is short; a sentence that mentions office use is an instruction. */
    private static final int MAX_HEADING_WORDS = 10;
    private static final double SLACK = 2;

    private OfficeUse() {
    }

    /** Removes candidates whose centre lies in a reserved region. */
    static void drop(PageModel m, List<double[]> closedCells, List<Candidate> cands) {
        List<double[]> regions = regions(m, closedCells);
        if (regions.isEmpty()) {
            return;
        }
        cands.removeIf(c -> {
            double cx = (c.x0() + c.x1()) / 2, cy = (c.y0() + c.y1()) / 2;
            for (double[] r : regions) {
                if (cx >= r[0] && cx <= r[2] && cy >= r[1] && cy <= r[3]) {
                    return true;
                }
            }
            return false;
        });
    }

    /**
     * The reserved regions: the cell holding a reserved heading, extended down as far as both of
     * its sides run (the table the heading bar tops).
     */
    static List<double[]> regions(PageModel m, List<double[]> closedCells) {
        List<double[]> out = new ArrayList<>();
        for (List<Word> line : CellText.lineRuns(m.words, 3)) {
            String text = Normalizer.normalize(CellText.text(line), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
            if (line.size() > MAX_HEADING_WORDS || !RESERVED.matcher(text).find()) {
                continue;
            }
            double[] cell = smallestCellAround(closedCells, line);
            if (cell == null) {
                continue;
            }
            double bottom = Math.min(sideEnd(m, cell[0], cell[1], cell[3]), sideEnd(m, cell[2], cell[1], cell[3]));
            out.add(new double[] {cell[0] - SLACK, cell[1] - SLACK, cell[2] + SLACK, Math.max(cell[3], bottom) + SLACK});
        }
        return out;
    }

    private static double[] smallestCellAround(List<double[]> cells, List<Word> line) {
        double x0 = line.stream().mapToDouble(Word::x0).min().orElse(0), x1 = line.stream().mapToDouble(Word::x1).max().orElse(0);
        double y0 = line.stream().mapToDouble(Word::y0).min().orElse(0), y1 = line.stream().mapToDouble(Word::y1).max().orElse(0);
        double[] best = null;
        for (double[] c : cells) {
            if (c[0] <= x0 + SLACK && c[1] <= y0 + SLACK && c[2] >= x1 - SLACK && c[3] >= y1 - SLACK
                    && (best == null || (c[2] - c[0]) * (c[3] - c[1]) < (best[2] - best[0]) * (best[3] - best[1]))) {
                best = c;
            }
        }
        return best;
    }

    /** How far down a vertical rule at x, passing through [top, bottom], continues. */
    private static double sideEnd(PageModel m, double x, double top, double bottom) {
        double end = bottom;
        for (Seg v : m.vIn(x - SLACK, x + SLACK)) {
            if (v.a() <= top + SLACK && v.b() >= bottom - SLACK) {
                end = Math.max(end, v.b());
            }
        }
        return end;
    }
}
