package dev.formfill.core.detect.onnx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.formfill.core.FieldType;
import dev.formfill.core.FormPreparer;
import dev.formfill.core.PrepareOptions;
import dev.formfill.core.PrepareResult;
import dev.formfill.core.ProgressListener;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline with the YOLO fixture as the model: every page is displayed as 640×320 pt, rendered at
 * 72 dpi to 640×320 px and letterboxed at scale 0.1 into 64 px, so the fixture's candidates land on known
 * user-space rectangles, through a plain page, /Rotate 90 and 270 pages and a page whose CropBox is not its MediaBox.
 */
class OnnxPipelineTest {

    @TempDir
    Path dir;

    private static final double EPS = 1e-3;

    private Path pdf() throws IOException {
        Path p = dir.resolve("in.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage(new PDRectangle(640, 320)));
            PDPage rotated = new PDPage(new PDRectangle(320, 640));
            rotated.setRotation(90);
            doc.addPage(rotated);
            PDPage cropped = new PDPage(new PDRectangle(800, 600));
            cropped.setCropBox(new PDRectangle(100, 100, 640, 320));
            doc.addPage(cropped);
            PDPage rotated270 = new PDPage(new PDRectangle(320, 640));
            rotated270.setRotation(270);
            doc.addPage(rotated270);
            doc.save(p.toFile());
        }
        return p;
    }

    /** Widget rectangles of a page as [llx, lly, urx, ury], sorted. */
    private static List<double[]> widgets(PDPage page) throws IOException {
        List<double[]> out = new ArrayList<>();
        for (PDAnnotation a : page.getAnnotations()) {
            if (a instanceof PDAnnotationWidget w) {
                PDRectangle r = w.getRectangle();
                out.add(new double[] {r.getLowerLeftX(), r.getLowerLeftY(), r.getUpperRightX(), r.getUpperRightY()});
            }
        }
        out.sort(Comparator.<double[]>comparingDouble(r -> r[0]).thenComparingDouble(r -> r[1]));
        return out;
    }

    private static void assertRects(List<double[]> expected, List<double[]> actual) {
        expected.sort(Comparator.<double[]>comparingDouble(r -> r[0]).thenComparingDouble(r -> r[1]));
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            for (int k = 0; k < 4; k++) {
                assertEquals(expected.get(i)[k], actual.get(i)[k], EPS, "widget " + i + " coordinate " + k);
            }
        }
    }

    @Test
    void writesWidgetsAtTheMappedUserSpaceRectangles() throws IOException {
        Path model = Fixtures.copy("yolo-64.onnx", dir);
        Path out = dir.resolve("out.pdf");
        PrepareOptions options = PrepareOptions.builder().model(model.toString()).renderDpi(72).snapToLines(false).build();
        try (FormPreparer preparer = FormPreparer.builder().modelDirectory(dir.resolve("cache")).intraOpThreads(1).build()) {
            PrepareResult result = preparer.prepareForm(pdf(), out, options, ProgressListener.NONE);
            assertEquals("yolo-64.onnx", result.detector());
            assertEquals(12, result.fields().size());
            assertEquals(4, result.count(FieldType.SIGNATURE));
        }
        // normalized boxes: text (6/64, 6/32)-(26/64, 10/32), checkbox (46/64, 14/32)-(50/64, 18/32),
        // signature (28/64, 25/32)-(52/64, 31/32)
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            // plain page: x = nx·640, y = 320 − ny·320
            assertRects(new ArrayList<>(List.of(new double[] {60, 220, 260, 260}, new double[] {460, 140, 500, 180},
                    new double[] {280, 10, 520, 70})), widgets(doc.getPage(0)));
            // /Rotate 90 (portrait 320×640 shown landscape): user x = ny·320, user y = nx·640
            assertRects(new ArrayList<>(List.of(new double[] {60, 60, 100, 260}, new double[] {140, 460, 180, 500},
                    new double[] {250, 280, 310, 520})), widgets(doc.getPage(1)));
            // CropBox (100,100)-(740,420) inside an 800×600 MediaBox: x = 100 + nx·640, y = 420 − ny·320
            assertRects(new ArrayList<>(List.of(new double[] {160, 320, 360, 360}, new double[] {560, 240, 600, 280},
                    new double[] {380, 110, 620, 170})), widgets(doc.getPage(2)));
            // /Rotate 270: user x = (1 − ny)·320, user y = 640 − nx·640
            assertRects(new ArrayList<>(List.of(new double[] {220, 380, 260, 580}, new double[] {140, 140, 180, 180},
                    new double[] {10, 120, 70, 360})), widgets(doc.getPage(3)));
            assertTrue(doc.getDocumentCatalog().getAcroForm() != null);
        }
    }

    @Test
    void detrBoxesNeedNoLetterbox() throws IOException {
        Path model = Fixtures.copy("detr-anon-64.onnx", dir);
        Path in = dir.resolve("detr.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage rotated = new PDPage(new PDRectangle(320, 640));
            rotated.setRotation(90);
            doc.addPage(rotated);
            doc.save(in.toFile());
        }
        Path out = dir.resolve("detr-out.pdf");
        PrepareOptions options = PrepareOptions.builder().model(model.toString()).renderDpi(72).snapToLines(false)
                .confidence(0.6).build();
        try (FormPreparer preparer = FormPreparer.builder().modelDirectory(dir.resolve("cache")).intraOpThreads(1).build()) {
            PrepareResult result = preparer.prepareForm(in, out, options, ProgressListener.NONE);
            assertEquals(3, result.fields().size(), result.fields().toString());
        }
        // normalized over the displayed 640x320 page: text (0.10,0.45)-(0.40,0.55), checkbox (0.675,0.25)-(0.725,0.35),
        // signature (0.40,0.76)-(0.80,0.84); /Rotate 90: user x = ny*320, user y = nx*640
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertRects(new ArrayList<>(List.of(new double[] {144, 64, 176, 256}, new double[] {80, 432, 112, 464},
                    new double[] {243.2, 256, 268.8, 512})), widgets(doc.getPage(0)));
        }
    }
}
