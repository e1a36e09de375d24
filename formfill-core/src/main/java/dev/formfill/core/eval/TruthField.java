package dev.formfill.core.eval;

import dev.formfill.core.Box;
import dev.formfill.core.FieldType;
import java.util.Objects;

/**
 * One ground-truth field: a widget rectangle of the source form.
 *
 * @param page 0-based page index
 * @param type scored class ({@code Tx} and {@code Ch} fields are both {@link FieldType#TEXT_BOX})
 * @param box  normalized box over the displayed page, top-left origin (the {@link Box} convention)
 * @param ft   the PDF field type it came from ({@code Tx}, {@code Ch}, {@code Btn}, {@code Sig})
 * @param kind finer kind ({@code text}, {@code comb}, {@code checkbox}, {@code radio}, ...), may be empty
 * @param name the source field name, may be empty
 * @param ink  false when the flat page shows nothing around the box (only inferable from layout)
 */
public record TruthField(int page, FieldType type, Box box, String ft, String kind, String name, boolean ink) {

    /** Checks the invariants. */
    public TruthField {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(box, "box");
        ft = ft == null ? "" : ft;
        kind = kind == null ? "" : kind;
        name = name == null ? "" : name;
    }

    /** A plain truth box (for hand-made cases). */
    public static TruthField of(int page, FieldType type, Box box) {
        return new TruthField(page, type, box, "", "", "", true);
    }
}
