package dev.formfill.core;

import java.util.Objects;

/**
 * Per-run options of {@link FormPreparer#prepareForm}. Immutable; build with {@link #builder()}.
 * Defaults follow upstream {@code prepare_form} where it has the knob.
 *
 * @param model              {@code auto} (a pulled model, else geometry), {@code geometry}, a registry name
 *                           ({@code FFDNet-S}, {@code FFDNet-L}, {@code FFDetr}) or a path to an {@code .onnx} file
 * @param keepExistingFields keep the input's AcroForm fields (true) or remove its form widgets first (false)
 * @param useSignatureFields write signature detections as signature fields (true) or as text fields (false)
 * @param imageSize          model input size in pixels; 0 = the model's own size
 * @param confidence         minimum detection score, 0..1 (default 0.3)
 * @param nmsIou             IoU above which overlapping detections are suppressed, 0..1 (default 0.45)
 * @param multiline          multiline text fields: auto, on, off
 * @param pages              pages to process (1-based), {@code null} for all
 * @param renderDpi          render resolution for detection (default 144)
 * @param password           password for encrypted input, {@code null} for none; never printed
 * @param fieldNames         field naming: from labels or generic
 * @param snapToLines        move box edges onto nearby drawn rules and box edges
 */
public record PrepareOptions(String model, boolean keepExistingFields, boolean useSignatureFields, int imageSize,
                             double confidence, double nmsIou, Multiline multiline, PageRange pages, int renderDpi,
                             String password, FieldNaming fieldNames, boolean snapToLines) {

    /** The model name meaning "best available". */
    public static final String AUTO = "auto";
    /** The embedded geometry detector. */
    public static final String GEOMETRY = "geometry";

    /** Validates every value; throws {@link InvalidOptionsException} naming the offending option. */
    public PrepareOptions {
        if (model == null || model.isBlank()) {
            throw new InvalidOptionsException("model", "must not be empty");
        }
        if (imageSize < 0 || imageSize > 4096 || (imageSize > 0 && imageSize % 32 != 0)) {
            throw new InvalidOptionsException("imageSize", "must be 0 (model default) or a multiple of 32 up to 4096, got " + imageSize);
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new InvalidOptionsException("confidence", "must be within 0..1, got " + confidence);
        }
        if (!(nmsIou > 0 && nmsIou <= 1)) {
            throw new InvalidOptionsException("nmsIou", "must be within (0, 1], got " + nmsIou);
        }
        if (renderDpi < 36 || renderDpi > 600) {
            throw new InvalidOptionsException("renderDpi", "must be within 36..600, got " + renderDpi);
        }
        Objects.requireNonNull(multiline, "multiline");
        Objects.requireNonNull(fieldNames, "fieldNames");
    }

    /** The defaults. */
    public static PrepareOptions defaults() {
        return builder().build();
    }

    /** A builder holding the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these options. */
    public Builder toBuilder() {
        return new Builder().model(model).keepExistingFields(keepExistingFields).useSignatureFields(useSignatureFields)
                .imageSize(imageSize).confidence(confidence).nmsIou(nmsIou).multiline(multiline).pages(pages)
                .renderDpi(renderDpi).password(password).fieldNames(fieldNames).snapToLines(snapToLines);
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return "PrepareOptions[model=" + model + ", keepExistingFields=" + keepExistingFields
                + ", useSignatureFields=" + useSignatureFields + ", imageSize=" + imageSize
                + ", confidence=" + confidence + ", nmsIou=" + nmsIou + ", multiline=" + multiline
                + ", pages=" + (pages == null ? "all" : pages) + ", renderDpi=" + renderDpi
                + ", password=" + (password == null ? "none" : "***") + ", fieldNames=" + fieldNames
                + ", snapToLines=" + snapToLines + "]";
    }

    /** Mutable builder; {@link #build()} validates. */
    public static final class Builder {
        private String model = AUTO;
        private boolean keepExistingFields = false;
        private boolean useSignatureFields = true;
        private int imageSize = 0;
        private double confidence = 0.3;
        private double nmsIou = 0.45;
        private Multiline multiline = Multiline.AUTO;
        private PageRange pages;
        private int renderDpi = 144;
        private String password;
        private FieldNaming fieldNames = FieldNaming.LABELS;
        private boolean snapToLines = true;

        private Builder() {
        }

        public Builder model(String v) { this.model = v; return this; }

        public Builder keepExistingFields(boolean v) { this.keepExistingFields = v; return this; }

        public Builder useSignatureFields(boolean v) { this.useSignatureFields = v; return this; }

        public Builder imageSize(int v) { this.imageSize = v; return this; }

        public Builder confidence(double v) { this.confidence = v; return this; }

        public Builder nmsIou(double v) { this.nmsIou = v; return this; }

        public Builder multiline(Multiline v) { this.multiline = v; return this; }

        public Builder pages(PageRange v) { this.pages = v; return this; }

        public Builder renderDpi(int v) { this.renderDpi = v; return this; }

        public Builder password(String v) { this.password = v; return this; }

        public Builder fieldNames(FieldNaming v) { this.fieldNames = v; return this; }

        public Builder snapToLines(boolean v) { this.snapToLines = v; return this; }

        /** Validates and builds. */
        public PrepareOptions build() {
            return new PrepareOptions(model, keepExistingFields, useSignatureFields, imageSize, confidence, nmsIou,
                    multiline, pages, renderDpi, password, fieldNames, snapToLines);
        }
    }
}
