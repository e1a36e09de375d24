package dev.formfill.core.pdf;

import dev.formfill.core.Box;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;

/** Pixel measurements on rendered pages. */
final class Pixels {

    private Pixels() {
    }

    static boolean dark(int rgb) {
        int r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff;
        return r + g + b < 3 * 100;
    }

    /** Dark pixels inside the normalized box (whole image when null). */
    static int darkCount(BufferedImage img, Box box) {
        Rectangle r = region(img, box);
        int n = 0;
        for (int y = r.y; y < r.y + r.height; y++) {
            for (int x = r.x; x < r.x + r.width; x++) {
                if (dark(img.getRGB(x, y))) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Pixels that differ (any channel by more than 40) between two same-size images inside the box. */
    static int diffCount(BufferedImage a, BufferedImage b, Box box) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            throw new AssertionError("sizes differ: " + a.getWidth() + "x" + a.getHeight() + " vs " + b.getWidth() + "x" + b.getHeight());
        }
        Rectangle r = region(a, box);
        int n = 0;
        for (int y = r.y; y < r.y + r.height; y++) {
            for (int x = r.x; x < r.x + r.width; x++) {
                int p = a.getRGB(x, y), q = b.getRGB(x, y);
                for (int s = 0; s <= 16; s += 8) {
                    if (Math.abs(((p >> s) & 0xff) - ((q >> s) & 0xff)) > 40) {
                        n++;
                        break;
                    }
                }
            }
        }
        return n;
    }

    /** Normalized bounding box of the dark pixels inside {@code within}, or null when there are none. */
    static Box darkBounds(BufferedImage img, Box within) {
        Rectangle r = region(img, within);
        int x0 = Integer.MAX_VALUE, y0 = Integer.MAX_VALUE, x1 = -1, y1 = -1;
        for (int y = r.y; y < r.y + r.height; y++) {
            for (int x = r.x; x < r.x + r.width; x++) {
                if (dark(img.getRGB(x, y))) {
                    x0 = Math.min(x0, x);
                    y0 = Math.min(y0, y);
                    x1 = Math.max(x1, x);
                    y1 = Math.max(y1, y);
                }
            }
        }
        if (x1 < 0) {
            return null;
        }
        double w = img.getWidth(), h = img.getHeight();
        return new Box(x0 / w, y0 / h, (x1 + 1) / w, (y1 + 1) / h);
    }

    private static Rectangle region(BufferedImage img, Box box) {
        if (box == null) {
            return new Rectangle(0, 0, img.getWidth(), img.getHeight());
        }
        int x0 = (int) Math.floor(box.x0() * img.getWidth()), y0 = (int) Math.floor(box.y0() * img.getHeight());
        int x1 = (int) Math.ceil(box.x1() * img.getWidth()), y1 = (int) Math.ceil(box.y1() * img.getHeight());
        x0 = Math.max(0, x0);
        y0 = Math.max(0, y0);
        x1 = Math.min(img.getWidth(), x1);
        y1 = Math.min(img.getHeight(), y1);
        return new Rectangle(x0, y0, Math.max(0, x1 - x0), Math.max(0, y1 - y0));
    }
}
