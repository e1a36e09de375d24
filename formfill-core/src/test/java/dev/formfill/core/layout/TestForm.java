package dev.formfill.core.layout;

import dev.formfill.core.Box;
import dev.formfill.core.DetectedField;
import dev.formfill.core.FieldType;
import dev.formfill.core.FormPreparer;
import dev.formfill.core.PrepareOptions;
import dev.formfill.core.PrepareResult;
import dev.formfill.core.ProgressListener;
import dev.formfill.core.CancellationToken;
import dev.formfill.core.detect.FieldDetector;
import dev.formfill.core.detect.PageImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Builds one-page test forms with PDFBox in top-left points (Letter, 612 x 792), and runs the real
 * pipeline on them with a detector that reports given boxes, so the layout stage is what is tested.
 */
final class TestForm {

    static final double W = 612, H = 792;

    private final List<Consumer<PDPageContentStream>> ops = new ArrayList<>();
    private final List<DetectedField> fields = new ArrayList<>();
    private final PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    /** Text with its baseline at {@code baseline} (top-left points). */
    TestForm text(double x, double baseline, double size, String s) {
        return show(font, x, baseline, size, s);
    }

    /** ZapfDingbats text (its glyphs given as their Unicode, "❍", "❏") with its baseline at {@code baseline}. */
    TestForm dingbat(double x, double baseline, double size, String s) {
        return show(new PDType1Font(Standard14Fonts.FontName.ZAPF_DINGBATS), x, baseline, size, s);
    }

    private TestForm show(PDType1Font f, double x, double baseline, double size, String s) {
        ops.add(cs -> {
            try {
                cs.beginText();
                cs.setFont(f, (float) size);
                cs.newLineAtOffset((float) x, (float) (H - baseline));
                cs.showText(s);
                cs.endText();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        return this;
    }

    /** A stroked line from (x0,y0) to (x1,y1), top-left points. */
    TestForm line(double x0, double y0, double x1, double y1) {
        ops.add(cs -> {
            try {
                cs.setLineWidth(0.75f);
                cs.moveTo((float) x0, (float) (H - y0));
                cs.lineTo((float) x1, (float) (H - y1));
                cs.stroke();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        return this;
    }

    /** A stroked rectangle, top-left points. */
    TestForm rect(double x0, double y0, double x1, double y1) {
        ops.add(cs -> {
            try {
                cs.setLineWidth(0.75f);
                cs.addRect((float) x0, (float) (H - y1), (float) (x1 - x0), (float) (y1 - y0));
                cs.stroke();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        return this;
    }

    /** A field the fake detector will report, box in top-left points. */
    TestForm field(FieldType type, double x0, double y0, double x1, double y1) {
        fields.add(DetectedField.of(0, type, new Box(x0 / W, y0 / H, x1 / W, y1 / H), 0.9));
        return this;
    }

    Path save(Path dir, String name) throws IOException {
        Path file = dir.resolve(name + ".pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                ops.forEach(op -> op.accept(cs));
            }
            doc.save(file.toFile());
        }
        return file;
    }

    /** Saves the form and runs detection with the layout stage, returning the finished fields. */
    PrepareResult run(Path dir, String name, PrepareOptions.Builder options) throws IOException {
        Path pdf = save(dir, name);
        try (FormPreparer p = FormPreparer.builder().detector(new Fixed(fields)).build()) {
            return p.detect(pdf, options.model(Fixed.NAME).build(), ProgressListener.NONE, CancellationToken.none());
        }
    }

    PrepareResult run(Path dir, String name) throws IOException {
        return run(dir, name, PrepareOptions.builder());
    }

    /** A detector that reports fixed boxes on page 0. */
    static final class Fixed implements FieldDetector {
        static final String NAME = "fixed";
        private final List<DetectedField> fields;

        Fixed(List<DetectedField> fields) {
            this.fields = List.copyOf(fields);
        }

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public List<DetectedField> detect(PageImage page, PrepareOptions options) {
            return page.pageIndex() == 0 ? fields : List.of();
        }
    }

    /** A normalized box in top-left points. */
    static Box points(Box n) {
        return new Box(n.x0() * W, n.y0() * H, n.x1() * W, n.y1() * H);
    }
}
