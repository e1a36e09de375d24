package dev.formfill.core.detect.onnx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast raster paths against a plain getRGB reference. */
class ImageTensorTest {

    private static BufferedImage random(int w, int h, int type, long seed) {
        BufferedImage img = new BufferedImage(w, h, type);
        Random r = new Random(seed);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img.setRGB(x, y, r.nextInt(0x1000000));
            }
        }
        return img;
    }

    /** Straightforward bilinear with getRGB, the same sampling convention. */
    private static float[] reference(BufferedImage img, Letterbox lb, Normalization n, int pad) {
        int s = lb.size();
        float[] out = new float[3 * s * s];
        for (int c = 0; c < 3; c++) {
            java.util.Arrays.fill(out, c * s * s, (c + 1) * s * s, n.apply(c, pad));
        }
        for (int y = 0; y < lb.scaledHeight(); y++) {
            double sy = Math.max(0, (y + 0.5) * img.getHeight() / lb.scaledHeight() - 0.5);
            int y0 = Math.min((int) sy, img.getHeight() - 1), y1 = Math.min(y0 + 1, img.getHeight() - 1);
            double fy = Math.min(sy, img.getHeight() - 1) - y0;
            for (int x = 0; x < lb.scaledWidth(); x++) {
                double sx = Math.max(0, (x + 0.5) * img.getWidth() / lb.scaledWidth() - 0.5);
                int x0 = Math.min((int) sx, img.getWidth() - 1), x1 = Math.min(x0 + 1, img.getWidth() - 1);
                double fx = Math.min(sx, img.getWidth() - 1) - x0;
                for (int c = 0; c < 3; c++) {
                    int shift = 16 - 8 * c;
                    double a = (img.getRGB(x0, y0) >> shift & 255) * (1 - fx) + (img.getRGB(x1, y0) >> shift & 255) * fx;
                    double b = (img.getRGB(x0, y1) >> shift & 255) * (1 - fx) + (img.getRGB(x1, y1) >> shift & 255) * fx;
                    out[c * s * s + (lb.padY() + y) * s + lb.padX() + x] = n.apply(c, (float) (a * (1 - fy) + b * fy));
                }
            }
        }
        return out;
    }

    @Test
    void intRgbBgrAndOtherTypesAgreeWithTheReference() {
        for (int[] dims : new int[][] {{50, 30}, {30, 50}, {64, 64}, {100, 37}}) {
            BufferedImage rgb = random(dims[0], dims[1], BufferedImage.TYPE_INT_RGB, dims[0] * 31L + dims[1]);
            Letterbox lb = Letterbox.of(dims[0], dims[1], 64);
            float[] expected = reference(rgb, lb, Normalization.UNIT, 114);
            for (int type : new int[] {BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_3BYTE_BGR,
                    BufferedImage.TYPE_INT_ARGB, BufferedImage.TYPE_4BYTE_ABGR, BufferedImage.TYPE_INT_BGR}) {
                BufferedImage img = new BufferedImage(dims[0], dims[1], type);
                img.getGraphics().drawImage(rgb, 0, 0, null);
                float[] got = new float[ImageTensor.length(64)];
                ImageTensor.fill(img, lb, Normalization.UNIT, 114, got);
                assertArrayEquals(expected, got, 1e-4f, "type " + type + " " + dims[0] + "x" + dims[1]);
            }
        }
    }

    @Test
    void paddingAndImagenetValues() {
        BufferedImage white = new BufferedImage(20, 10, BufferedImage.TYPE_INT_RGB);
        white.getGraphics().fillRect(0, 0, 20, 10); // default paint colour is white
        float[] t = new float[ImageTensor.length(8)];
        Letterbox lb = Letterbox.of(20, 10, 8);
        assertEquals(2, lb.padY());
        ImageTensor.fill(white, lb, Normalization.UNIT, 114, t);
        assertEquals(114 / 255f, t[0], 1e-6);                 // top padding row, R plane
        assertEquals(1f, t[2 * 8 + 3], 1e-6);                 // inside the page
        assertEquals(114 / 255f, t[2 * 64 + 7 * 8], 1e-6);    // bottom padding, B plane
        ImageTensor.fill(white, Letterbox.stretch(20, 10, 8), Normalization.IMAGENET, 0, t);
        assertEquals((1 - 0.485f) / 0.229f, t[0], 1e-5);
        assertEquals((1 - 0.406f) / 0.225f, t[2 * 64 + 63], 1e-5);
    }
}
