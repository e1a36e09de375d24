package dev.formfill.core.detect.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.formfill.core.DetectedField;
import dev.formfill.core.FieldType;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A scan without a text layer of bands between full-width rules, each labelled in small type hanging from
 * its upper rule ("Patient's name (Last, First, Middle)"): the blank is the band under the label, as on a
 * vector page where the label's words are known, also with the ticks of character cells rising in the band
 * (a social security number's). A line of text centred between two rules is no label.
 */
class ScanHangingLabelTest {

    private static final float W = GeneratedPages.W, H = GeneratedPages.H;
    private static final int S = GeneratedPages.SCAN_PX_PER_PT;

    @Test
    void bandUnderAHangingLabelIsOneField() throws IOException {
        List<DetectedField> fs = GeneratedPages.detectImagePage(form());
        List<DetectedField> bands = fs.stream().filter(f -> f.type() == FieldType.TEXT_BOX && f.box().x1() * W - f.box().x0() * W > 400).toList();
        assertEquals(2, bands.size(), fs::toString);
        for (int i = 0; i < 2; i++) {
            DetectedField band = bands.get(i);
            double top = 200 + 40 * i;
            assertEquals(top + 10, band.box().y0() * H, 2.5, band::toString); // under the label, not over it
            assertEquals(top + 30, band.box().y1() * H, 1.5, band::toString);
            assertEquals(60, band.box().x0() * W, 2, band::toString);
        }
        assertEquals(2, fs.size(), "no blank between the rules round the centred heading: " + fs);
    }

    @Test
    void ticksOfCharacterCellsInTheBandLeaveItOneField() throws IOException {
        BufferedImage scan = GeneratedPages.blankScan();
        Graphics2D g = GeneratedPages.pen(scan);
        g.drawLine(400 * S, 300 * S, 560 * S, 300 * S);
        g.drawLine(400 * S, 324 * S, 560 * S, 324 * S);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 7 * S));
        g.drawString("Your social security number", 402 * S, 307 * S);
        for (int x = 420; x < 560; x += 20) { // ticks parting the digits, rising 7 pt from the floor
            for (int y = 317 * S; y < 324 * S; y++) {
                scan.setRGB(x * S, y, 0x505050);
            }
        }
        g.dispose();
        List<DetectedField> fs = GeneratedPages.detectImagePage(scan);
        assertEquals(1, fs.size(), fs::toString);
        assertEquals(400, fs.get(0).box().x0() * W, 2, fs::toString);
        assertEquals(560, fs.get(0).box().x1() * W, 2, fs::toString);
        assertEquals(324, fs.get(0).box().y1() * H, 1.5, fs::toString);
    }

    /** A centred heading between two rules, then two labelled bands of 30 pt. */
    private static BufferedImage form() {
        BufferedImage scan = GeneratedPages.blankScan();
        Graphics2D g = GeneratedPages.pen(scan);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 11 * S));
        g.drawString("SECTION 1 - PATIENT INFORMATION", 200 * S, 190 * S);
        g.drawLine(60 * S, 176 * S, 552 * S, 176 * S);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 7 * S));
        String[] labels = {"Patient's name as shown on the card (Last, First, Middle)", "Street address (or P.O. Box)"};
        for (int i = 0; i < 3; i++) {
            int y = 200 + 40 * i;
            g.drawLine(60 * S, y * S, 552 * S, y * S);
            if (i < 2) {
                g.drawLine(60 * S, (y + 30) * S, 552 * S, (y + 30) * S);
                g.drawString(labels[i], 62 * S, (y + 7) * S);
            }
        }
        g.dispose();
        return scan;
    }
}
