package dev.formfill.core.content;

import java.awt.geom.FlatteningPathIterator;
import java.awt.geom.GeneralPath;
import java.awt.geom.PathIterator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDVectorFont;

/**
 * Tells box-shaped glyphs (☐, ❏, a Webdings or Wingdings ballot box, a radio circle) from their
 * outlines, because symbol fonts often carry no or wrong Unicode maps. Results are cached per font
 * and code; one instance per page extraction.
 */
final class GlyphShapes {

    private static final double[] NONE = new double[0];
    private final Map<PDFont, Map<Integer, double[]>> cache = new IdentityHashMap<>();

    /** Only glyphs that are not ordinary letters and digits, or come from symbol fonts, are tested. */
    static boolean worthTesting(PDFont font, String text) {
        if (symbolic(font)) {
            return true;
        }
        if (text.isEmpty()) {
            return true;
        }
        int cp = text.codePointAt(0);
        if (Character.isLetterOrDigit(cp) || Character.isWhitespace(cp)) {
            return false;
        }
        return cp > 0x7F; // ASCII punctuation is never a box
    }

    private static boolean symbolic(PDFont font) {
        String n = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
        int plus = n.indexOf('+');
        if (plus >= 0) {
            n = n.substring(plus + 1); // subset prefixes are random letters
        }
        return n.contains("ding") || n.contains("symbol") || n.contains("webding") || n.contains("wingding")
                || n.contains("europeanpi") || n.contains("check");
    }

    /** The ink box {x0,y0,x1,y1} in text space (1 = font size) when the glyph is box-shaped, else null. */
    double[] boxShape(PDFont font, int code) {
        double[] r = cache.computeIfAbsent(font, f -> new HashMap<>()).computeIfAbsent(code, c -> measure(font, c));
        return r.length == 0 ? null : r;
    }

    private static double[] measure(PDFont font, int code) {
        if (!(font instanceof PDVectorFont vf) || !font.isEmbedded()) {
            // A font the file does not carry is drawn with whatever stands in for it on this machine
            // (another font, other units per em, often no such glyph): its outline says nothing about
            // the page, and measuring it would make results depend on the installed fonts.
            return NONE;
        }
        GeneralPath path;
        try {
            path = vf.getNormalizedPath(code);
        } catch (IOException | RuntimeException e) {
            return NONE;
        }
        if (path == null) {
            return NONE;
        }
        List<double[]> subs = new ArrayList<>(); // per subpath: bbox + points
        List<List<double[]>> pts = new ArrayList<>();
        double[] coords = new double[6];
        List<double[]> cur = null;
        for (PathIterator it = new FlatteningPathIterator(path.getPathIterator(null), 5); !it.isDone(); it.next()) {
            int t = it.currentSegment(coords);
            if (t == PathIterator.SEG_MOVETO) {
                cur = new ArrayList<>();
                pts.add(cur);
            }
            if ((t == PathIterator.SEG_MOVETO || t == PathIterator.SEG_LINETO) && cur != null) {
                cur.add(new double[] {coords[0], coords[1]});
            }
        }
        for (List<double[]> p : pts) {
            if (p.size() < 3) {
                continue;
            }
            double x0 = Double.MAX_VALUE, y0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
            for (double[] q : p) {
                x0 = Math.min(x0, q[0]);
                y0 = Math.min(y0, q[1]);
                x1 = Math.max(x1, q[0]);
                y1 = Math.max(y1, q[1]);
            }
            subs.add(new double[] {x0, y0, x1, y1, (x1 - x0) * (y1 - y0)});
        }
        if (subs.size() < 2 || subs.size() > 6) {
            return NONE;
        }
        subs.sort((a, b) -> Double.compare(b[4], a[4]));
        double[] outer = subs.get(0), inner = subs.get(1);
        double ow = outer[2] - outer[0], oh = outer[3] - outer[1];
        if (ow < 250 || oh < 250 || ow / oh > 1.3 || oh / ow > 1.3) {
            return NONE; // glyph units are 1/1000 em: a box is at least a quarter em wide
        }
        // the hole must be centred in the outline and most of it: a frame, not a blob with a dot
        boolean inside = inner[0] >= outer[0] && inner[2] <= outer[2] && inner[1] >= outer[1] && inner[3] <= outer[3];
        double border = Math.max(Math.max(inner[0] - outer[0], outer[2] - inner[2]),
                Math.max(inner[1] - outer[1], outer[3] - inner[3]));
        if (!inside || inner[4] < 0.45 * outer[4] || border > 0.25 * Math.min(ow, oh)) {
            return NONE;
        }
        // a second ring inside (a target ◎) or more islands (a check mark in the box) are still boxes
        return new double[] {outer[0] / 1000, outer[1] / 1000, outer[2] / 1000, outer[3] / 1000};
    }
}
