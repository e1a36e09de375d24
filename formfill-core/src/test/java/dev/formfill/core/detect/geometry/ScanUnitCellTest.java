package dev.formfill.core.detect.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.formfill.core.DetectedField;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A scan without a text layer of a table whose amount cells open with a "$": the amount is written after
 * the sign. The cells of the first column hold labels ("Form 1120-S"): words, not a sign, so no blank.
 * Cents or a per cent sign printed at a cell's right end close its blank as the wall would.
 */
class ScanUnitCellTest {

    private static final float W = GeneratedPages.W, H = GeneratedPages.H;
    private static final int S = GeneratedPages.SCAN_PX_PER_PT;

    @Test
    void theRoomAfterADollarSignIsABlank() throws IOException {
        List<DetectedField> fs = GeneratedPages.detectImagePage(table());
        assertEquals(4, fs.size(), fs::toString);
        for (DetectedField f : fs) {
            double x0 = f.box().x0() * W;
            assertEquals(true, x0 > 250 && x0 < 262 || x0 > 350 && x0 < 362, f::toString); // after the sign
        }
    }

    @Test
    void printedCentsOrAPerCentSignAtTheRightEndCloseTheBlank() throws IOException {
        BufferedImage scan = GeneratedPages.blankScan();
        Graphics2D g = GeneratedPages.pen(scan);
        for (int top : new int[] {300, 340}) {
            g.drawRect(150 * S, top * S, 120 * S, 18 * S);
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10 * S));
        g.drawString("$", 153 * S, 314 * S);
        g.drawString(".00", 252 * S, 314 * S);
        g.drawString("%", 258 * S, 354 * S);
        g.dispose();
        List<DetectedField> fs = GeneratedPages.detectImagePage(scan);
        assertEquals(2, fs.size(), fs::toString);
        DetectedField amount = fs.get(0), rate = fs.get(1);
        assertEquals(true, amount.box().x0() * W > 158 && amount.box().x0() * W < 164 && amount.box().x1() * W < 252
                && amount.box().x1() * W > 246, amount::toString);
        assertEquals(true, rate.box().x0() * W < 153 && rate.box().x1() * W < 258 && rate.box().x1() * W > 252, rate::toString);
    }

    private static BufferedImage table() {
        BufferedImage scan = GeneratedPages.blankScan();
        Graphics2D g = GeneratedPages.pen(scan);
        for (int x : new int[] {60, 240, 340, 440}) {
            g.drawLine(x * S, 300 * S, x * S, 340 * S);
        }
        for (int y : new int[] {300, 320, 340}) {
            g.drawLine(60 * S, y * S, 440 * S, y * S);
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 9 * S));
        for (int r = 0; r < 2; r++) {
            int base = 300 + 20 * r + 14;
            g.drawString("Form 1120-S", 64 * S, base * S);
            g.drawString("$", 244 * S, base * S);
            g.drawString("$", 344 * S, base * S);
        }
        g.dispose();
        return scan;
    }
}
