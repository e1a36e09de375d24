package dev.formfill.core.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.formfill.cli.FormFillCli;
import dev.formfill.core.Box;
import dev.formfill.core.DetectedField;
import dev.formfill.core.FieldType;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewRendererTest {

    @TempDir
    Path dir;

    private Path blankPdf(int pages) throws Exception {
        Path pdf = dir.resolve("form.pdf");
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                doc.addPage(new PDPage(PDRectangle.LETTER));
            }
            doc.save(pdf.toFile());
        }
        return pdf;
    }

    @Test
    void writesOnePngPerPageWithFieldsInClassColours() throws Exception {
        Path pdf = blankPdf(2);
        List<DetectedField> fields = List.of(
                DetectedField.of(0, FieldType.TEXT_BOX, new Box(0.1, 0.1, 0.5, 0.15), 0.9).withName("first_name"),
                DetectedField.of(1, FieldType.CHOICE_BUTTON, new Box(0.2, 0.5, 0.23, 0.52), 0.9).withName("yes"),
                DetectedField.of(1, FieldType.SIGNATURE, new Box(0.5, 0.8, 0.9, 0.85), 0.9));
        List<Path> files = new PreviewRenderer(72).write(pdf, null, fields, null, dir.resolve("preview"));
        assertEquals(List.of(dir.resolve("preview/form-page-001.png"), dir.resolve("preview/form-page-002.png")), files);
        BufferedImage p1 = ImageIO.read(files.get(0).toFile());
        assertEquals(612, p1.getWidth());
        // the outline of the text box, in the text-box colour, at its left edge
        int rgb = p1.getRGB((int) Math.round(0.1 * 612), (int) Math.round(0.125 * 792)) & 0xffffff;
        assertEquals(PreviewRenderer.colorOf(FieldType.TEXT_BOX).getRGB() & 0xffffff, rgb);
        BufferedImage p2 = ImageIO.read(files.get(1).toFile());
        int sig = p2.getRGB((int) Math.round(0.5 * 612), (int) Math.round(0.825 * 792)) & 0xffffff;
        assertEquals(PreviewRenderer.colorOf(FieldType.SIGNATURE).getRGB() & 0xffffff, sig);
        // page 1 has no signature: white there
        assertEquals(0xffffff, p1.getRGB((int) Math.round(0.5 * 612), (int) Math.round(0.825 * 792)) & 0xffffff);
    }

    @Test
    void prepareWritesPreviewsWithTheOption() throws Exception {
        Path pdf = blankPdf(3);
        Path previews = dir.resolve("pv");
        int rc = FormFillCli.run("prepare", pdf.toString(), dir.resolve("out.pdf").toString(), "--model", "geometry",
                "--pages", "2-3", "--preview", previews.toString(), "-q");
        assertEquals(0, rc);
        try (Stream<Path> s = Files.list(previews)) {
            assertEquals(List.of("form-page-002.png", "form-page-003.png"),
                    s.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertTrue(Files.size(previews.resolve("form-page-002.png")) > 0);
    }
}
