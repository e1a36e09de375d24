package dev.formfill.core.detect.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.formfill.core.DetectedField;
import dev.formfill.core.FieldType;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A scan of a form whose boxes are only a 3% gray tint, no outline (the Michigan supplements' answer
 * boxes and checkboxes): on white paper the tint still reads as a box, down to a checkbox's size; a
 * page of gray paper is no tint itself.
 */
class FaintTintScanTest {

    private static final float W = GeneratedPages.W, H = GeneratedPages.H;
    /** Picture resolution: 2 pixels per point. */
    private static final int S = 2;

    @Test
    void faintTintedBoxesOnWhitePaperAreFields() throws IOException {
        List<DetectedField> fs = GeneratedPages.detectImagePage(form(255, true));
        assertEquals(List.of(FieldType.TEXT_BOX, FieldType.CHOICE_BUTTON, FieldType.TEXT_BOX, FieldType.CHOICE_BUTTON),
                fs.stream().map(DetectedField::type).toList(), fs::toString);
        DetectedField box = fs.get(0);
        assertEquals(368, Math.round(box.box().x0() * W), 2, box::toString);
        assertEquals(174, Math.round(box.box().y1() * H), 2, box::toString);
    }

    @Test
    void grayPaperIsNoTint() throws IOException {
        List<DetectedField> fs = GeneratedPages.detectImagePage(form(247, false));
        assertEquals(List.of(), fs, fs::toString);
    }

    /** Two questions, each with a tinted checkbox and a tinted answer box when asked, on paper of the given gray. */
    private static BufferedImage form(int paper, boolean boxes) {
        BufferedImage scan = new BufferedImage((int) W * S, (int) H * S, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scan.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(paper, paper, paper));
        g.fillRect(0, 0, scan.getWidth(), scan.getHeight());
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 9 * S));
        for (int i = 0; i < 2; i++) {
            int top = 151 + 40 * i;
            g.setColor(Color.BLACK);
            g.drawString("Does anyone buy and make food separately?", 60 * S, (top + 14) * S);
            g.drawString("If yes, who?", 300 * S, (top + 14) * S);
            if (boxes) {
                g.setColor(new Color(paper - 8, paper - 8, paper - 8)); // 3% darker than the paper
                g.fillRect(270 * S, (top + 3) * S, 17 * S, 17 * S);
                g.fillRect(368 * S, top * S, 142 * S, 23 * S);
            }
        }
        g.dispose();
        return scan;
    }
}
