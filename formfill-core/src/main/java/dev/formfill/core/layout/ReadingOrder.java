package dev.formfill.core.layout;

import dev.formfill.core.DetectedField;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Sorts fields the way a person reads a page: by page, then into lines by vertical position,
 * each line left to right. Lines are formed first and sorted as whole groups, so the order is
 * transitive (a pairwise "same line" comparator is not).
 */
public final class ReadingOrder {

    private ReadingOrder() {
    }

    /** Fields in reading order (a new list). */
    public static List<DetectedField> sort(List<DetectedField> fields) {
        List<DetectedField> byTop = new ArrayList<>(fields);
        byTop.sort(Comparator.comparingInt(DetectedField::page).thenComparingDouble(f -> f.box().centerY())
                .thenComparingDouble(f -> f.box().x0()));
        List<DetectedField> out = new ArrayList<>(fields.size());
        List<DetectedField> line = new ArrayList<>();
        double lineBottom = 0;
        int linePage = -1;
        for (DetectedField f : byTop) {
            // a field joins the line while its centre lies above the line's lowest bottom edge seen so far
            boolean joins = f.page() == linePage && f.box().centerY() < lineBottom;
            if (!joins) {
                flush(line, out);
                linePage = f.page();
                lineBottom = f.box().y1();
            } else {
                lineBottom = Math.min(lineBottom, f.box().y1());
            }
            line.add(f);
        }
        flush(line, out);
        return out;
    }

    private static void flush(List<DetectedField> line, List<DetectedField> out) {
        line.sort(Comparator.comparingDouble(f -> f.box().x0()));
        out.addAll(line);
        line.clear();
    }
}
