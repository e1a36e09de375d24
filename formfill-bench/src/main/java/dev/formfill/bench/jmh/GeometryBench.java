package dev.formfill.bench.jmh;

import dev.formfill.bench.BenchInputs;
import dev.formfill.core.DetectedField;
import dev.formfill.core.PrepareOptions;
import dev.formfill.core.detect.PageImage;
import dev.formfill.core.detect.geometry.GeometryDetector;
import dev.formfill.core.pdf.PageGeometry;
import dev.formfill.core.pdf.PageRenderer;
import dev.formfill.core.pdf.PdfOpener;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
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

/** The geometry detector per page, on pages already rendered at 144 dpi (rendering is timed by {@link RenderBench}). */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GeometryBench {

    /** {@code generated} (the bench's form) or a PDF path; the first 10 pages are cycled. */
    @Param({BenchInputs.GENERATED})
    public String pdf;

    private BenchInputs inputs;
    private PDDocument doc;
    private final List<PageImage> pages = new ArrayList<>();
    private final GeometryDetector detector = new GeometryDetector();
    private final PrepareOptions options = PrepareOptions.builder().model(PrepareOptions.GEOMETRY).build();
    private int next;

    /** Generates, opens and renders the form. */
    @Setup(Level.Trial)
    public void setup() {
        inputs = BenchInputs.create(BenchInputs.PAGES);
        doc = new PdfOpener(10_000).open(inputs.pdfOrGenerated(pdf), null);
        PageRenderer renderer = new PageRenderer(doc, 40_000_000L);
        for (int i = 0; i < Math.min(BenchInputs.PAGES, doc.getNumberOfPages()); i++) {
            PDPage page = doc.getPage(i);
            double dpi = renderer.effectiveDpi(i, options.renderDpi());
            pages.add(new PageImage(i, renderer.render(i, dpi), dpi, PageGeometry.of(page), doc, page));
        }
    }

    /** Detects the fields of the next page, content extraction included. */
    @Benchmark
    public List<DetectedField> detect() {
        PageImage p = pages.get(next++ % pages.size());
        // a fresh PageImage per call, as the pipeline makes one per page: it memoizes the parsed page content
        return detector.detect(new PageImage(p.pageIndex(), p.image(), p.dpi(), p.geometry(), p.document(), p.page()),
                options);
    }

    /** Closes the document. */
    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        detector.close();
        doc.close();
        inputs.close();
    }
}
