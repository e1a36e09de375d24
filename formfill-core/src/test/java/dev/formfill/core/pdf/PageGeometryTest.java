package dev.formfill.core.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.formfill.core.Box;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageGeometryTest {

    /**
     * The ground truth gives every field both ways: {@code rect} in user space and {@code box}
     * normalized over the displayed page. Both directions of the mapping must reproduce them.
     * ia_scr_4136 is rotated 270; pdfcpu's CropBox is inset in the MediaBox; issue6127's MediaBox
     * extends beyond its CropBox (negative origin).
     */
    @ParameterizedTest
    @ValueSource(strings = {"pdflib_ia_scr_4136", "pdfcpu_demo_english", "pdfjs_issue6127", "pdfjs_160F-2019"})
    void truthRectsAndBoxesMapOntoEachOther(String name) throws IOException {
        Path dir = TestPdfs.eval("dev");
        JsonNode truth = new ObjectMapper().readTree(dir.resolve(name + ".truth.json").toFile());
        int checked = 0;
        try (PDDocument doc = new PdfOpener(2000).open(dir.resolve(name + ".pdf"), null)) {
            for (JsonNode page : truth.get("pages")) {
                PDPage p = doc.getPage(page.get("index").asInt());
                PageGeometry g = PageGeometry.of(p);
                assertEquals(page.get("rotation").asInt(), g.rotation());
                assertEquals(page.get("width_pt").asDouble(), g.displayWidth(), 0.01);
                assertEquals(page.get("height_pt").asDouble(), g.displayHeight(), 0.01);
                for (JsonNode f : page.get("fields")) {
                    JsonNode r = f.get("rect"), b = f.get("box");
                    Box expected = new Box(b.get(0).asDouble(), b.get(1).asDouble(), b.get(2).asDouble(), b.get(3).asDouble());
                    Box mapped = g.toNormalized(r.get(0).asDouble(), r.get(1).asDouble(), r.get(2).asDouble(), r.get(3).asDouble());
                    assertBoxEquals(expected, mapped, 1e-3, name + " " + f.get("name"));
                    PDRectangle back = g.toUserSpace(expected);
                    double tol = 1e-3 * Math.max(g.displayWidth(), g.displayHeight());
                    assertEquals(r.get(0).asDouble(), back.getLowerLeftX(), tol);
                    assertEquals(r.get(1).asDouble(), back.getLowerLeftY(), tol);
                    assertEquals(r.get(2).asDouble(), back.getUpperRightX(), tol);
                    assertEquals(r.get(3).asDouble(), back.getUpperRightY(), tol);
                    checked++;
                }
            }
        }
        assertTrue(checked > 10, "fields checked: " + checked);
    }

    /**
     * Against the renderer itself: a black rectangle drawn at a known user-space rectangle on a
     * page with each /Rotate (and a CropBox offset inside a larger MediaBox) appears in the
     * rendered image exactly where {@link PageGeometry#toNormalized} says.
     */
    @ParameterizedTest
    @ValueSource(ints = {0, 90, 180, 270, -90, 450})
    void renderedInkLandsOnTheMappedBox(int rotate) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(-20, -30, 640, 500));
            page.setCropBox(new PDRectangle(10, 20, 400, 300));
            page.setRotation(rotate);
            doc.addPage(page);
            PDRectangle ink = new PDRectangle(60, 200, 120, 40); // off-centre and not square
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.addRect(ink.getLowerLeftX(), ink.getLowerLeftY(), ink.getWidth(), ink.getHeight());
                cs.fill();
            }
            BufferedImage img = new PDFRenderer(doc).renderImageWithDPI(0, 72, ImageType.RGB);
            PageGeometry g = PageGeometry.of(page);
            assertEquals(img.getWidth(), g.displayWidth(), 1);
            assertEquals(img.getHeight(), g.displayHeight(), 1);
            Box mapped = g.toNormalized(ink);
            Box seen = Pixels.darkBounds(img, null);
            assertBoxEquals(mapped, seen, 1.5 / Math.min(img.getWidth(), img.getHeight()), "rotate " + rotate);
            PDRectangle back = g.toUserSpace(mapped);
            assertEquals(ink.getLowerLeftX(), back.getLowerLeftX(), 1e-3);
            assertEquals(ink.getLowerLeftY(), back.getLowerLeftY(), 1e-3);
            assertEquals(ink.getWidth(), back.getWidth(), 1e-3);
            assertEquals(ink.getHeight(), back.getHeight(), 1e-3);
        }
    }

    static void assertBoxEquals(Box expected, Box actual, double tol, String what) {
        boolean ok = Math.abs(expected.x0() - actual.x0()) <= tol && Math.abs(expected.y0() - actual.y0()) <= tol
                && Math.abs(expected.x1() - actual.x1()) <= tol && Math.abs(expected.y1() - actual.y1()) <= tol;
        assertTrue(ok, what + ": expected " + expected + " got " + actual);
    }
}
