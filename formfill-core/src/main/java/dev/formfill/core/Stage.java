package dev.formfill.core;

/** Pipeline stages, in the order a run passes them. */
public enum Stage {
    /** Opening the PDF and checking it can be processed. */
    VALIDATING,
    /** Rendering a page to an image. */
    RENDERING,
    /** Finding fields on a rendered page. */
    DETECTING,
    /** Post-processing and writing the AcroForm fields. */
    WRITING,
    /** Finished. */
    DONE;

    /** Lower-case name as used in JSON and by the job API ({@code rendering}). */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
