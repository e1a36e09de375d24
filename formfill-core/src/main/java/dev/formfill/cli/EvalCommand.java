package dev.formfill.cli;

import dev.formfill.core.FormPreparer;
import dev.formfill.core.InvalidOptionsException;
import dev.formfill.core.OutputWriteException;
import dev.formfill.core.PrepareOptions;
import dev.formfill.core.eval.EvalResult;
import dev.formfill.core.eval.Evaluator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code formfill eval DIR}: scores a detector against {@code NAME.truth.json} ground truth. */
@Command(name = "eval", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Score detection against ground truth: every NAME.pdf with a NAME.truth.json in DIR.")
final class EvalCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "Directory of NAME.pdf + NAME.truth.json pairs.")
    Path dir;

    @Option(names = "--model", paramLabel = "M", defaultValue = "auto", description = "Detector, as for prepare. Default: ${DEFAULT-VALUE}.")
    String model;

    @Option(names = "--iou", paramLabel = "IOU", defaultValue = "0.5", description = "IoU needed to match a truth box. Default: ${DEFAULT-VALUE}.")
    double iou;

    @Option(names = "--json", paramLabel = "OUT", description = "Also write the scores as JSON.")
    Path json;

    @Option(names = "--only", paramLabel = "REGEX", description = "Only documents whose name contains a match of REGEX.")
    String only;

    @Option(names = "--confidence", paramLabel = "C", defaultValue = "0.3", description = "Minimum detection score. Default: ${DEFAULT-VALUE}.")
    double confidence;

    @Option(names = "--dpi", paramLabel = "DPI", defaultValue = "144", description = "Render resolution. Default: ${DEFAULT-VALUE}.")
    int dpi;

    @Option(names = "--snap", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Snap box edges onto drawn lines (default on; --no-snap to measure without).")
    boolean snap;

    @Option(names = "--model-dir", paramLabel = "DIR", description = "Model cache (default ~/.cache/formfill/models or $FORMFILL_MODEL_DIR).")
    Path modelDir;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0", description = "ONNX Runtime intra-op threads; 0 = automatic.")
    int threads;

    @Override
    public Integer call() {
        if (!Files.isDirectory(dir)) {
            throw new InvalidOptionsException("DIR", "no such directory: " + dir);
        }
        if (!(iou > 0 && iou <= 1)) {
            throw new InvalidOptionsException("iou", "must be within (0, 1], got " + iou);
        }
        PrepareOptions options = PrepareOptions.builder().model(model).confidence(confidence).renderDpi(dpi)
                .snapToLines(snap).build();
        Pattern filter = only == null ? null : Pattern.compile(only);
        FormPreparer.Builder builder = FormPreparer.builder().intraOpThreads(threads);
        if (modelDir != null) {
            builder.modelDirectory(modelDir);
        }
        long t0 = System.nanoTime();
        EvalResult result;
        try (FormPreparer preparer = builder.build()) {
            result = Evaluator.of(preparer, options, iou).evaluate(dir, name -> filter == null || filter.matcher(name).find());
        }
        System.out.print(result.toTable());
        System.out.printf(Locale.ROOT, "%n(%.1f s)%n", (System.nanoTime() - t0) / 1e9);
        if (json != null) {
            try {
                Files.writeString(json, result.toJson(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new OutputWriteException("cannot write " + json + ": " + e.getMessage(), e);
            }
        }
        return ExitCodes.OK;
    }
}
