package dev.formfill.core.detect.geometry;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.util.ArrayList;
import java.util.List;

/**
 * Connected components of dark pixels on a rendered page, labelled in one pass over horizontal
 * runs (union-find on runs, 8-connected), kept as bounding boxes. Only small components are
 * returned: the dots, ticks and short strokes that mark character cells on scanned forms.
 */
final class RasterMarks {

    /** One component: bounding box in pixels (inclusive) and its dark-pixel count. */
    record Mark(int x0, int y0, int x1, int y1, int pixels) {
        double cx() {
            return (x0 + x1 + 1) / 2.0;
        }

        double cy() {
            return (y0 + y1 + 1) / 2.0;
        }

        int w() {
            return x1 - x0 + 1;
        }

        int h() {
            return y1 - y0 + 1;
        }
    }

    private RasterMarks() {
    }

    /**
     * Components darker than {@code threshold} in a {@code w} × {@code h} luminance raster
     * ({@link #luminance}) whose box is at most {@code maxSize} pixels on each side.
     */
    static List<Mark> find(byte[] g, int w, int h, int threshold, int maxSize) {
        // runs of dark pixels, row by row; parent[] links runs of one component
        int cap = 1024;
        int[] rx0 = new int[cap], rx1 = new int[cap], ry = new int[cap], parent = new int[cap];
        int n = 0, prevStart = 0, prevEnd = 0;
        for (int y = 0; y < h; y++) {
            int rowStart = n, base = y * w, p = prevStart;
            for (int x = 0; x < w; x++) {
                if ((g[base + x] & 0xff) >= threshold) {
                    continue;
                }
                int s = x;
                while (x + 1 < w && (g[base + x + 1] & 0xff) < threshold) {
                    x++;
                }
                if (n == cap) {
                    cap *= 2;
                    rx0 = java.util.Arrays.copyOf(rx0, cap);
                    rx1 = java.util.Arrays.copyOf(rx1, cap);
                    ry = java.util.Arrays.copyOf(ry, cap);
                    parent = java.util.Arrays.copyOf(parent, cap);
                }
                rx0[n] = s;
                rx1[n] = x;
                ry[n] = y;
                parent[n] = n;
                // previous-row runs are sorted by x: skip those ending left of this one
                while (p < prevEnd && rx1[p] < s - 1) {
                    p++;
                }
                for (int q = p; q < prevEnd && rx0[q] <= x + 1; q++) {
                    union(parent, n, q);
                }
                n++;
            }
            prevStart = rowStart;
            prevEnd = n;
        }
        // bounding boxes per root
        int[] bx0 = new int[n], by0 = new int[n], bx1 = new int[n], by1 = new int[n], cnt = new int[n];
        for (int i = 0; i < n; i++) {
            int r = root(parent, i);
            if (cnt[r] == 0) {
                bx0[r] = rx0[i];
                bx1[r] = rx1[i];
                by0[r] = ry[i];
                by1[r] = ry[i];
            } else {
                bx0[r] = Math.min(bx0[r], rx0[i]);
                bx1[r] = Math.max(bx1[r], rx1[i]);
                by0[r] = Math.min(by0[r], ry[i]);
                by1[r] = Math.max(by1[r], ry[i]);
            }
            cnt[r] += rx1[i] - rx0[i] + 1;
        }
        List<Mark> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (cnt[i] > 0 && bx1[i] - bx0[i] < maxSize && by1[i] - by0[i] < maxSize) {
                out.add(new Mark(bx0[i], by0[i], bx1[i], by1[i], cnt[i]));
            }
        }
        return out;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = root(parent, a), rb = root(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    /** 0..255 luminance straight from the raster's data buffer for the usual image types. */
    static byte[] luminance(BufferedImage img) {
        int w = img.getWidth(), h = img.getHeight();
        byte[] g = new byte[w * h];
        int type = img.getType();
        if ((type == BufferedImage.TYPE_INT_RGB || type == BufferedImage.TYPE_INT_ARGB)
                && img.getRaster().getDataBuffer() instanceof DataBufferInt db && db.getData().length == g.length) {
            int[] d = db.getData();
            for (int i = 0; i < g.length; i++) {
                int p = d[i];
                g[i] = (byte) ((((p >> 16) & 0xff) * 54 + ((p >> 8) & 0xff) * 183 + (p & 0xff) * 19) >> 8);
            }
        } else if (type == BufferedImage.TYPE_3BYTE_BGR
                && img.getRaster().getDataBuffer() instanceof DataBufferByte db && db.getData().length == 3 * g.length) {
            byte[] d = db.getData();
            for (int i = 0; i < g.length; i++) {
                int b = d[3 * i] & 0xff, gr = d[3 * i + 1] & 0xff, r = d[3 * i + 2] & 0xff;
                g[i] = (byte) ((r * 54 + gr * 183 + b * 19) >> 8);
            }
        } else if (type == BufferedImage.TYPE_BYTE_GRAY
                && img.getRaster().getDataBuffer() instanceof DataBufferByte db && db.getData().length == g.length) {
            System.arraycopy(db.getData(), 0, g, 0, g.length);
        } else {
            int[] row = new int[w];
            for (int y = 0; y < h; y++) {
                img.getRGB(0, y, w, 1, row, 0, w);
                for (int x = 0; x < w; x++) {
                    int p = row[x];
                    g[y * w + x] = (byte) ((((p >> 16) & 0xff) * 54 + ((p >> 8) & 0xff) * 183 + (p & 0xff) * 19) >> 8);
                }
            }
        }
        return g;
    }
}
