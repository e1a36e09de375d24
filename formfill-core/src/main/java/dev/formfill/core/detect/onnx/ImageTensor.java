package dev.formfill.core.detect.onnx;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.Raster;
import java.awt.image.SampleModel;
import java.awt.image.SinglePixelPackedSampleModel;

/**
 * Page image → model input tensor ({@code [3, S, S]} planar float, R, G, B planes), in one pass: bilinear
 * resampling (pixel-centre aligned, as OpenCV's {@code INTER_LINEAR} that the models were trained with),
 * letterbox padding and normalization. Reads the raster's data array directly for {@code TYPE_INT_RGB}
 * (and other packed 0xRRGGBB layouts) and for interleaved byte layouts such as {@code TYPE_3BYTE_BGR};
 * any other image type is converted to {@code TYPE_INT_RGB} first. Stateless and thread-safe; the caller
 * owns {@code dst} and may reuse it between pages.
 */
public final class ImageTensor {

    /** The YOLO letterbox padding sample (Ultralytics uses grey 114). */
    public static final int YOLO_PAD = 114;

    private ImageTensor() {
    }

    /** Floats needed for an input of side {@code size}. */
    public static int length(int size) {
        return 3 * size * size;
    }

    /**
     * Writes {@code image}, placed per {@code box}, into {@code dst} (length at least {@link #length}), the
     * area outside the placed image set to {@code padSample} (0..255) and every value normalized.
     */
    public static void fill(BufferedImage image, Letterbox box, Normalization norm, int padSample, float[] dst) {
        if (image.getWidth() != box.srcWidth() || image.getHeight() != box.srcHeight()) {
            throw new IllegalArgumentException("letterbox was computed for another image size");
        }
        int size = box.size();
        if (dst.length < length(size)) {
            throw new IllegalArgumentException("tensor buffer too small: " + dst.length + " < " + length(size));
        }
        fillPadding(box, norm, padSample, dst);
        Axis xs = Axis.of(box.srcWidth(), box.scaledWidth());
        Axis ys = Axis.of(box.srcHeight(), box.scaledHeight());
        Raster raster = image.getRaster();
        SampleModel sm = raster.getSampleModel();
        boolean rootRaster = raster.getSampleModelTranslateX() == 0 && raster.getSampleModelTranslateY() == 0;
        if (rootRaster && raster.getDataBuffer() instanceof DataBufferInt ib && sm instanceof SinglePixelPackedSampleModel sp
                && isPackedRgb(sp.getBitMasks())) {
            int[] data = ib.getData();
            resampleInt(data, ib.getOffset(), sp.getScanlineStride(), xs, ys, box, norm, dst);
        } else if (rootRaster && raster.getDataBuffer() instanceof DataBufferByte bb && sm instanceof ComponentSampleModel cs
                && cs.getNumBands() >= 3 && cs.getPixelStride() >= 3 && sameBank(cs)) {
            byte[] data = bb.getData();
            resampleBytes(data, bb.getOffset(), cs, xs, ys, box, norm, dst);
        } else {
            fill(toIntRgb(image), box, norm, padSample, dst);
        }
    }

    private static boolean isPackedRgb(int[] masks) {
        return masks.length >= 3 && masks[0] == 0xFF0000 && masks[1] == 0xFF00 && masks[2] == 0xFF;
    }

    private static boolean sameBank(ComponentSampleModel cs) {
        int[] banks = cs.getBankIndices();
        return banks[0] == 0 && banks[1] == 0 && banks[2] == 0;
    }

