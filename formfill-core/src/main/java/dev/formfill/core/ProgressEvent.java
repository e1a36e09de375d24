package dev.formfill.core;

/**
 * A progress report from the pipeline.
 *
 * @param stage     the stage now running
 * @param fraction  overall progress 0..1; never decreases during one run
 * @param page      0-based index (within the selected pages) of the page being worked on, or -1 outside the page loop
 * @param pageCount number of pages the run processes (0 before validation has counted them)
 */
public record ProgressEvent(Stage stage, double fraction, int page, int pageCount) {
}
