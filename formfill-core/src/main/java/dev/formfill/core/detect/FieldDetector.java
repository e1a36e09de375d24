package dev.formfill.core.detect;

import dev.formfill.core.DetectedField;
import dev.formfill.core.PrepareOptions;
import java.util.List;

/**
 * Finds form fields on one page. Implementations are thread-safe (one instance serves every
 * run of a {@link dev.formfill.core.FormPreparer}) and expensive parts (an ONNX session) are
 * created once in the constructor and released in {@link #close()}.
 */
public interface FieldDetector extends AutoCloseable {

    /** Short name reported in results: {@code geometry}, {@code FFDNet-S}, a model file name. */
    String name();

    /**
     * Detects the fields on a page. Boxes are normalized over {@code page.image()} (top-left origin);
     * {@link DetectedField#page()} is {@code page.pageIndex()}. Scores below
     * {@code options.confidence()} are dropped; overlapping duplicates are already suppressed.
     */
    List<DetectedField> detect(PageImage page, PrepareOptions options);

    /** Releases native resources; the default does nothing. */
    @Override
    default void close() {
    }
}
