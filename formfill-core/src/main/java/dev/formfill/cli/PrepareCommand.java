package dev.formfill.cli;

import dev.formfill.core.FieldNaming;
import dev.formfill.core.FormPreparer;
import dev.formfill.core.Multiline;
import dev.formfill.core.PageRange;
import dev.formfill.core.PrepareOptions;
import dev.formfill.core.PrepareResult;
import dev.formfill.core.ProgressListener;
import dev.formfill.core.Stage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code formfill prepare IN.pdf OUT.pdf}: the main job. */
@Command(name = "prepare", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Detect the fields of a flat PDF and write a fillable copy.")
final class PrepareCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "IN.pdf", description = "The flat input PDF.")
    Path input;

    @Parameters(index = "1", paramLabel = "OUT.pdf", description = "Where to write the fillable PDF (written atomically).")
    Path output;


    @Mixin
    DetectorOptions detection;

    @Option(names = "--keep-existing-fields", description = "Keep the input's form fields (default: remove its widgets first).")
    boolean keepExistingFields;

    @Option(names = "--signature-fields", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Write signature detections as signature fields (default) or, with --no-signature-fields, as text fields.")
    boolean useSignatureFields;

    @Option(names = "--image-size", paramLabel = "PX", defaultValue = "0", description = "Model input size; 0 = the model's own.")
    int imageSize;


    @Option(names = "--nms-iou", paramLabel = "IOU", defaultValue = "0.45", description = "Overlap above which duplicates are suppressed. Default: ${DEFAULT-VALUE}.")
    double nmsIou;

    @Option(names = "--multiline", paramLabel = "MODE", defaultValue = "auto", description = "auto, on or off. Default: ${DEFAULT-VALUE}.")
    String multiline;

    @Option(names = "--pages", paramLabel = "RANGE", description = "Pages to process, 1-based: 3, 2-5 or 4-. Default: all.")
    String pages;


    @Option(names = "--password", paramLabel = "PW", description = "Password of an encrypted input (or set FORMFILL_PDF_PASSWORD).")
    String password;

    @Option(names = "--field-names", paramLabel = "MODE", defaultValue = "labels", description = "labels or generic. Default: ${DEFAULT-VALUE}.")
    String fieldNames;


    @Option(names = "--json", paramLabel = "FILE", description = "Also write the detections as JSON.")
    Path json;

    @Option(names = "--preview", paramLabel = "DIR", description = "Also write one PNG per page with the fields drawn on it.")
    Path preview;



    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        PrepareOptions options = options();
        ProgressListener listener = !quiet && System.console() != null ? new ProgressBar(System.err) : ProgressListener.NONE;
        try (FormPreparer preparer = detection.preparer()) {
            PrepareResult result = preparer.prepareForm(input, output, options, listener);
            if (json != null) {
                DetectionsJson.write(result, json);
            }
            if (preview != null) {
                new dev.formfill.core.preview.PreviewRenderer(96).write(input, options.password(), result.fields(),
                        options.pages(), preview);
            }
            System.err.printf(Locale.ROOT, "formfill: wrote %s: %d fields (%d text, %d checkbox, %d signature) on %d page(s), detector %s%n",
                    output, result.fields().size(), result.count(dev.formfill.core.FieldType.TEXT_BOX),
                    result.count(dev.formfill.core.FieldType.CHOICE_BUTTON), result.count(dev.formfill.core.FieldType.SIGNATURE),
                    result.pagesScanned(), result.detector());
        }
        return ExitCodes.OK;
    }

    PrepareOptions options() {
        if (!Files.isRegularFile(input)) {
            throw new dev.formfill.core.InvalidOptionsException("IN.pdf", "no such file: " + input);
        }
        String pw = password != null ? password : System.getenv("FORMFILL_PDF_PASSWORD");
        return detection.options().keepExistingFields(keepExistingFields)
                .useSignatureFields(useSignatureFields).imageSize(imageSize).nmsIou(nmsIou)
                .multiline(parseEnum(Multiline.class, "multiline", multiline))
                .pages(pages == null ? null : PageRange.parse(pages)).password(pw)
                .fieldNames(parseEnum(FieldNaming.class, "field-names", fieldNames)).build();
    }

    static <E extends Enum<E>> E parseEnum(Class<E> type, String option, String value) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new dev.formfill.core.InvalidOptionsException(option, "unknown value '" + value + "'");
        }
    }

    /** A one-line progress bar on a terminal. */
    static final class ProgressBar implements ProgressListener {
        private final java.io.PrintStream out;

        ProgressBar(java.io.PrintStream out) {
            this.out = out;
        }

        @Override
        public void onProgress(dev.formfill.core.ProgressEvent e) {
            int width = 30;
            int filled = (int) Math.round(e.fraction() * width);
            String page = e.page() >= 0 ? String.format(Locale.ROOT, " page %d/%d", e.page() + 1, e.pageCount()) : "";
            out.printf(Locale.ROOT, "\r[%s%s] %3.0f%% %-10s%-16s", "#".repeat(filled), " ".repeat(width - filled),
                    e.fraction() * 100, e.stage().id(), page);
            if (e.stage() == Stage.DONE) {
                out.println();
            }
            out.flush();
        }
    }
}
