package dev.formfill.core;

/** How fields are named. */
public enum FieldNaming {
    /** From the nearest label ({@code first_name}, {@code date_of_birth}); generic where no label is found. */
    LABELS,
    /** Generic stable names by type, page and reading order ({@code textbox_1_3}). */
    GENERIC
}
