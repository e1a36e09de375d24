package dev.formfill.bench.jmh;

import dev.formfill.bench.BenchInputs;
import dev.formfill.core.detect.PageImage;
import dev.formfill.core.pdf.PageGeometry;
import dev.formfill.core.pdf.PageRenderer;
import dev.formfill.core.pdf.PdfOpener;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/** The first page of the generated form rendered at 144 dpi, as the pipeline hands it to a detector. */
final class PageFixture implements AutoCloseable {

    private final BenchInputs inputs;
    private final PDDocument doc;
    private final PageImage page;

    PageFixture() {
        inputs = BenchInputs.create(1);
        doc = new PdfOpener(10).open(inputs.pdf(), null);
        PageRenderer renderer = new PageRenderer(doc, 40_000_000L);
        double dpi = renderer.effectiveDpi(0, 144);
        PDPage p = doc.getPage(0);
        page = new PageImage(0, renderer.render(0, dpi), dpi, PageGeometry.of(p), doc, p);
    }

    PageImage page() {
        return page;
    }

    BenchInputs inputs() {
        return inputs;
    }

    @Override
    public void close() {
        try {
            doc.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            inputs.close();
        }
    }
}
