package dev.formfill.core.detect.geometry;

import dev.formfill.core.DetectedField;
import dev.formfill.core.PrepareOptions;
import dev.formfill.core.detect.FieldDetector;
import dev.formfill.core.detect.PageImage;
import java.util.List;

/**
 * The embedded detector that needs no model: reads the page's vector drawing and text (and the
 * raster for scans) and applies layout rules. Stateless and thread-safe.
 */
public final class GeometryDetector implements FieldDetector {

    /** The name users select it by. */
    public static final String NAME = "geometry";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<DetectedField> detect(PageImage page, PrepareOptions options) {
        return List.of(); // rules land with the detection issue
    }
}
