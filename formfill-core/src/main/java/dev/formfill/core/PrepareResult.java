package dev.formfill.core;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What a run produced.
 *
 * @param pageCount    pages in the input document
 * @param pagesScanned pages the run looked at (the page range)
 * @param fields       the fields, in writing (reading) order, with their final names
 * @param detector     name of the detector that found them ({@code geometry}, {@code FFDNet-S}, a file name)
 * @param stageTimings wall time spent per stage
 */
public record PrepareResult(int pageCount, int pagesScanned, List<DetectedField> fields, String detector,
                            Map<Stage, Duration> stageTimings) {

    /** Copies the collections. */
    public PrepareResult {
        fields = List.copyOf(fields);
        stageTimings = Map.copyOf(stageTimings);
    }

    /** The fields on one page (0-based index). */
    public List<DetectedField> fieldsOnPage(int page) {
        return fields.stream().filter(f -> f.page() == page).toList();
    }

    /** How many fields of a type. */
    public long count(FieldType type) {
        return fields.stream().filter(f -> f.type() == type).count();
    }
}
