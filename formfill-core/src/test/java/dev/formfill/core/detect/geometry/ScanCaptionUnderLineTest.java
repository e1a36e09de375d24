package dev.formfill.core.detect.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.formfill.core.DetectedField;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A scan without a text layer of two bare lines, each with its caption printed under it ("Signature
 * of applicant", "Date"): the ink under a line that ends under it is its caption, so the line is a
 * blank. A short rule over a line of text running on past its end (a footnote) is none.
 */
class ScanCaptionUnderLineTest {

    private static final float W = GeneratedPages.W;
    private static final int S = GeneratedPages.SCAN_PX_PER_PT;

    @Test
    void aLineWithItsCaptionUnderItIsABlank() throws IOException {
        BufferedImage scan = GeneratedPages.blankScan();
        Graphics2D g = GeneratedPages.pen(scan);
        g.drawLine(60 * S, 300 * S, 300 * S, 300 * S);
        g.drawLine(350 * S, 300 * S, 500 * S, 300 * S);
        g.drawLine(60 * S, 600 * S, 204 * S, 600 * S); // a footnote's separator
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 8 * S));
        g.drawString("Signature of applicant", 60 * S, 310 * S);
        g.drawString("Date", 350 * S, 310 * S);
        g.drawString("1 Fees are not refundable once the application has been approved.", 60 * S, 610 * S);
        g.dispose();
        List<DetectedField> fs = GeneratedPages.detectImagePage(scan);
        assertEquals(2, fs.size(), fs::toString);
        assertTrue(Math.abs(fs.get(0).box().x0() * W - 60) < 2 && Math.abs(fs.get(1).box().x0() * W - 350) < 2, fs::toString);
    }
}
