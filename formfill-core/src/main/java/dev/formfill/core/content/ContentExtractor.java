package dev.formfill.core.content;

import dev.formfill.core.pdf.PageGeometry;
import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Walks one page's content stream once and collects path segments, rectangles, images and glyphs
 * in displayed points (origin top-left of the page as displayed, y down). Not thread-safe; one
 * instance per page.
 */
final class ContentExtractor extends PDFGraphicsStreamEngine {

    /** A filled rectangle thinner than this (points) is a rule, not a box. */
    static final double THIN_PT = 2.5;
    /** Slack (points) when deciding that a segment is axis-aligned. */
    private static final double AXIS_SLACK = 0.25;

    private final PageGeometry geometry;
    private final double width;
    private final double height;

    private final List<List<double[]>> subpaths = new ArrayList<>();
    private List<double[]> current;

    final List<RawRule> rules = new ArrayList<>();
    final List<DrawnRect> rects = new ArrayList<>();
    final List<double[]> images = new ArrayList<>();
    final List<RawGlyph> glyphs = new ArrayList<>();
    private final Map<PDFont, double[]> fontMetrics = new IdentityHashMap<>();
    private final GlyphShapes shapes = new GlyphShapes();
    private PDColor lastTextColor;
    private double lastTextLuminance;

    /** Dots of a dotted line are at most this wide and tall (pt). */
    private static final double DOT_PT = 2.0;

    /** A segment in displayed points before normalization and merging. */
    record RawRule(boolean horizontal, double pos, double from, double to, double thickness, boolean dashed) {
    }

    /** A glyph in displayed points before grouping. */
    record RawGlyph(String text, double x0, double y0, double x1, double y1, double size, String font, int code,
                    boolean upright, double originX, double originY, double advance, double[] ink, double luminance) {
    }

    ContentExtractor(PDPage page, PageGeometry geometry) {
        super(page);
        this.geometry = geometry;
        this.width = geometry.displayWidth();
        this.height = geometry.displayHeight();
    }

    double width() {
        return width;
    }

    double height() {
        return height;
    }

    private double[] display(double ux, double uy) {
        return new double[] {geometry.normX(ux, uy) * width, geometry.normY(ux, uy) * height};
    }

