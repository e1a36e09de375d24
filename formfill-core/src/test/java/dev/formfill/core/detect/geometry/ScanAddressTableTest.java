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
 * A scan without a text layer of a table of addresses (a state's name at the top of the left cell, its
 * office's three-line address on the right, set so close that descenders touch the next line's capitals):
 * the rows are reading matter, so the room under each state's name is no blank.
 */
class ScanAddressTableTest {

    private static final float W = GeneratedPages.W, H = GeneratedPages.H;
    private static final int S = GeneratedPages.SCAN_PX_PER_PT;

    @Test
    void roomUnderAStateBesideItsAddressIsNoBlank() throws IOException {
        List<DetectedField> fs = GeneratedPages.detectImagePage(table());
        assertEquals(List.of(), fs, fs::toString);
    }

    private static BufferedImage table() {
        BufferedImage scan = GeneratedPages.blankScan();
        Graphics2D g = GeneratedPages.pen(scan);
        String[][] rows = {
            {"Guam", "Pacific Regional Services, Inc.", "P.O. Box 6777, Agana", "Fargo, ND 58108-6777"},
            {"Hawaii", "Pacific Regional Services, Inc.", "P.O. Box 6779, Hilo", "Fargo, ND 58108-6779"},
            {"Idaho", "Mountain Agency, Inc.", "P.O. Box 6701, Boise", "Fargo, ND 58108-6701"},
        };
        int top = 200, rowH = 40;
        g.drawLine(140 * S, top * S, 140 * S, (top + rows.length * rowH) * S); // the column rule
        for (int r = 0; r <= rows.length; r++) {
            g.drawLine(40 * S, (top + r * rowH) * S, 570 * S, (top + r * rowH) * S);
        }
        for (int r = 0; r < rows.length; r++) {
            int y = top + r * rowH;
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 9 * S));
            g.drawString(rows[r][0], 44 * S, (y + 10) * S);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10 * S));
            for (int l = 1; l < 4; l++) {
                g.drawString(rows[r][l], 146 * S, (int) ((y + 1 + 9.5f * l) * S)); // 9.5 pt apart: descenders reach the next line
            }
        }
        g.dispose();
        return scan;
    }
}
