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
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code formfill eval DIR}: scores a detector against {@code NAME.truth.json} ground truth. */
@Command(name = "eval", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Score detection against ground truth: every NAME.pdf with a NAME.truth.json in DIR.")
final class EvalCommand implements Callable<Integer> {

    @Mixin
    DetectorOptions detection;

    @Parameters(index = "0", paramLabel = "DIR", description = "Directory of NAME.pdf + NAME.truth.json pairs.")
    Path dir;

    @Option(names = "--iou", paramLabel = "IOU", defaultValue = "0.5", description = "IoU needed to match a truth box. Default: ${DEFAULT-VALUE}.")
    double iou;

    @Option(names = "--button-iou", paramLabel = "IOU",
            description = "IoU needed for checkboxes and radio buttons (small boxes); default: the --iou value.")
    Double buttonIou;

    @Option(names = "--json", paramLabel = "OUT", description = "Also write the scores as JSON.")
    Path json;

    @Option(names = "--only", paramLabel = "REGEX", description = "Only documents whose name contains a match of REGEX.")
    String only;

    @Option(names = "--as-scan", paramLabel = "DPI",
            description = "Score each document as a scan of it: pages rendered in gray at DPI, JPEG-compressed, "
                    + "no text layer or vector lines. Measures the raster path.")
    Integer asScan;

    @Option(names = "--with-text-layer",
            description = "With --as-scan: lay an invisible text layer over each scan where the words were, "
                    + "as text recognition leaves it. Measures image pages that carry text.")
    boolean withTextLayer;

    @Override
    public Integer call() {
        if (!Files.isDirectory(dir)) {
            throw new InvalidOptionsException("DIR", "no such directory: " + dir);
        }
        if (!(iou > 0 && iou <= 1)) {
            throw new InvalidOptionsException("iou", "must be within (0, 1], got " + iou);
        }
        double buttons = buttonIou == null ? iou : buttonIou;
        if (!(buttons > 0 && buttons <= 1)) {
            throw new InvalidOptionsException("button-iou", "must be within (0, 1], got " + buttons);
        }
        if (asScan != null && (asScan < 50 || asScan > 600)) {
            throw new InvalidOptionsException("as-scan", "must be within [50, 600] dpi, got " + asScan);
        }
        if (withTextLayer && asScan == null) {
            throw new InvalidOptionsException("with-text-layer", "needs --as-scan DPI");
        }
        PrepareOptions options = detection.options().build();
        Pattern filter = only == null ? null : Pattern.compile(only);
        long t0 = System.nanoTime();
        EvalResult result;
        try (FormPreparer preparer = detection.preparer()) {
            Evaluator evaluator = Evaluator.of(preparer, options, iou, buttons);
            result = (asScan == null ? evaluator
                    : withTextLayer ? evaluator.asRecognisedScans(asScan) : evaluator.asScans(asScan))
                    .evaluate(dir, name -> filter == null || filter.matcher(name).find());
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
