package dev.formfill.core.detect.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * A form pasted into the PDF as a picture, with its labels in the picture (no text layer): the
 * fill-in rules are light gray, bold text must not read as rules, and labels are known only as ink.
 */
class ImagePageFormTest {

    private static final float W = GeneratedPages.W, H = GeneratedPages.H;
    /** Picture resolution: 2 pixels per point. */
    private static final int S = GeneratedPages.SCAN_PX_PER_PT;

    @Test
    void lightGrayRulesBesideInkLabelsAreBlanksAndBoldTextIsNoRule() throws IOException {
        BufferedImage form = blankScan();
        Graphics2D g = pen(form);
        g.setStroke(new java.awt.BasicStroke(2f));
        g.drawRect(60 * S, 200 * S, 480 * S, 160 * S); // the form's frame gives the page its structure
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 9 * S));
        g.drawString("Wages before taxes (fill in the dollar amount and your hours per week)", 70 * S, 222 * S);
        String[] periods = {"Hourly", "Weekly", "Monthly"};
        for (int i = 0; i < periods.length; i++) {
            int base = (244 + 20 * i) * S;
            g.setColor(Color.BLACK);
            g.drawString(periods[i], 80 * S, base);
            g.drawString("$", 150 * S, base);
            g.drawString("Hours per week:", 300 * S, base);
            g.setColor(new Color(190, 190, 190)); // 25% gray rules, lighter than any dark threshold
            g.setStroke(new java.awt.BasicStroke(1f));
            g.drawLine(158 * S, base + 2, 240 * S, base + 2);
            g.drawLine(372 * S, base + 2, 420 * S, base + 2);
        }
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12 * S));
        g.drawString("You must provide proof of this income every month.", 70 * S, 330 * S);
        g.dispose();

        List<DetectedField> fs = GeneratedPages.detectImagePage(form);
        List<DetectedField> dollars = fs.stream().filter(f -> Math.abs(f.box().x0() * W - 158) < 3).toList();
        List<DetectedField> hours = fs.stream().filter(f -> Math.abs(f.box().x0() * W - 372) < 3).toList();
        assertEquals(3, dollars.size(), fs::toString);
        assertEquals(3, hours.size(), fs::toString);
        DetectedField first = hours.get(0);
        assertTrue(first.box().y0() * H > 224, "the blank starts below the text line over it: " + first);
        assertEquals(FieldType.TEXT_BOX, first.type());
        assertTrue(fs.stream().noneMatch(f -> f.box().y1() * H > 315 && f.box().y0() * H < 335),
                "no rule read through the bold line: " + fs);
    }

    /**
     * A scan resampled on its way into the PDF (a 150 dpi JPEG read at 144 dpi): a thin cell wall
     * falls between two pixel columns and comes out as two light gray columns, each lighter than any
     * dark threshold. Together they are still the wall, and they divide the row into its cells.
     */
    @Test
    void hairlineWallsSplitOverTwoPixelColumnsDivideTheRow() throws IOException {
        BufferedImage scan = blankScan();
        Graphics2D g = pen(scan);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 6 * S));
        int[] walls = {60, 205, 350, 470, 540};
        String[] captions = {"LAST NAME", "FIRST NAME", "DATE OF BIRTH", "STATE"};
        for (int row = 0; row < 3; row++) {
            int top = 200 + 40 * row, bottom = top + 24; // shorter than a faint rule must be
            g.setColor(Color.BLACK);
            g.fillRect(60 * S, top * S, 480 * S, 1);
            g.fillRect(60 * S, bottom * S, 480 * S, 1);
            for (int i = 0; i < walls.length; i++) {
                g.setColor(new Color(188, 188, 188)); // half of a 120-gray hairline in each of two columns
                g.fillRect(walls[i] * S, top * S, 2, (bottom - top) * S + 1);
                if (i < captions.length) {
                    g.setColor(Color.BLACK);
                    g.drawString(captions[i], (walls[i] + 3) * S, (top + 8) * S);
                }
            }
        }
        g.dispose();

        List<DetectedField> fs = GeneratedPages.detectImagePage(scan);
        for (int row = 0; row < 3; row++) {
            double top = 200 + 40 * row;
            List<DetectedField> inRow = fs.stream().filter(f -> f.box().y0() * H > top && f.box().y1() * H < top + 25).toList();
            assertEquals(4, inRow.size(), "one blank per cell in row " + row + ": " + fs);
            for (DetectedField f : inRow) {
                assertTrue(f.box().y0() * H > top + 7, "the blank starts under its caption: " + f);
                assertTrue(f.box().width() * W < 150, "no blank spans two cells: " + f);
            }
        }
    }

    /**
     * An amount column beside a column of line numbers, some of them on shaded cells (tax forms shade
     * the lines that take no amount): the rule between the columns has ink along one side, as a run
     * along letters has, but it is far too long for a letter. It divides the table, so each amount
     * cell is a blank.
     */
    @Test
    void columnRuleBesideShadedCellsDividesTheTable() throws IOException {
        BufferedImage scan = blankScan();
        Graphics2D g = pen(scan);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 8 * S));
        String[] rows = {"Wages", "Tips", "Interest", "Dividends", "Pensions", "Rents", "Royalties", "Other income"};
        int top = 300, row = 14;
        for (int i = 0; i < rows.length; i++) {
            int y = top + row * i;
            g.setColor(new Color(175, 175, 175)); // a shaded line-number cell: gray, lighter than a rule
            if (i % 3 != 2) {
                g.fillRect(280 * S, y * S + 1, 20 * S, row * S - 1);
            }
            g.setColor(Color.BLACK);
            g.drawString(rows[i], 104 * S, (y + 10) * S);
            g.drawString(String.valueOf(i + 1), 286 * S, (y + 10) * S);
        }
        g.setColor(Color.BLACK);
        for (int i = 0; i <= rows.length; i++) {
            g.fillRect(300 * S, (top + row * i) * S, 100 * S, 1);
        }
        for (int x : new int[] {300, 400}) {
            g.fillRect(x * S, top * S, 1, row * rows.length * S);
        }
        g.dispose();

        List<Seg> hs = new java.util.ArrayList<>(), vs = new java.util.ArrayList<>();
        RasterLines.detect(GrayRaster.of(scan), W, H, List.of(), hs, vs);
        assertTrue(vs.stream().anyMatch(v -> Math.abs(v.pos() - 300) < 1.5 && v.length() > 0.9 * row * rows.length),
                "the column rule is read: " + vs);
        List<DetectedField> fs = GeneratedPages.detectImagePage(scan);
        List<DetectedField> amounts = fs.stream()
                .filter(f -> Math.abs(f.box().x0() * W - 300) < 3 && Math.abs(f.box().x1() * W - 400) < 3).toList();
        assertEquals(rows.length, amounts.size(), "one blank per amount cell: " + fs);
    }

    /** A rule right under a gray band (a shaded header row) has ink all along one side: it is still a rule. */
    @Test
    void ruleAlongAShadedBandIsRead() {
        BufferedImage scan = blankScan();
        Graphics2D g = pen(scan);
        g.setColor(new Color(175, 175, 175));
        g.fillRect(100 * S, 490 * S, 300 * S, 10 * S);
        g.setColor(Color.BLACK);
        g.fillRect(100 * S, 500 * S, 300 * S, 1);
        g.dispose();
        List<Seg> hs = new java.util.ArrayList<>(), vs = new java.util.ArrayList<>();
        RasterLines.detect(GrayRaster.of(scan), W, H, List.of(), hs, vs);
        assertTrue(hs.stream().anyMatch(h -> Math.abs(h.pos() - 500) < 1.5 && h.length() > 290), "the rule is read: " + hs);
    }

    private static BufferedImage blankScan() {
        return GeneratedPages.blankScan();
    }

    /** A pen on the picture: black, text antialiased as a scanner's optics blur it; strokes one pixel wide. */
    private static Graphics2D pen(BufferedImage scan) {
        Graphics2D g = scan.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.BLACK);
        return g;
    }

    /** Periods typed as a leader in a scanned letter ("Name ........") mark a blank, as on a vector page. */
    @Test
    void typedDotLeadersOnAScanAreBlanks() throws IOException {
        BufferedImage scan = blankScan();
        Graphics2D g = pen(scan);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 11 * S));
        g.drawString("The undersigned " + ".".repeat(60) + " with identity card", 60 * S, 300 * S);
        g.drawString("living in " + ".".repeat(40) + " declares that the above is true.", 60 * S, 330 * S);
        g.fillRect(60 * S, 200 * S, 480 * S, 2); // a rule at the letterhead gives the page its structure
        g.dispose();

        List<DetectedField> fs = GeneratedPages.detectImagePage(scan);
        List<DetectedField> blanks = fs.stream().filter(f -> f.box().y1() * H > 290 && f.box().y1() * H < 335).toList();
        assertEquals(2, blanks.size(), "one blank per leader: " + fs);
        for (DetectedField f : blanks) {
            assertTrue(f.box().width() * W > 80, "the blank spans the leader: " + f);
            assertTrue(f.box().height() * H >= 8, "a line of writing tall: " + f);
        }
    }

    /** A box drawn only in dots (top, bottom and sides dotted) is a box: its edges are no leaders. */
    @Test
    void dottedBoxEdgesAreNoLeaders() throws IOException {
        BufferedImage scan = blankScan();
        Graphics2D g = pen(scan);
        g.fillRect(60 * S, 200 * S, 480 * S, 2);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10 * S));
        g.drawString("Account number", 100 * S, 300 * S); // a label on the top edge's baseline, as before a leader
        for (int x = 200; x <= 400; x += 3) {
            g.fillRect(x * S, 300 * S, 2, 2);
            g.fillRect(x * S, 320 * S, 2, 2);
        }
        for (int y = 303; y < 320; y += 4) {
            g.fillRect(200 * S, y * S, 2, 2);
            g.fillRect(398 * S, y * S, 2, 2);
        }
        g.dispose();
        List<DetectedField> fs = GeneratedPages.detectImagePage(scan);
        assertTrue(fs.stream().noneMatch(f -> f.box().y1() * H > 295 && f.box().y1() * H < 303), "nothing over the top edge: " + fs);
    }

    /**
     * A scanned table of text (a key per row, its entry of three lines beside it) leaves no blank
     * under the keys: the lines of the entries are known from their ink alone. Two such rows are a
     * form's fields beside an instruction box, and keep their blanks.
     */
    @Test
    void keysOfAScannedTableOfTextAreNoBlanks() throws IOException {
        for (int rows : new int[] {4, 2}) {
            BufferedImage scan = blankScan();
            Graphics2D g = pen(scan);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 9 * S));
            String[] states = {"Florida", "Georgia", "Guam", "Hawaii"};
            for (int i = 0; i < rows; i++) {
                int top = 200 + 44 * i;
                g.drawRect(36 * S, top * S, 120 * S, 44 * S);
                g.drawRect(156 * S, top * S, 420 * S, 44 * S);
                g.drawString(states[i], 40 * S, (top + 10) * S);
                g.drawString("Medicare Claims Office " + (i + 1), 160 * S, (top + 10) * S);
                g.drawString("P.O. Box " + (2500 + i), 160 * S, (top + 22) * S);
                g.drawString("Jacksonville, FL 32231-00" + (10 + i), 160 * S, (top + 34) * S);
            }
            g.dispose();
            List<DetectedField> fs = GeneratedPages.detectImagePage(scan);
            assertEquals(rows == 4 ? 0 : 2, fs.stream().filter(f -> f.box().x1() * W < 160).count(), rows + " rows: " + fs);
        }
    }

    /**
     * On a scan, a line across the page right after a short label ("NAME: ......") is a blank; a rule
     * across the page with nothing just before it is a separator.
     */
    @Test
    void wideLinesAfterALabelAreBlanksAndBareOnesSeparators() throws IOException {
        BufferedImage scan = blankScan();
        Graphics2D g = pen(scan);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 10 * S));
        g.drawString("NAME :", 40 * S, 300 * S);
        g.drawString("ADDRESS :", 40 * S, 330 * S);
        for (int x = 82; x < 570; x += 3) {
            g.fillRect(x * S, 299 * S, 2, 2);
        }
        for (int x = 98; x < 570; x += 3) {
            g.fillRect(x * S, 329 * S, 2, 2);
        }
        g.fillRect(40 * S, 380 * S, 530 * S, 2); // a separator across the page
        g.dispose();
        List<DetectedField> fs = GeneratedPages.detectImagePage(scan);
        assertEquals(2, fs.stream().filter(f -> f.box().y1() * H > 295 && f.box().y1() * H < 335
                && f.box().width() * W > 400).count(), fs::toString);
        assertTrue(fs.stream().noneMatch(f -> f.box().y1() * H > 375 && f.box().y1() * H < 385), fs::toString);
    }

    /**
     * A form scanned a little crooked (0.8°): each long rule spans several pixel rows. The page is
     * levelled first, so each labelled rule is still one blank of its full length, put back where the
     * rule lies on the crooked page.
     */
    @Test
    void aCrookedScanIsLevelledBeforeItsRulesAreRead() throws IOException {
        List<DetectedField> fs = crookedForm(CROOKED, false);
        double measured = RasterDeskew.angle(GrayRaster.of(crookedScan(CROOKED)));
        assertTrue(Math.abs(measured - CROOKED) <= 0.1, "the skew is measured: " + measured);
        assertOneBlankPerCrookedRule(fs, CROOKED);
    }

    /**
     * A crooked form, recognised (turned by 2.5°): its text layer sits where the crooked image shows the
     * words. The words are levelled with the image, so the rules are read whole and each blank takes its
     * label, which would otherwise stand up to ten points off its line.
     */
    @Test
    void aCrookedRecognisedScanIsLevelledWithItsWords() throws IOException {
        double degrees = 2.5;
        List<DetectedField> fs = crookedForm(degrees, true);
        List<DetectedField> blanks = assertOneBlankPerCrookedRule(fs, degrees);
        for (int i = 0; i < CROOKED_LABELS.length; i++) {
            assertEquals(CROOKED_LABELS[i], blanks.get(i).label().replace(":", ""), "labelled from the text layer: " + fs);
        }
    }

    private static final double CROOKED = 0.8;
    private static final String[] CROOKED_LABELS = {"Name", "Address", "City", "Phone", "Employer"};

    /** Labels and the rules right after them, turned by {@code degrees}. */
    private static BufferedImage crookedScan(double degrees) {
        BufferedImage scan = blankScan();
        Graphics2D g = pen(scan);
        g.rotate(Math.toRadians(degrees), scan.getWidth() / 2.0, scan.getHeight() / 2.0);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10 * S));
        for (int i = 0; i < CROOKED_LABELS.length; i++) {
            int y = 250 + 36 * i;
            g.drawString(CROOKED_LABELS[i] + ":", 60 * S, y * S);
            int start = 60 * S + g.getFontMetrics().stringWidth(CROOKED_LABELS[i] + ":") + 6 * S; // the rule right after its label
            g.fillRect(start, y * S + 2, 550 * S - start, 2);
        }
        g.dispose();
        return scan;
    }

    /** The crooked form detected, with or without a text layer where the crooked image shows the labels. */
    private static List<DetectedField> crookedForm(double degrees, boolean recognised) throws IOException {
        double a = Math.toRadians(degrees);
        return GeneratedPages.detectImagePage(crookedScan(degrees), cs -> {
            for (int i = 0; recognised && i < CROOKED_LABELS.length; i++) {
                // the label's start turned with the page, its words set level (as recognisers write them)
                double x = 60 - W / 2, y = 250 + 36 * i - H / 2;
                double tx = W / 2 + x * Math.cos(a) - y * Math.sin(a), ty = H / 2 + x * Math.sin(a) + y * Math.cos(a);
                cs.beginText();
                cs.setRenderingMode(org.apache.pdfbox.pdmodel.graphics.state.RenderingMode.NEITHER);
                cs.setFont(GeneratedPages.HELV, 10);
                cs.newLineAtOffset((float) tx, (float) (H - ty));
                cs.showText(CROOKED_LABELS[i] + ":");
                cs.endText();
            }
        });
    }

    /** One blank of the rule's length per rule, standing where the rule lies on the crooked page; returns them. */
    private static List<DetectedField> assertOneBlankPerCrookedRule(List<DetectedField> fs, double degrees) {
        List<DetectedField> blanks = fs.stream().filter(f -> f.box().width() * W > 380).toList();
        assertEquals(CROOKED_LABELS.length, blanks.size(), "one blank of the rule's length per rule: " + fs);
        for (int i = 0; i < CROOKED_LABELS.length; i++) {
            // where the rule's middle lies on the crooked page
            double cx = 340 - W / 2, cy = 250 + 36 * i + 1.5 - H / 2, a = Math.toRadians(degrees);
            double ruleY = H / 2 + cx * Math.sin(a) + cy * Math.cos(a);
            DetectedField f = blanks.get(i);
            assertTrue(Math.abs(f.box().y1() * H - ruleY) < 3, "blank " + i + " stands on its rule (" + ruleY + "): " + f);
        }
        return blanks;
    }
}
