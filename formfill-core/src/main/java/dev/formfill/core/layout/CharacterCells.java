package dev.formfill.core.layout;

import dev.formfill.core.Box;
import dev.formfill.core.DetectedField;
import dev.formfill.core.FieldType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Rows of character cells, one text field per cell (a social security number written digit by
 * digit, its groups split by dashes), share one label: the phrase left of the row, else the
 * caption printed right over it, else its column header; none when none of these is found.
 * Read cell by cell, the cells after the first would find no label of their own, or a
 * neighbour's, and a caption above the row may belong to the line over it.
 */
final class CharacterCells {

    /** A character cell is at most this much wider than tall ... */
    private static final double MAX_ASPECT = 1.3;
    /** ... and holds one handwritten character: at most this wide and tall (pt). */
    private static final double MAX_WIDTH_PT = 24, MAX_HEIGHT_PT = 36;
    /** Cells of one row are alike: widths differ by at most this share. */
    private static final double WIDTH_TOLERANCE = 0.15;
    /** Cells of one row stand at most this many cell widths apart (the gap of a dash between groups). */
    private static final double MAX_GAP_CELLS = 1.5;
    /** A row has at least this many cells. */
    private static final int MIN_CELLS = 3;

    private CharacterCells() {
    }

    /** Replaces the labels of the fields in each row of character cells by the row's label. */
    static void shareLabels(List<DetectedField> fields, List<Box> boxes, LabelFinder.Label[] labels, LabelFinder finder) {
        List<Integer> cells = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            Box b = boxes.get(i);
            if (fields.get(i).type() == FieldType.TEXT_BOX && fields.get(i).combCells() == 0
                    && b.width() <= MAX_ASPECT * b.height() && b.width() <= MAX_WIDTH_PT && b.height() <= MAX_HEIGHT_PT) {
                cells.add(i);
            }
        }
        cells.sort(Comparator.comparingDouble((Integer i) -> boxes.get(i).x0()));
        List<List<Integer>> rows = new ArrayList<>();
        for (int i : cells) {
            Box b = boxes.get(i);
            List<Integer> joined = null;
            for (List<Integer> row : rows) {
                Box last = boxes.get(row.get(row.size() - 1));
                double gap = b.x0() - last.x1();
                if (Math.abs(last.y0() - b.y0()) <= 1.5 && Math.abs(last.y1() - b.y1()) <= 1.5
                        && Math.abs(b.width() - last.width()) <= WIDTH_TOLERANCE * last.width()
                        && gap >= -1 && gap <= MAX_GAP_CELLS * last.width()) {
                    joined = row;
                    break;
                }
            }
            if (joined == null) {
                joined = new ArrayList<>();
                rows.add(joined);
            }
            joined.add(i);
        }
        for (List<Integer> row : rows) {
            if (row.size() < MIN_CELLS) {
                continue;
            }
            Box span = boxes.get(row.get(0));
            for (int i : row) {
                span = LabelFinder.union(span, boxes.get(i));
            }
            Box first = boxes.get(row.get(0));
            LabelFinder.Label label = finder.blankLeft(first, Math.max(150, span.width()));
            if (label == null) {
                label = finder.captionOver(span);
            }
            if (label == null) {
                label = finder.header(first);
            }
            for (int i : row) {
                labels[i] = label;
            }
        }
    }
}