    private static BufferedImage toIntRgb(BufferedImage image) {
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    private static void fillPadding(Letterbox box, Normalization norm, int padSample, float[] dst) {
        int size = box.size();
        int plane = size * size;
        if (box.scaledWidth() == size && box.scaledHeight() == size) {
            return;
        }
        for (int c = 0; c < 3; c++) {
            float v = norm.apply(c, padSample);
            int base = c * plane;
            for (int y = 0; y < size; y++) {
                int row = base + y * size;
                if (y < box.padY() || y >= box.padY() + box.scaledHeight()) {
                    java.util.Arrays.fill(dst, row, row + size, v);
                } else {
                    java.util.Arrays.fill(dst, row, row + box.padX(), v);
                    java.util.Arrays.fill(dst, row + box.padX() + box.scaledWidth(), row + size, v);
                }
            }
        }
    }

    private static void resampleInt(int[] data, int offset, int stride, Axis xs, Axis ys, Letterbox box,
                                    Normalization norm, float[] dst) {
        int size = box.size();
        int plane = size * size;
        float ar = norm.scale(0), ag = norm.scale(1), ab = norm.scale(2);
        float br = norm.bias(0), bg = norm.bias(1), bb = norm.bias(2);
        int[] i0 = xs.lo, i1 = xs.hi;
        float[] fx = xs.frac;
        for (int y = 0; y < ys.frac.length; y++) {
            int rowA = offset + ys.lo[y] * stride;
            int rowB = offset + ys.hi[y] * stride;
            float fy = ys.frac[y];
            int out = (box.padY() + y) * size + box.padX();
            for (int x = 0; x < fx.length; x++) {
                int p00 = data[rowA + i0[x]], p01 = data[rowA + i1[x]];
                int p10 = data[rowB + i0[x]], p11 = data[rowB + i1[x]];
                float f = fx[x];
                float r = lerp2((p00 >> 16) & 0xFF, (p01 >> 16) & 0xFF, (p10 >> 16) & 0xFF, (p11 >> 16) & 0xFF, f, fy);
                float g = lerp2((p00 >> 8) & 0xFF, (p01 >> 8) & 0xFF, (p10 >> 8) & 0xFF, (p11 >> 8) & 0xFF, f, fy);
                float b = lerp2(p00 & 0xFF, p01 & 0xFF, p10 & 0xFF, p11 & 0xFF, f, fy);
                int o = out + x;
                dst[o] = ar * r + br;
                dst[plane + o] = ag * g + bg;
                dst[2 * plane + o] = ab * b + bb;
            }
        }
    }

    private static void resampleBytes(byte[] data, int offset, ComponentSampleModel cs, Axis xs, Axis ys, Letterbox box,
                                      Normalization norm, float[] dst) {
        int size = box.size();
        int plane = size * size;
        int stride = cs.getScanlineStride();
        int ps = cs.getPixelStride();
        int[] bands = cs.getBandOffsets(); // band 0 = R, 1 = G, 2 = B in the colour model's order
        int or = bands[0], og = bands[1], ob = bands[2];
        float ar = norm.scale(0), ag = norm.scale(1), ab = norm.scale(2);
        float br = norm.bias(0), bg = norm.bias(1), bb = norm.bias(2);
        int n = xs.frac.length;
        int[] i0 = new int[n], i1 = new int[n];
        for (int x = 0; x < n; x++) {
            i0[x] = xs.lo[x] * ps;
            i1[x] = xs.hi[x] * ps;
        }
        float[] fx = xs.frac;
        for (int y = 0; y < ys.frac.length; y++) {
            int rowA = offset + ys.lo[y] * stride;
            int rowB = offset + ys.hi[y] * stride;
            float fy = ys.frac[y];
            int out = (box.padY() + y) * size + box.padX();
            for (int x = 0; x < n; x++) {
                int a0 = rowA + i0[x], a1 = rowA + i1[x], b0 = rowB + i0[x], b1 = rowB + i1[x];
                float f = fx[x];
                float r = lerp2(data[a0 + or] & 0xFF, data[a1 + or] & 0xFF, data[b0 + or] & 0xFF, data[b1 + or] & 0xFF, f, fy);
                float g = lerp2(data[a0 + og] & 0xFF, data[a1 + og] & 0xFF, data[b0 + og] & 0xFF, data[b1 + og] & 0xFF, f, fy);
                float b = lerp2(data[a0 + ob] & 0xFF, data[a1 + ob] & 0xFF, data[b0 + ob] & 0xFF, data[b1 + ob] & 0xFF, f, fy);
                int o = out + x;
                dst[o] = ar * r + br;
                dst[plane + o] = ag * g + bg;
                dst[2 * plane + o] = ab * b + bb;
            }
        }
    }

    private static float lerp2(int p00, int p01, int p10, int p11, float fx, float fy) {
        float top = p00 + (p01 - p00) * fx;
        float bottom = p10 + (p11 - p10) * fx;
        return top + (bottom - top) * fy;
    }

    /** Source index pairs and weights for each output position along one axis. */
    private static final class Axis {
        final int[] lo;
        final int[] hi;
        final float[] frac;

        private Axis(int n) {
            lo = new int[n];
            hi = new int[n];
            frac = new float[n];
        }

        static Axis of(int src, int dst) {
            Axis a = new Axis(dst);
            double step = (double) src / dst;
            for (int i = 0; i < dst; i++) {
                double s = (i + 0.5) * step - 0.5; // pixel centres aligned
                if (s < 0) {
                    s = 0;
                }
                int lo = (int) s;
                if (lo >= src - 1) {
                    lo = src - 1;
                    s = lo;
                }
                a.lo[i] = lo;
                a.hi[i] = Math.min(lo + 1, src - 1);
                a.frac[i] = (float) (s - lo);
            }
            return a;
        }
    }
}
