package dev.formfill.core.pdf;

import java.io.IOException;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.util.Matrix;

/**
 * Appearance streams for the widgets FormFill writes. Each is an indirect form XObject with a
 * BBox and its own (possibly empty) Resources, so viewers and flattening show it as is.
 *
 * <p>On a rotated page the widget carries {@code /MK /R} equal to the page's /Rotate, and the
 * stream is drawn in the upright (displayed) frame: BBox with the displayed width and height,
 * {@code /Matrix} turning it back onto the widget rectangle. Viewers then show the mark upright.
 */
final class WidgetAppearance {

    /** What a button's "on" state shows. */
    enum Mark { CHECK, DOT }

    private WidgetAppearance() {
    }

    /** An appearance with nothing drawn: the "Off" state, an empty signature or text field. */
    static PDAppearanceStream empty(PDDocument doc, PDRectangle rect, int rotation) throws IOException {
        PDAppearanceStream s = frame(doc, rect, rotation);
        try (PDPageContentStream cs = new PDPageContentStream(doc, s)) {
            cs.saveGraphicsState();
            cs.restoreGraphicsState();
        }
        return s;
    }

    /** The "on" state: a check mark or a dot, black, centred in the largest square that fits, with a margin. */
    static PDAppearanceStream on(PDDocument doc, PDRectangle rect, int rotation, Mark mark) throws IOException {
        PDAppearanceStream s = frame(doc, rect, rotation);
        PDRectangle box = s.getBBox();
        float w = box.getWidth(), h = box.getHeight();
        float side = Math.min(w, h);
        // The mark lives in a centred square so it stays square in a wide or tall box.
        float x0 = (w - side) / 2, y0 = (h - side) / 2;
        try (PDPageContentStream cs = new PDPageContentStream(doc, s)) {
            cs.saveGraphicsState();
            cs.setNonStrokingColor(0f);
            cs.setStrokingColor(0f);
            if (mark == Mark.CHECK) {
                cs.setLineWidth(Math.max(0.6f, side * 0.12f));
                cs.setLineCapStyle(1);
                cs.setLineJoinStyle(1);
                cs.moveTo(x0 + side * 0.22f, y0 + side * 0.52f);
                cs.lineTo(x0 + side * 0.42f, y0 + side * 0.28f);
                cs.lineTo(x0 + side * 0.78f, y0 + side * 0.74f);
                cs.stroke();
            } else {
                circle(cs, x0 + side / 2, y0 + side / 2, side * 0.25f);
                cs.fill();
            }
            cs.restoreGraphicsState();
        }
        return s;
    }

    /** A form XObject sized to the widget as displayed, turned by the page rotation. */
    private static PDAppearanceStream frame(PDDocument doc, PDRectangle rect, int rotation) {
        PDAppearanceStream s = new PDAppearanceStream(doc);
        s.getCOSObject().setItem(COSName.TYPE, COSName.XOBJECT);
        s.setResources(new PDResources());
        float w = rect.getWidth(), h = rect.getHeight();
        boolean swap = rotation == 90 || rotation == 270;
        s.setBBox(new PDRectangle(swap ? h : w, swap ? w : h));
        if (rotation != 0) {
            // Counterclockwise by /MK /R, then shifted back into the first quadrant of the rectangle.
            float tx = rotation == 90 || rotation == 180 ? w : 0;
            float ty = rotation == 180 || rotation == 270 ? h : 0;
            s.setMatrix(Matrix.getRotateInstance(Math.toRadians(rotation), tx, ty).createAffineTransform());
        }
        return s;
    }

    private static void circle(PDPageContentStream cs, float cx, float cy, float r) throws IOException {
        float k = 0.5523f * r; // Bezier control distance for a quarter circle
        cs.moveTo(cx + r, cy);
        cs.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        cs.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        cs.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        cs.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        cs.closePath();
    }
}
