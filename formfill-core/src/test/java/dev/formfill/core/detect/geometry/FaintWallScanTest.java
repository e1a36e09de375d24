package dev.formfill.core.detect.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.formfill.core.DetectedField;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A scan of a table whose column rule is printed in a light ink (a form printed in one pale colour: the
 * rule comes out at a fifth of black, a point wide): it still parts the columns, so each row holds two
 * blanks. Scanner noise on a tinted panel strings no such wall together.
 */
class FaintWallScanTest {

    private static final float W = GeneratedPages.W, H = GeneratedPages.H;
    private static final int S = GeneratedPages.SCAN_PX_PER_PT;

    @Test
    void aLightColumnRulePartsTheCells() throws IOException {
        List<DetectedField> fs = GeneratedPages.detectImagePage(table());
        assertEquals(4, fs.size(), fs::toString);
        for (DetectedField f : fs) {
            double x0 = f.box().x0() * W, x1 = f.box().x1() * W;
            assertEquals(true, x1 < 301 || x0 > 299, f::toString); // each on one side of the light rule
        }
    }

    private static BufferedImage table() {
        BufferedImage scan = GeneratedPages.blankScan();
        Graphics2D g = GeneratedPages.pen(scan);
        for (int y : new int[] {300, 320, 340}) {
            g.fillRect(100 * S, y * S, 400 * S, S); // dark rules, a point thick
        }
        g.fillRect(100 * S, 300 * S, S, 40 * S);
        g.fillRect(500 * S, 300 * S, S, 41 * S);
        g.setColor(new Color(200, 200, 200));
        g.fillRect(300 * S, 300 * S, S, 40 * S); // the light column rule
        g.dispose();
        return scan;
    }
}
