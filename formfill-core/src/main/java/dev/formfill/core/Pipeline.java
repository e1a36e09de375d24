package dev.formfill.core;

import dev.formfill.core.detect.FieldDetector;
import dev.formfill.core.detect.PageImage;
import dev.formfill.core.layout.FieldLayout;
import dev.formfill.core.pdf.AcroFormWriter;
import dev.formfill.core.pdf.PageGeometry;
import dev.formfill.core.pdf.PageRenderer;
import dev.formfill.core.pdf.PdfOpener;
import dev.formfill.core.pdf.PdfOutput;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/** One run of the pipeline over one document: validate, then page by page render + detect, then write. */
final class Pipeline {

    private final PdfOpener opener;
    private final long maxPagePixels;
    private final FieldLayout layout = new FieldLayout();
    private final AcroFormWriter writer = new AcroFormWriter();

    Pipeline(PdfOpener opener, long maxPagePixels) {
        this.opener = opener;
        this.maxPagePixels = maxPagePixels;
    }

    /** Runs the pipeline; writes {@code out} atomically when it is not null. */
    PrepareResult run(Path in, Path out, PrepareOptions options, FieldDetector detector, ProgressListener listener,
                      CancellationToken cancel) {
        ProgressTracker progress = new ProgressTracker(listener);
        Map<Stage, Long> nanos = new EnumMap<>(Stage.class);
        long t0 = System.nanoTime();
        progress.stage(Stage.VALIDATING, 0);
        cancel.throwIfCancelled();
        try (PDDocument doc = opener.open(in, options.password())) {
            int pageCount = doc.getNumberOfPages();
            List<Integer> pages = selectPages(pageCount, options.pages());
            progress.pageCount(pages.size());
            nanos.merge(Stage.VALIDATING, System.nanoTime() - t0, Long::sum);

            PageRenderer renderer = new PageRenderer(doc, maxPagePixels);
            List<DetectedField> fields = new ArrayList<>();
            for (int i = 0; i < pages.size(); i++) {
                cancel.throwIfCancelled();
                int pageIndex = pages.get(i);
                progress.renderingPage(i);
                long tr = System.nanoTime();
                double dpi = renderer.effectiveDpi(pageIndex, options.renderDpi());
                BufferedImage image = renderer.render(pageIndex, dpi);
                long td = System.nanoTime();
                nanos.merge(Stage.RENDERING, td - tr, Long::sum);
                progress.detectingPage(i);
                PDPage page = doc.getPage(pageIndex);
                PageImage pageImage = new PageImage(pageIndex, image, dpi, PageGeometry.of(page), doc, page);
                List<DetectedField> found = detector.detect(pageImage, options);
                fields.addAll(layout.processPage(pageImage, found, options));
                nanos.merge(Stage.DETECTING, System.nanoTime() - td, Long::sum);
                progress.pageDone(i);
            }
            cancel.throwIfCancelled();
            long tw = System.nanoTime();
            progress.stage(Stage.WRITING, ProgressTracker.PAGES_END);
            List<DetectedField> finished = layout.finish(fields, options);
            if (out != null) {
                finished = writer.write(doc, finished, options); // final names: kept fields may force suffixes
                cancel.throwIfCancelled();
                PdfOutput.saveAtomically(doc, out, options.password());
            } else {
                finished = writer.resolveNames(doc, finished, options);
            }
            nanos.merge(Stage.WRITING, System.nanoTime() - tw, Long::sum);
            progress.stage(Stage.DONE, 1.0);
            Map<Stage, java.time.Duration> timings = new EnumMap<>(Stage.class);
            nanos.forEach((s, n) -> timings.put(s, java.time.Duration.ofNanos(n)));
            return new PrepareResult(pageCount, pages.size(), finished, detector.name(), timings);
        } catch (java.io.IOException e) {
            throw new InvalidPdfException("cannot close the PDF: " + e.getMessage(), e);
        }
    }

    private static List<Integer> selectPages(int pageCount, PageRange range) {
        List<Integer> pages = new ArrayList<>();
        for (int i = 0; i < pageCount; i++) {
            if (range == null || range.contains(i)) {
                pages.add(i);
            }
        }
        if (pages.isEmpty()) {
            throw new InvalidOptionsException("pages", "range " + range + " selects no page of a " + pageCount + "-page document");
        }
        return pages;
    }
}
