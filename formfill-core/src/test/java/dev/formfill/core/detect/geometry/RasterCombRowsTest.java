package dev.formfill.core.detect.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.formfill.core.DetectedField;
import dev.formfill.core.FieldType;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Comb rows on image-only pages whose cells are marked by dots or corner ticks, not lines. */
class RasterCombRowsTest {

    private static final float W = 612, H = 792;
    /** Scan resolution: 2 pixels per point. */
    private static final int S = 2;
    private static final Color MARK = new Color(150, 150, 150);

    /** Builds an image-only page from a scan drawn at 144 dpi and runs the detector on its rendering. */
    private static List<DetectedField> detectScan(Consumer<Graphics2D> drawing) throws IOException {
        return detectScan(Color.WHITE, MARK, drawing);
    }

    private static List<DetectedField> detectScan(Color paper, Color ink, Consumer<Graphics2D> drawing) throws IOException {
        BufferedImage scan = new BufferedImage((int) W * S, (int) H * S, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scan.createGraphics();
        g.setColor(paper);
        g.fillRect(0, 0, scan.getWidth(), scan.getHeight());
        g.setColor(ink);
        drawing.accept(g);
        g.dispose();
        return GeneratedPages.detectImagePage(scan);
    }

    /** A dot of about 1 pt at (x, y) points. */
    private static void dot(Graphics2D g, double x, double y) {
        g.fillRect((int) Math.round(x * S) - 1, (int) Math.round(y * S) - 1, 2, 2);
    }

    /**
     * A row of cells outlined by dots: dense dotted top and bottom edges, and dots down the cell
     * boundaries at a third and two thirds of the height (the style of scanned tax forms).
     */
    private static void dottedCells(Graphics2D g, double x0, double y0, int cells, double pitch, double height) {
        int perCell = 5;
        for (int i = 0; i < cells * perCell + 1; i++) {
            double x = x0 + i * pitch / perCell;
            dot(g, x, y0);
            dot(g, x, y0 + height);
        }
        for (int i = 0; i <= cells; i++) {
            dot(g, x0 + i * pitch, y0 + height / 3);
            dot(g, x0 + i * pitch, y0 + 2 * height / 3);
        }
    }

    private static void assertComb(DetectedField f, int cells, double x0, double y0, double x1, double y1) {
        assertEquals(FieldType.TEXT_BOX, f.type());
        assertEquals(cells, f.combCells(), f::toString);
        double tol = 1.5; // points
        assertEquals(x0, f.box().x0() * W, tol, f::toString);
        assertEquals(y0, f.box().y0() * H, tol, f::toString);
        assertEquals(x1, f.box().x1() * W, tol, f::toString);
        assertEquals(y1, f.box().y1() * H, tol, f::toString);
    }

    @Test
    void dottedCellRowsGiveOneCombPerRowWithItsCellCount() throws IOException {
        List<DetectedField> fs = detectScan(g -> {
            dottedCells(g, 350, 200, 11, 14, 19);
            dottedCells(g, 350, 232, 12, 14, 19);
            dottedCells(g, 100, 400, 8, 17, 20);
        });
        assertEquals(3, fs.size(), fs::toString);
        assertComb(fs.get(0), 11, 350, 200, 350 + 11 * 14, 219);
        assertComb(fs.get(1), 12, 350, 232, 350 + 12 * 14, 251);
        assertComb(fs.get(2), 8, 100, 400, 100 + 8 * 17, 420);
        assertTrue(fs.stream().allMatch(f -> f.confidence() >= 0.8), fs::toString);
    }

    @Test
    void dotsOnGreyPaperAreFoundToo() throws IOException {
        List<DetectedField> fs = detectScan(new Color(200, 196, 185), new Color(110, 110, 110),
                g -> dottedCells(g, 200, 300, 10, 15, 20));
        assertEquals(1, fs.size(), fs::toString);
        assertComb(fs.get(0), 10, 200, 300, 350, 320);
    }

    @Test
    void aBoundaryDotLostInTheScanDoesNotBreakTheRow() throws IOException {
        List<DetectedField> fs = detectScan(g -> {
            dottedCells(g, 100, 250, 12, 14, 19);
            g.setColor(Color.WHITE); // both side dots of the 6th boundary are gone
            g.fillRect((100 + 6 * 14) * S - 3, (int) Math.round((250 + 19 / 3.0) * S) - 3, 6, 6);
            g.fillRect((100 + 6 * 14) * S - 3, (int) Math.round((250 + 2 * 19 / 3.0) * S) - 3, 6, 6);
        });
        assertEquals(1, fs.size(), fs::toString);
        assertComb(fs.get(0), 12, 100, 250, 100 + 12 * 14, 269);
    }

    @Test
    void cellGroupsSeparatedByAnOpenCellAreSeparateCombs() throws IOException {
        // a date: 2 + 2 + 4 cells, the groups one cell apart with no edge dots in between
        List<DetectedField> fs = detectScan(g -> {
            dottedCells(g, 100, 300, 2, 14, 19);
            dottedCells(g, 100 + 3 * 14, 300, 2, 14, 19);
            dottedCells(g, 100 + 6 * 14, 300, 4, 14, 19);
        });
        assertEquals(3, fs.size(), fs::toString);
        assertComb(fs.get(0), 2, 100, 300, 128, 319);
        assertComb(fs.get(1), 2, 142, 300, 170, 319);
        assertComb(fs.get(2), 4, 184, 300, 240, 319);
    }

    @Test
    void aLoneDottedCellIsOneTextBox() throws IOException {
        List<DetectedField> fs = detectScan(g -> dottedCells(g, 400, 150, 1, 14, 19));
        assertEquals(1, fs.size(), fs::toString);
        DetectedField f = fs.get(0);
        assertEquals(FieldType.TEXT_BOX, f.type());
        assertTrue(f.combCells() <= 1, f::toString);
        assertEquals(400, f.box().x0() * W, 1.5);
        assertEquals(414, f.box().x1() * W, 1.5);
        assertEquals(150, f.box().y0() * H, 1.5);
        assertEquals(169, f.box().y1() * H, 1.5);
    }

    @Test
    void cornerTicksAloneMarkACombRow() throws IOException {
        List<DetectedField> fs = detectScan(g -> {
            for (int row = 0; row < 2; row++) {
                double top = 500 + row * 40;
                for (int i = 0; i <= 6; i++) {
                    int x = (int) Math.round((120 + i * 16) * S);
                    g.fillRect(x - 1, (int) Math.round(top * S), 2, 5); // tick hanging from the top corner
                    g.fillRect(x - 1, (int) Math.round((top + 20) * S) - 5, 2, 5); // tick rising to the bottom corner
                }
            }
        });
        assertEquals(2, fs.size(), fs::toString);
        assertComb(fs.get(0), 6, 120, 501.25, 216, 518.75);
        assertComb(fs.get(1), 6, 120, 541.25, 216, 558.75);
    }

    @Test
    void separateSquareOutlinesInARowAreOneComb() throws IOException {
        List<DetectedField> fs = detectScan(g -> {
            g.setColor(Color.DARK_GRAY);
            g.setStroke(new java.awt.BasicStroke(2f));
            for (int i = 0; i < 7; i++) {
                g.drawRect((100 + i * 16) * S, 600 * S, 13 * S, 13 * S); // 13 pt boxes, 3 pt apart
            }
            g.drawRect(300 * S, 600 * S, 13 * S, 13 * S); // a lone box is no comb
            g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 14 * S));
            g.drawString("OOOO DDDD", 100 * S, 700 * S); // round letters are no boxes
        });
        List<DetectedField> combs = fs.stream().filter(f -> f.combCells() > 1).toList();
        assertEquals(1, combs.size(), fs::toString);
        assertComb(combs.get(0), 7, 99.5, 599.5, 100 + 6 * 16 + 13.5, 613.5);
    }

    @Test
    void blankAndSpeckledScansGiveNothing() throws IOException {
        assertTrue(detectScan(g -> { }).isEmpty());
        Random rnd = new Random(7);
        List<DetectedField> fs = detectScan(g -> {
            for (int i = 0; i < 3000; i++) {
                g.fillRect(rnd.nextInt((int) W * S), rnd.nextInt((int) H * S), 2, 2);
            }
        });
        assertTrue(fs.isEmpty(), fs::toString);
    }
}
