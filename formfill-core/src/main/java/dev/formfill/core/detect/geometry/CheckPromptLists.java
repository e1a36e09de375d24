package dev.formfill.core.detect.geometry;

import dev.formfill.core.FieldType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Options listed under an instruction to check a box ("Type of request (check one box only):"),
 * each line indented past bare space where only the widget drew its checkbox. Unlike the short
 * lists {@link BareOptions} finds on layout alone, these options may be whole sentences, so the
 * instruction is what makes them options. The checkbox hangs at the instruction's left margin,
 * the option's text indented beside it, as forms set such lists. A line set solid under a long
 * option (at most {@value #SOLID_LEADING} font sizes below it) is that option's wrapped text.
 */
final class CheckPromptLists {

    /** "check one box", "tick all that apply", "mark the appropriate box(es)". */
    private static final Pattern INSTRUCTION = Pattern.compile(
            "\\b(check|tick|mark)\\b[^.;]*\\b(box|boxes|box\\(es\\)|one|all that apply)\\b");
    /** Lines closer than this many font sizes continue the line above. */
    static final double SOLID_LEADING = 1.3;
    /** An option line follows the one above within this many line heights; the first may stand further off. */
    private static final double MAX_STEP = 2.5, MAX_FIRST_STEP = 3.0;
    /** The checkbox is this fraction of the line's height, at most {@value #MAX_BOX_PT} pt. */
    private static final double BOX_SHARE = 0.8, MAX_BOX_PT = 12;

    private CheckPromptLists() {
    }

    /** {@code lines}: the page's words in line runs split at gaps of three font sizes. */
    static void find(PageModel m, List<List<Word>> lines, List<Candidate> existing, List<double[]> images,
            List<Candidate> out) {
        List<Candidate> taken = new ArrayList<>(existing);
        taken.addAll(out); // lists already given buttons
        for (int i = 0; i < lines.size(); i++) {
            List<Word> prompt = lines.get(i);
            if (!INSTRUCTION.matcher(CellText.text(prompt).toLowerCase(Locale.ROOT)).find()) {
                continue;
            }
            List<List<Word>> options = options(lines, i);
            if (options.size() >= 2) {
                double margin = prompt.get(0).x0();
                BareOptions.allOrNone(options, o -> box(m, taken, images, o, margin), out);
            }
        }
    }

    /** The option lines under the instruction at {@code at}: indented alike, first lines only. */
    private static List<List<Word>> options(List<List<Word>> lines, int at) {
        List<Word> prompt = lines.get(at);
        double margin = prompt.get(0).x0(), h = height(prompt);
        List<List<Word>> options = new ArrayList<>();
        double x = Double.NaN, lastTop = prompt.get(0).y0();
        for (int j = at + 1; j < lines.size(); j++) {
            List<Word> line = lines.get(j);
            Word first = line.get(0);
            double step = first.y0() - lastTop;
            if (Math.abs(step) <= 2 && first.x0() > prompt.get(prompt.size() - 1).x1()) {
                continue; // text further right on the instruction's line
            }
            if (step > (options.isEmpty() ? MAX_FIRST_STEP : MAX_STEP) * h) {
                break;
            }
            if (!Double.isNaN(x) && first.x0() > x + 4 * h && Math.abs(step) <= 2) {
                continue; // another column on an option's line
            }
            double indent = first.x0() - margin;
            if (Double.isNaN(x) ? indent < h || indent > 4 * h : Math.abs(first.x0() - x) > 1.5) {
                break;
            }
            x = first.x0();
            if (options.isEmpty() || step > SOLID_LEADING * first.size()) {
                options.add(line);
            }
            lastTop = first.y0();
        }
        return options;
    }

    /** The checkbox before an option line, at the instruction's margin when that leaves room, else null. */
    private static Candidate box(PageModel m, List<Candidate> taken, List<double[]> images, List<Word> line, double margin) {
        Word w = line.get(0);
        double h = height(line), size = Math.min(BOX_SHARE * h, MAX_BOX_PT);
        double x0 = margin, x1 = margin + size;
        if (x1 > w.x0() - 2) {
            x1 = w.x0() - 0.45 * h;
            x0 = x1 - size;
        }
        double cy = (w.y0() + w.y1()) / 2;
        if (x0 < 0 || !m.bare(Math.min(x0, margin), cy - size / 2, w.x0() - 0.5, cy + size / 2, 0, taken, images)) {
            return null;
        }
        return new Candidate(FieldType.CHOICE_BUTTON, x0, cy - size / 2, x1, cy + size / 2, 0.45, 0, "check-prompt-option",
                CellText.text(line));
    }

    private static double height(List<Word> line) {
        return line.stream().mapToDouble(wd -> wd.y1() - wd.y0()).max().orElse(10);
    }
}
