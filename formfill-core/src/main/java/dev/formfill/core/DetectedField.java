package dev.formfill.core;

import java.util.Objects;

/**
 * One field found on a page.
 *
 * @param page       0-based page index in the input document
 * @param type       field class
 * @param box        where it is, normalized over the rendered page (see {@link Box})
 * @param confidence detector score in 0..1
 * @param name       field name; {@code null} until naming assigns one
 * @param label      the label text the field was named from (written as tooltip), or {@code null}
 * @param combCells  number of character cells for a comb text field, 0 when not a comb
 * @param group      radio group name when this button is one option of a group, else {@code null}
 * @param multiline  whether a text field takes several lines
 */
public record DetectedField(int page, FieldType type, Box box, double confidence, String name, String label,
                            int combCells, String group, boolean multiline) {

    /** Checks the invariants. */
    public DetectedField {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(box, "box");
        if (page < 0) {
            throw new IllegalArgumentException("page must be >= 0");
        }
        if (combCells < 0) {
            throw new IllegalArgumentException("combCells must be >= 0");
        }
    }

    /** A bare detection: no name, label, comb, group or multiline yet. */
    public static DetectedField of(int page, FieldType type, Box box, double confidence) {
        return new DetectedField(page, type, box, confidence, null, null, 0, null, false);
    }

    public DetectedField withType(FieldType t) {
        return new DetectedField(page, t, box, confidence, name, label, combCells, group, multiline);
    }

    public DetectedField withBox(Box b) {
        return new DetectedField(page, type, b, confidence, name, label, combCells, group, multiline);
    }

    public DetectedField withName(String n) {
        return new DetectedField(page, type, box, confidence, n, label, combCells, group, multiline);
    }

    public DetectedField withLabel(String l) {
        return new DetectedField(page, type, box, confidence, name, l, combCells, group, multiline);
    }

    public DetectedField withCombCells(int cells) {
        return new DetectedField(page, type, box, confidence, name, label, cells, group, multiline);
    }

    public DetectedField withGroup(String g) {
        return new DetectedField(page, type, box, confidence, name, label, combCells, g, multiline);
    }

    public DetectedField withMultiline(boolean m) {
        return new DetectedField(page, type, box, confidence, name, label, combCells, group, m);
    }
}
