package dev.formfill.bench.jmh;

import dev.formfill.bench.BenchInputs;
import dev.formfill.core.pdf.PageRenderer;
import dev.formfill.core.pdf.PdfOpener;
import java.awt.image.BufferedImage;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/** Page rendering with FormFill's {@link PageRenderer} (PDFBox), cycling over the generated form's pages. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RenderBench {

    /** Render resolution. */
    @Param({"144"})
    public int dpi;

    /** {@code generated} (the bench's form) or a PDF path; the first 10 pages are cycled. */
    @Param({BenchInputs.GENERATED})
    public String pdf;

    private BenchInputs inputs;
    private PDDocument doc;
    private PageRenderer renderer;
    private int pages;
    private int next;

    /** Generates (or takes) and opens the form. */
    @Setup(Level.Trial)
    public void setup() {
        inputs = BenchInputs.create(BenchInputs.PAGES);
        doc = new PdfOpener(10_000).open(inputs.pdfOrGenerated(pdf), null);
        pages = Math.min(BenchInputs.PAGES, doc.getNumberOfPages());
        renderer = new PageRenderer(doc, 40_000_000L);
    }

    /** Renders the next page. */
    @Benchmark
    public BufferedImage render() {
        int page = next++ % pages;
        return renderer.render(page, renderer.effectiveDpi(page, dpi));
    }

    /** Closes the document. */
    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        doc.close();
        inputs.close();
    }
}