    // ---- paths ----

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        List<double[]> sp = new ArrayList<>(5);
        sp.add(display(p0.getX(), p0.getY()));
        sp.add(display(p1.getX(), p1.getY()));
        sp.add(display(p2.getX(), p2.getY()));
        sp.add(display(p3.getX(), p3.getY()));
        sp.add(sp.get(0));
        subpaths.add(sp);
        current = null;
    }

    @Override
    public void moveTo(float x, float y) {
        current = new ArrayList<>();
        current.add(display(x, y));
        subpaths.add(current);
    }

    @Override
    public void lineTo(float x, float y) {
        if (current == null) {
            moveTo(x, y);
            return;
        }
        current.add(display(x, y));
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        double[] end = display(x3, y3);
        if (current != null && !current.isEmpty()) {
            // A flat curve (control points on the chord) is a straight edge, as in rounded boxes drawn with curves only.
            double[] start = current.get(current.size() - 1);
            if (nearChord(start, end, display(x1, y1)) && nearChord(start, end, display(x2, y2))) {
                current.add(end);
                return;
            }
        }
        // Real curves are never rules: mark the point as reached by a curve (a third coordinate).
        if (current == null) {
            current = new ArrayList<>();
            subpaths.add(current);
        }
        current.add(new double[] {end[0], end[1], 1});
    }

    private static boolean nearChord(double[] a, double[] b, double[] p) {
        double dx = b[0] - a[0], dy = b[1] - a[1];
        double len = Math.hypot(dx, dy);
        if (len < 1e-6) {
            return Math.hypot(p[0] - a[0], p[1] - a[1]) < 0.3;
        }
        return Math.abs((p[0] - a[0]) * dy - (p[1] - a[1]) * dx) / len < 0.3;
    }

    @Override
    public Point2D getCurrentPoint() {
        return new Point2D.Float(0, 0); // only used by 'v'/'y' curve operators, which we ignore
    }

    @Override
    public void closePath() {
        if (current != null && !current.isEmpty()) {
            current.add(current.get(0));
        }
    }

    @Override
    public void endPath() {
        clearPath();
    }

    private void clearPath() {
        subpaths.clear();
        current = null;
    }

    @Override
    public void strokePath() throws IOException {
        paint(true, false);
    }

    @Override
    public void fillPath(int windingRule) throws IOException {
        paint(false, true);
    }

    @Override
    public void fillAndStrokePath(int windingRule) throws IOException {
        paint(true, true);
    }

    @Override
    public void clip(int windingRule) {
        // clipping is ignored: widgets and fill-in lines are not hidden by clips in practice
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // gradients carry no form structure
    }

    @Override
    public void drawImage(PDImage pdImage) {
        Matrix m = getGraphicsState().getCurrentTransformationMatrix();
        double[] a = display(m.transformPoint(0, 0).x, m.transformPoint(0, 0).y);
        double[] b = display(m.transformPoint(1, 1).x, m.transformPoint(1, 1).y);
        double[] c = display(m.transformPoint(0, 1).x, m.transformPoint(0, 1).y);
        double[] d = display(m.transformPoint(1, 0).x, m.transformPoint(1, 0).y);
        images.add(new double[] {min4(a[0], b[0], c[0], d[0]), min4(a[1], b[1], c[1], d[1]),
            max4(a[0], b[0], c[0], d[0]), max4(a[1], b[1], c[1], d[1])});
    }

    private void paint(boolean stroke, boolean fill) throws IOException {
        PDGraphicsState gs = getGraphicsState();
        int strokeRgb = rgb(gs.getStrokingColor());
        int fillRgb = rgb(gs.getNonStrokingColor());
        // White paint on white paper is invisible: it is masking, not structure.
        boolean strokeVisible = stroke && DrawnRect.luminance(strokeRgb) < 0.97;
        boolean fillVisible = fill;
        double lw = lineWidth(gs);
        boolean dashed = gs.getLineDashPattern() != null && gs.getLineDashPattern().getDashArray().length > 0;
        for (List<double[]> sp : subpaths) {
            if (sp.size() < 2) {
                continue;
            }
            double[] rect = axisRect(sp);
            if (rect != null) {
                double w = rect[2] - rect[0], h = rect[3] - rect[1];
                if (w < THIN_PT || h < THIN_PT) {
                    boolean visible = strokeVisible || (fill && DrawnRect.luminance(fillRgb) < 0.97);
                    if (visible && (w > 0.05 || h > 0.05)) {
                        double grow = strokeVisible ? lw / 2 : 0;
                        addThinRect(new double[] {rect[0] - grow, rect[1] - grow, rect[2] + grow, rect[3] + grow},
                                dashed && strokeVisible);
                    }
                    continue;
                }
                if (fillVisible || strokeVisible) {
                    rects.add(rectOf(rect, strokeVisible, fillVisible, fillRgb, strokeRgb, strokeVisible ? lw : 0));
                }
                if (strokeVisible) {
                    rules.add(new RawRule(true, rect[1], rect[0] - lw / 2, rect[2] + lw / 2, lw, dashed));
                    rules.add(new RawRule(true, rect[3], rect[0] - lw / 2, rect[2] + lw / 2, lw, dashed));
                    rules.add(new RawRule(false, rect[0], rect[1] - lw / 2, rect[3] + lw / 2, lw, dashed));
                    rules.add(new RawRule(false, rect[2], rect[1] - lw / 2, rect[3] + lw / 2, lw, dashed));
                }
                continue;
            }
            if (strokeVisible) {
                for (int i = 1; i < sp.size(); i++) {
                    if (sp.get(i).length == 2) {
                        addSegment(sp.get(i - 1), sp.get(i), lw, dashed);
                    }
                }
            }
            double[] rounded = fill || strokeVisible ? roundedRect(sp) : null;
            if (rounded != null) {
                // a box with rounded corners (or a circle): a rectangle for every purpose here
                rects.add(rectOf(rounded, strokeVisible, fill, fillRgb, strokeRgb, strokeVisible ? lw : 0));
            } else if (fill && DrawnRect.luminance(fillRgb) < 0.97 && isDot(sp)) {
                addThinRect(bbox(sp), false); // a dot of a dotted line
            } else if (!strokeVisible && fill && sp.size() >= 4 && DrawnRect.luminance(fillRgb) < 0.97) {
                // A filled polygon that is a thin sliver (e.g. a line drawn as a filled quad) is a rule.
                double[] bb = bbox(sp);
                double w = bb[2] - bb[0], h = bb[3] - bb[1];
                if ((w < THIN_PT && h > 4 * w) || (h < THIN_PT && w > 4 * h)) {
                    addThinRect(bb, false);
                }
            }
        }
        clearPath();
    }

    private void addThinRect(double[] r, boolean dashed) {
        double w = r[2] - r[0], h = r[3] - r[1];
        // a dot (about as wide as tall) is a piece of a dotted line across: rounding must not turn
        // every other dot of a row upright, which would cut the row into short pieces
        if (w >= h || h < DOT_PT && w > 0.6 * h) {
            rules.add(new RawRule(true, (r[1] + r[3]) / 2, r[0], r[2], Math.max(h, 0.1), dashed));
        } else {
            rules.add(new RawRule(false, (r[0] + r[2]) / 2, r[1], r[3], Math.max(w, 0.1), dashed));
        }
    }

    private void addSegment(double[] a, double[] b, double lw, boolean dashed) {
        double dx = Math.abs(a[0] - b[0]), dy = Math.abs(a[1] - b[1]);
        double cap = lw / 2; // the stroke extends beyond the end points only with square caps; keep it small
        if (dy <= AXIS_SLACK && dy <= dx) {
            double len = dx;
            if (len < 0.01 && lw <= 0) {
                return;
            }
            rules.add(new RawRule(true, (a[1] + b[1]) / 2, Math.min(a[0], b[0]) - (len < lw ? cap : 0),
                    Math.max(a[0], b[0]) + (len < lw ? cap : 0), lw, dashed));
        } else if (dx <= AXIS_SLACK) {
            rules.add(new RawRule(false, (a[0] + b[0]) / 2, Math.min(a[1], b[1]) - (dy < lw ? cap : 0),
                    Math.max(a[1], b[1]) + (dy < lw ? cap : 0), lw, dashed));
        }
    }

    /**
     * Whether a filled subpath is a dot: a closed shape (round, or a polygon: curves this small read
     * as straight) no more than {@link #DOT_PT} across either way.
     */
    private static boolean isDot(List<double[]> sp) {
        double[] bb = bbox(sp);
        double w = bb[2] - bb[0], h = bb[3] - bb[1];
        return sp.size() >= 3 && w > 0.05 && h > 0.05 && w < DOT_PT && h < DOT_PT;
    }

    /** The box of a filled subpath with curves whose every point lies on its bounding box (rounded corners). */
    private static double[] roundedRect(List<double[]> sp) {
        boolean curves = false;
        for (double[] p : sp) {
            curves |= p.length == 3;
        }
        if (!curves || sp.size() < 4) {
            return null;
        }
        double[] bb = bbox(sp);
        double w = bb[2] - bb[0], h = bb[3] - bb[1];
        if (w < THIN_PT || h < THIN_PT) {
            return null;
        }
        double tol = 0.35 * Math.min(w, h);
        for (double[] p : sp) {
            double d = Math.min(Math.min(p[0] - bb[0], bb[2] - p[0]), Math.min(p[1] - bb[1], bb[3] - p[1]));
            if (d > Math.min(1.0, tol)) {
                return null;
            }
        }
        return bb;
    }

    /** The rectangle [x0,y0,x1,y1] a closed 4-corner axis-aligned subpath describes, else null. */
    private static double[] axisRect(List<double[]> sp) {
        for (double[] p : sp) {
            if (p.length == 3) {
                return null;
            }
        }
        int n = sp.size();
        if (n == 5 && !samePoint(sp.get(0), sp.get(4))) {
            return null;
        }
        if (n != 5 && n != 4) {
            return null;
        }
        for (int i = 0; i < 4; i++) {
            double[] a = sp.get(i), b = sp.get((i + 1) % 4);
            boolean h = Math.abs(a[1] - b[1]) <= AXIS_SLACK, v = Math.abs(a[0] - b[0]) <= AXIS_SLACK;
            if (!h && !v) {
                return null;
            }
        }
        double[] bb = bbox(sp.subList(0, 4));
        if (n == 4) {
            // An open 4-point path is a rectangle only when its last point returns near the first (filled paths close implicitly).
            double[] a = sp.get(3), b = sp.get(0);
            if (!(Math.abs(a[1] - b[1]) <= AXIS_SLACK || Math.abs(a[0] - b[0]) <= AXIS_SLACK)) {
                return null;
            }
        }
        return bb;
    }

    private static boolean samePoint(double[] a, double[] b) {
        return Math.abs(a[0] - b[0]) <= AXIS_SLACK && Math.abs(a[1] - b[1]) <= AXIS_SLACK;
    }

    private static double[] bbox(List<double[]> pts) {
        double x0 = Double.MAX_VALUE, y0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
        for (double[] p : pts) {
            x0 = Math.min(x0, p[0]);
            y0 = Math.min(y0, p[1]);
            x1 = Math.max(x1, p[0]);
            y1 = Math.max(y1, p[1]);
        }
        return new double[] {x0, y0, x1, y1};
    }

    private DrawnRect rectOf(double[] r, boolean stroked, boolean filled, int fillRgb, int strokeRgb, double lw) {
        return new DrawnRect(PageContent.norm(r[0], r[1], r[2], r[3], width, height), stroked, filled, fillRgb,
                strokeRgb, lw);
    }

    private double lineWidth(PDGraphicsState gs) {
        Matrix m = gs.getCurrentTransformationMatrix();
        double scale = Math.sqrt(Math.abs(m.getScaleX() * m.getScaleY() - m.getShearX() * m.getShearY()));
        double lw = gs.getLineWidth() * scale;
        return lw <= 0 ? 0.25 : lw; // width 0 means the thinnest visible line
    }

    private static int rgb(PDColor color) {
        try {
            if (color == null || color.getColorSpace() == null) {
                return 0;
            }
            float[] c = color.getColorSpace().toRGB(color.getComponents());
            return (clamp(c[0]) << 16) | (clamp(c[1]) << 8) | clamp(c[2]);
        } catch (IOException | RuntimeException e) {
            return 0x808080; // patterns and odd spaces: assume visible mid gray
        }
    }

    private static int clamp(float f) {
        return Math.max(0, Math.min(255, Math.round(f * 255)));
    }

    // ---- text ----

    @Override
    protected void showGlyph(Matrix trm, PDFont font, int code, Vector displacement) {
        RenderingMode mode = getGraphicsState().getTextState().getRenderingMode();
        if (mode == RenderingMode.NEITHER_CLIP) {
            return;
        }
        double[] metrics = fontMetrics.computeIfAbsent(font, ContentExtractor::metrics);
        double adv = displacement.getX();
        if (adv <= 0) {
            adv = 0.5;
        }
        double[] o = tp(trm, 0, 0), e = tp(trm, adv, 0);
        double[] p1 = tp(trm, 0, metrics[0]), p2 = tp(trm, adv, metrics[0]), p3 = tp(trm, 0, metrics[1]),
                p4 = tp(trm, adv, metrics[1]);
        double[] up = tp(trm, 0, 1);
        double size = Math.hypot(up[0] - o[0], up[1] - o[1]);
        double dx = e[0] - o[0], dy = e[1] - o[1];
        boolean upright = dx > 0 && Math.abs(dy) <= 0.2 * Math.abs(dx);
        String text;
        try {
            text = font.toUnicode(code);
        } catch (RuntimeException ex) {
            text = null;
        }
        String t = text == null ? "" : text;
        double[] ink = null;
        if (GlyphShapes.worthTesting(font, t)) {
            double[] shape = shapes.boxShape(font, code);
            if (shape != null) {
                double[] q1 = tp(trm, shape[0], shape[1]), q2 = tp(trm, shape[2], shape[3]);
                ink = new double[] {Math.min(q1[0], q2[0]), Math.min(q1[1], q2[1]), Math.max(q1[0], q2[0]),
                    Math.max(q1[1], q2[1])};
            }
        }
        glyphs.add(new RawGlyph(t, min4(p1[0], p2[0], p3[0], p4[0]),
                min4(p1[1], p2[1], p3[1], p4[1]), max4(p1[0], p2[0], p3[0], p4[0]), max4(p1[1], p2[1], p3[1], p4[1]),
                size, baseName(font), code, upright, o[0], o[1], Math.hypot(dx, dy), ink, textLuminance()));
    }

    /** Luminance of the current text fill colour; the last colour is cached (colour conversion is not free). */
    private double textLuminance() {
        PDColor c = getGraphicsState().getNonStrokingColor();
        if (c != lastTextColor) {
            lastTextColor = c;
            lastTextLuminance = DrawnRect.luminance(rgb(c));
        }
        return lastTextLuminance;
    }

    private double[] tp(Matrix m, double x, double y) {
        Point2D.Float p = m.transformPoint((float) x, (float) y);
        return display(p.x, p.y);
    }

    /** {descent, ascent} in text space units of 1 = font size, kept within sane bounds. */
    private static double[] metrics(PDFont font) {
        double asc = 0.75, desc = -0.22;
        try {
            PDFontDescriptor fd = font.getFontDescriptor();
            if (fd != null) {
                double a = fd.getAscent() / 1000.0, d = fd.getDescent() / 1000.0;
                if (a > 0.5 && a < 1.1) {
                    asc = a;
                }
                if (d < 0 && d > -0.45) {
                    desc = d;
                }
            }
        } catch (RuntimeException ignored) {
            // defaults
        }
        return new double[] {desc, asc};
    }

    private static String baseName(PDFont font) {
        String n = font.getName();
        if (n == null) {
            return "";
        }
        int plus = n.indexOf('+');
        return plus == 6 ? n.substring(7) : n;
    }

    private static double min4(double a, double b, double c, double d) {
        return Math.min(Math.min(a, b), Math.min(c, d));
    }

    private static double max4(double a, double b, double c, double d) {
        return Math.max(Math.max(a, b), Math.max(c, d));
    }
}
