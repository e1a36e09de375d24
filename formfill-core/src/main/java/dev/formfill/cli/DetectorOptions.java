package dev.formfill.cli;

import dev.formfill.core.FormPreparer;
import dev.formfill.core.PrepareOptions;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The detection options shared by {@code prepare} and {@code eval} (a picocli mixin). */
final class DetectorOptions {

    @Option(names = "--model", paramLabel = "M", defaultValue = "auto",
            description = "auto (a pulled model, else geometry), geometry, FFDNet-S, FFDNet-L, FFDetr, or a path to an .onnx file. Default: ${DEFAULT-VALUE}.")
    String model;

    @Option(names = "--confidence", paramLabel = "C", defaultValue = "0.3", description = "Minimum detection score 0..1. Default: ${DEFAULT-VALUE}.")
    double confidence;

    @Option(names = "--dpi", paramLabel = "DPI", defaultValue = "144", description = "Render resolution for detection. Default: ${DEFAULT-VALUE}.")
    int dpi;

    @Option(names = "--snap", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Snap box edges onto nearby drawn lines (default on; --no-snap to turn off).")
    boolean snap;

    @Option(names = "--model-dir", paramLabel = "DIR", description = "Model cache (default ~/.cache/formfill/models or $FORMFILL_MODEL_DIR).")
    Path modelDir;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0", description = "ONNX Runtime intra-op threads; 0 = automatic.")
    int threads;

    /** Prepare options holding these values; the command adds its own. */
    PrepareOptions.Builder options() {
        return PrepareOptions.builder().model(model).confidence(confidence).renderDpi(dpi).snapToLines(snap);
    }

    /** A preparer for these options (model cache, threads). */
    FormPreparer preparer() {
        FormPreparer.Builder builder = FormPreparer.builder().intraOpThreads(threads);
        if (modelDir != null) {
            builder.modelDirectory(modelDir);
        }
        return builder.build();
    }
}
