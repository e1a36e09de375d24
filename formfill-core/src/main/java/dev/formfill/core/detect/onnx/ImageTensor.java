package dev.formfill.core.detect.onnx;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.Raster;
import java.awt.image.SampleModel;
import java.awt.image.SinglePixelPackedSampleModel;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;

/**
 * Page image → model input tensor ({@code [3, S, S]} planar float, R, G, B planes), in one pass: bilinear
 * resampling (pixel-centre aligned, as OpenCV's {@code INTER_LINEAR} that the models were trained with),
 * letterbox padding and normalization. Reads the raster's data array directly for {@code TYPE_INT_RGB}
 * (and other packed 0xRRGGBB layouts) and for interleaved byte layouts such as {@code TYPE_3BYTE_BGR};
 * any other image type is converted to {@code TYPE_INT_RGB} first. Each output row is computed into small
 * scratch arrays and bulk-copied into the target, so a direct buffer ({@link #allocate}) costs no more to fill
 * than an array, and ONNX Runtime then uses it without copying (wrapping a heap array makes it copy 17 MB,
 * measured at hundreds of milliseconds on a loaded 2-core machine). Stateless and thread-safe; the caller
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

    /** A direct, native-order buffer for an input of side {@code size}, the kind ONNX Runtime reads in place. */
    public static FloatBuffer allocate(int size) {
        return ByteBuffer.allocateDirect(length(size) * Float.BYTES).order(ByteOrder.nativeOrder()).asFloatBuffer();
    }

    /** As {@link #fill(BufferedImage, Letterbox, Normalization, int, FloatBuffer)} into an array. */
    public static void fill(BufferedImage image, Letterbox box, Normalization norm, int padSample, float[] dst) {
        fill(image, box, norm, padSample, FloatBuffer.wrap(dst));
    }

    /**
     * Writes {@code image}, placed per {@code box}, into {@code dst} from index 0 (capacity at least
     * {@link #length}; position and limit are ignored and left alone), the area outside the placed image set
     * to {@code padSample} (0..255) and every value normalized.
     */
    public static void fill(BufferedImage image, Letterbox box, Normalization norm, int padSample, FloatBuffer dst) {
        if (image.getWidth() != box.srcWidth() || image.getHeight() != box.srcHeight()) {
            throw new IllegalArgumentException("letterbox was computed for another image size");
        }
        int size = box.size();
        if (dst.capacity() < length(size)) {
            throw new IllegalArgumentException("tensor buffer too small: " + dst.capacity() + " < " + length(size));
        }
        fillPadding(box, norm, padSample, dst);
        Axis xs = Axis.of(box.srcWidth(), box.scaledWidth());
        Axis ys = Axis.of(box.srcHeight(), box.scaledHeight());
        Raster raster = image.getRaster();
        SampleModel sm = raster.getSampleModel();
        boolean rootRaster = raster.getSampleModelTranslateX() == 0 && raster.getSampleModelTranslateY() == 0;
        if (rootRaster && raster.getDataBuffer() instanceof DataBufferInt ib && sm instanceof SinglePixelPackedSampleModel sp
                && isPackedRgb(sp.getBitMasks())) {
            resample(intRows(ib.getData(), ib.getOffset(), sp.getScanlineStride(), xs), ys, xs.frac.length, box, norm, dst);
        } else if (rootRaster && raster.getDataBuffer() instanceof DataBufferByte bb && sm instanceof ComponentSampleModel cs
                && cs.getNumBands() >= 3 && cs.getPixelStride() >= 3 && sameBank(cs)) {
            resample(byteRows(bb.getData(), bb.getOffset(), cs, xs), ys, xs.frac.length, box, norm, dst);
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

    private static void fillPadding(Letterbox box, Normalization norm, int padSample, FloatBuffer dst) {
        int size = box.size();
        int plane = size * size;
        if (box.scaledWidth() == size && box.scaledHeight() == size) {
            return;
        }
        float[] row = new float[size];
        int right = box.padX() + box.scaledWidth();
        for (int c = 0; c < 3; c++) {
            java.util.Arrays.fill(row, norm.apply(c, padSample));
            int base = c * plane;
            for (int y = 0; y < size; y++) {
                int start = base + y * size;
                if (y < box.padY() || y >= box.padY() + box.scaledHeight()) {
                    dst.put(start, row, 0, size);
                } else {
                    dst.put(start, row, 0, box.padX());
                    dst.put(start + right, row, 0, size - right);
                }
            }
        }
    }

    /** Loads one source row, horizontally interpolated to the output width, as 0..255 floats per channel. */
    private interface RowSource {
        void load(int srcRow, float[] r, float[] g, float[] b);
    }

    private static RowSource intRows(int[] data, int offset, int stride, Axis xs) {
        int[] i0 = xs.lo, i1 = xs.hi;
        float[] fx = xs.frac;
        return (srcRow, r, g, b) -> {
            int row = offset + srcRow * stride;
            for (int x = 0; x < fx.length; x++) {
                int p0 = data[row + i0[x]], p1 = data[row + i1[x]];
                float f = fx[x];
                int r0 = (p0 >> 16) & 0xFF, g0 = (p0 >> 8) & 0xFF, b0 = p0 & 0xFF;
                r[x] = r0 + (((p1 >> 16) & 0xFF) - r0) * f;
                g[x] = g0 + (((p1 >> 8) & 0xFF) - g0) * f;
                b[x] = b0 + ((p1 & 0xFF) - b0) * f;
            }
        };
    }

    private static RowSource byteRows(byte[] data, int offset, ComponentSampleModel cs, Axis xs) {
        int stride = cs.getScanlineStride();
        int ps = cs.getPixelStride();
        int[] bands = cs.getBandOffsets(); // band 0 = R, 1 = G, 2 = B in the colour model's order
        int or = bands[0], og = bands[1], ob = bands[2];
        int n = xs.frac.length;
        int[] i0 = new int[n], i1 = new int[n];
        for (int x = 0; x < n; x++) {
            i0[x] = xs.lo[x] * ps;
            i1[x] = xs.hi[x] * ps;
        }
        float[] fx = xs.frac;
        return (srcRow, r, g, b) -> {
            int row = offset + srcRow * stride;
            for (int x = 0; x < n; x++) {
                int a0 = row + i0[x], a1 = row + i1[x];
                float f = fx[x];
                int r0 = data[a0 + or] & 0xFF, g0 = data[a0 + og] & 0xFF, b0 = data[a0 + ob] & 0xFF;
                r[x] = r0 + ((data[a1 + or] & 0xFF) - r0) * f;
                g[x] = g0 + ((data[a1 + og] & 0xFF) - g0) * f;
                b[x] = b0 + ((data[a1 + ob] & 0xFF) - b0) * f;
            }
        };
    }

    /**
     * Separable bilinear: each needed source row is interpolated horizontally once (consecutive output rows
     * share source rows when downscaling), then output rows blend two cached rows vertically in plain array
     * loops the JIT vectorizes, normalizing in the same pass.
     */
    private static void resample(RowSource rows, Axis ys, int width, Letterbox box, Normalization norm, FloatBuffer dst) {
        int size = box.size();
        int plane = size * size;
        float[][] top = new float[3][width], bottom = new float[3][width];
        int topRow = -1, bottomRow = -1;
        float[] out = new float[width];
        for (int y = 0; y < ys.frac.length; y++) {
            int lo = ys.lo[y], hi = ys.hi[y];
            if (topRow != lo) {
                if (bottomRow == lo) {
                    float[][] t = top;
                    top = bottom;
                    bottom = t;
                    topRow = lo;
                    bottomRow = -1;
                } else {
                    rows.load(lo, top[0], top[1], top[2]);
                    topRow = lo;
                }
            }
            if (bottomRow != hi) {
                rows.load(hi, bottom[0], bottom[1], bottom[2]);
                bottomRow = hi;
            }
            float fy = ys.frac[y];
            int start = (box.padY() + y) * size + box.padX();
            for (int c = 0; c < 3; c++) {
                float a = norm.scale(c), b = norm.bias(c);
                float[] t = top[c], u = bottom[c];
                for (int x = 0; x < width; x++) {
                    out[x] = a * (t[x] + (u[x] - t[x]) * fy) + b;
                }
                dst.put(c * plane + start, out, 0, width);
            }
        }
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
