package dev.formfill.core.content;

import dev.formfill.core.Box;
import dev.formfill.core.pdf.PageGeometry;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * What a page draws, in normalized displayed coordinates (CropBox with /Rotate applied, origin
 * top-left, 0..1): words and glyphs of its text layer, thin horizontal and vertical rules, closed
 * rectangles with their paint, and the extents of its images. Immutable. Shared by detectors and
 * by the layout post-processing so a page is parsed once.
 */
public final class PageContent {

    private final double widthPt;
    private final double heightPt;
    private final List<Glyph> glyphs;
    private final List<TextWord> words;
    private final List<Rule> horizontalRules;
    private final List<Rule> verticalRules;
    private final List<DrawnRect> rects;
    private final List<Box> images;

    private PageContent(double widthPt, double heightPt, List<Glyph> glyphs, List<TextWord> words,
                        List<Rule> horizontalRules, List<Rule> verticalRules, List<DrawnRect> rects, List<Box> images) {
        this.widthPt = widthPt;
        this.heightPt = heightPt;
        this.glyphs = List.copyOf(glyphs);
        this.words = List.copyOf(words);
        this.horizontalRules = List.copyOf(horizontalRules);
        this.verticalRules = List.copyOf(verticalRules);
        this.rects = List.copyOf(rects);
        this.images = List.copyOf(images);
    }

    /** A page that draws nothing (or could not be read), of the given displayed size in points. */
    public static PageContent empty(double widthPt, double heightPt) {
        return new PageContent(widthPt, heightPt, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /**
     * Parses one page's content stream (form XObjects included, annotations not).
     *
     * @throws IOException when the content stream cannot be read
     */
    public static PageContent extract(PDPage page, PageGeometry geometry) throws IOException {
        ContentExtractor ex = new ContentExtractor(page, geometry);
        ex.processPage(page);
        double w = ex.width(), h = ex.height();
        List<Glyph> glyphs = new ArrayList<>(ex.glyphs.size());
        for (ContentExtractor.RawGlyph g : ex.glyphs) {
            double[] k = g.ink();
            glyphs.add(new Glyph(g.text(), norm(g.x0(), g.y0(), g.x1(), g.y1(), w, h), g.size(), g.font(), g.code(),
                    g.upright(), k != null, k == null ? null : norm(k[0], k[1], k[2], k[3], w, h)));
        }
        List<TextWord> words = WordGrouper.group(ex.glyphs, w, h);
        List<Rule> hr = RuleMerger.merge(ex.rules, true, w, h);
        List<Rule> vr = RuleMerger.merge(ex.rules, false, w, h);
        List<Box> images = new ArrayList<>();
        for (double[] r : ex.images) {
            Box b = norm(r[0], r[1], r[2], r[3], w, h);
            if (b.x1() > 0 && b.y1() > 0 && b.x0() < 1 && b.y0() < 1) {
                images.add(b);
            }
        }
        List<DrawnRect> rects = new ArrayList<>();
        for (DrawnRect r : ex.rects) {
            Box b = r.box();
            if (b.x1() > 0 && b.y1() > 0 && b.x0() < 1 && b.y0() < 1) {
                rects.add(r);
            }
        }
        return new PageContent(w, h, glyphs, words, hr, vr, rects, images);
    }

    static Box norm(double x0, double y0, double x1, double y1, double w, double h) {
        return new Box(Math.min(x0, x1) / w, Math.min(y0, y1) / h, Math.max(x0, x1) / w, Math.max(y0, y1) / h);
    }

    /** Width of the displayed page in points. */
    public double widthPt() {
        return widthPt;
    }

    /** Height of the displayed page in points. */
    public double heightPt() {
        return heightPt;
    }

    /** Every shown glyph, in content-stream order. */
    public List<Glyph> glyphs() {
        return glyphs;
    }

    /** Glyphs grouped into words (split at spaces and visible gaps), in content-stream order. */
    public List<TextWord> words() {
        return words;
    }

    /** Horizontal rules within the page, sorted by y then x. */
    public List<Rule> horizontalRules() {
        return horizontalRules;
    }

    /** Vertical rules within the page, sorted by x then y. */
    public List<Rule> verticalRules() {
        return verticalRules;
    }

    /** Closed rectangles (not thin enough to be rules), in drawing order. */
    public List<DrawnRect> rects() {
        return rects;
    }

    /** Extents of drawn images, in drawing order. */
    public List<Box> images() {
        return images;
    }

    /** Fraction of the page area the largest image covers (1 for a full-page scan). */
    public double largestImageCoverage() {
        double best = 0;
        for (Box b : images) {
            best = Math.max(best, b.clipToUnit().area());
        }
        return best;
    }

    /** Sort order used for rules. */
    static final Comparator<Rule> BY_POSITION = Comparator.comparingDouble(Rule::position).thenComparingDouble(Rule::start);
}
