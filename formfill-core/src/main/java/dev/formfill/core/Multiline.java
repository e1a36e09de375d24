package dev.formfill.core;

/** Whether text fields are written multiline. */
public enum Multiline {
    /** Per field: multiline when the box is tall relative to the page's other text boxes. */
    AUTO,
    /** Every text field is multiline. */
    ON,
    /** No text field is multiline. */
    OFF
}
