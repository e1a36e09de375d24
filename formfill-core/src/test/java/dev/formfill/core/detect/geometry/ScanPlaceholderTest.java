package dev.formfill.core.detect.geometry;

import static dev.formfill.core.detect.geometry.GeneratedPages.H;
import static dev.formfill.core.detect.geometry.GeneratedPages.HELV;
import static dev.formfill.core.detect.geometry.GeneratedPages.W;
import static dev.formfill.core.detect.geometry.GeneratedPages.spans;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.formfill.core.DetectedField;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.junit.jupiter.api.Test;

/**
 * A recognised scan of a box with a faint placeholder printed in it ("Name(s)"): recognition keeps
 * the placeholder as a word like any other, but its ink in the image is faint, so the box stays a
 * blank as on a vector page. A label printed in black in the box still labels the rest of it.
 */
class ScanPlaceholderTest {

    /** Picture resolution: 2 pixels per point. */
    private static final int S = 2;

    @Test
    void aFaintRecognisedPlaceholderLeavesItsBoxABlank() throws IOException {
        assertEquals(List.of(List.of(301L, 499L)), spans(detect(new Color(225, 225, 225))));
    }

    @Test
    void aBlackWordInTheBoxIsItsLabel() throws IOException {
        List<DetectedField> fs = detect(Color.BLACK);
        assertEquals(1, fs.size(), fs::toString);
        assertEquals(true, fs.get(0).box().x0() * W > 330, fs::toString);
    }

    private static List<DetectedField> detect(Color placeholder) throws IOException {
        BufferedImage scan = new BufferedImage((int) W * S, (int) H * S, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scan.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, scan.getWidth(), scan.getHeight());
        g.setColor(Color.BLACK);
        g.setStroke(new java.awt.BasicStroke(2f));
        g.drawRect(300 * S, 200 * S, 200 * S, 24 * S);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10 * S));
        g.drawString("Who lost coverage?", 60 * S, 216 * S);
        g.setColor(placeholder);
        g.drawString("Name(s)", 306 * S, 216 * S);
        g.dispose();
        return GeneratedPages.detectImagePage(scan, cs -> {
            ocr(cs, 60, "Who lost coverage?");
            ocr(cs, 306, "Name(s)");
        });
    }

    private static void ocr(PDPageContentStream cs, float x, String text) throws IOException {
        cs.beginText();
        cs.setRenderingMode(RenderingMode.NEITHER);
        cs.setFont(HELV, 10);
        cs.newLineAtOffset(x, H - 216);
        cs.showText(text);
        cs.endText();
    }
}
