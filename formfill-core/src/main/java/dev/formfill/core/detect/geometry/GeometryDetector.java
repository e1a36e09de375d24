package dev.formfill.core.detect.geometry;

import dev.formfill.core.Box;
import dev.formfill.core.DetectedField;
import dev.formfill.core.FieldType;
import dev.formfill.core.PrepareOptions;
import dev.formfill.core.content.DrawnRect;
import dev.formfill.core.content.PageContent;
import dev.formfill.core.content.Rule;
import dev.formfill.core.content.TextWord;
import dev.formfill.core.detect.FieldDetector;
import dev.formfill.core.detect.PageImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/**
 * The embedded detector that needs no model: reads the page's vector drawing and text (and the
 * raster for scans) and applies layout rules — cells, fill-in lines, combs, checkbox squares and
 * box glyphs, signature lines. Stateless and thread-safe.
 */
public final class GeometryDetector implements FieldDetector {

    /** The name users select it by. */
    public static final String NAME = "geometry";

    /** A page with almost no vector lines whose largest image covers this much of it has its structure in the image. */
    private static final double IMAGE_COVERAGE = 0.15;
    /** Under a recognised word, pixels lighter than this (0..255) are paper: no ink to judge the word by. */
    private static final int VISIBLE_INK = 240;
    /** Text at least this light (0 black .. 1 white) is a placeholder printed inside a blank. */
    private static final double FAINT_TEXT = 0.5;
    /**
     * Blanks keep this far (pt) from the page's left and right edges, where printers do not print:
     * what reaches closer is the edge of a background panel or band, not a place to write.
     */
    private static final double PAGE_EDGE_PT = 4;
    /** Fills darker than this (0 black .. 1 white) are reversed-out bands. */
    private static final double DARK_FILL = 0.4;
    /** Tinted panels (light colour, not white) on which white boxes read as cells are at least this light. */
    private static final double TINTED_PANEL = 0.6;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<DetectedField> detect(PageImage page, PrepareOptions options) {
        PageContent content = page.content();
        List<Candidate> cands = candidates(page, content);
        cands = BoxConventions.apply(cands, content);
        List<DetectedField> fields = new ArrayList<>();
        double w = content.widthPt(), h = content.heightPt();
        for (Candidate c : cands) {
            if (c.conf() < options.confidence() || c.x0() < PAGE_EDGE_PT || c.x1() > w - PAGE_EDGE_PT) {
                continue; // a "cell" running to the page's side edge is a band of the page's decoration
            }
            Box b = new Box(c.x0() / w, c.y0() / h, c.x1() / w, c.y1() / h).clipToUnit();
            if (b.width() <= 0 || b.height() <= 0) {
                continue;
            }
            DetectedField f = DetectedField.of(page.pageIndex(), c.type(), b, c.conf());
            if (c.combCells() > 1) {
                f = f.withCombCells(c.combCells());
            }
            if (!c.label().isBlank()) {
                f = f.withLabel(c.label());
            }
            fields.add(f);
        }
        fields.sort(Comparator.comparingDouble((DetectedField f) -> f.box().y0()).thenComparingDouble(f -> f.box().x0()));
        return fields;
    }

    /** Small square (or round) drawn shapes: checkboxes and radio buttons. Dark filled ones are bullets. */
    private static void squares(PageContent content, double w, double h, List<DrawnRect> dark, List<Candidate> out) {
        List<double[]> sq = new ArrayList<>();
        for (DrawnRect r : content.rects()) {
            Box b = r.box();
            double x0 = b.x0() * w, y0 = b.y0() * h, x1 = b.x1() * w, y1 = b.y1() * h;
            double bw = x1 - x0, bh = y1 - y0;
            if (bw < Cells.BOX_MIN || bh < Cells.BOX_MIN || bw > Cells.BOX_MAX || bh > Cells.BOX_MAX
                    || Math.max(bw, bh) / Math.min(bw, bh) > 1.3) {
                continue;
            }
            if (r.stroked()) {
                sq.add(new double[] {x0, y0, x1, y1, 0.82});
            } else if (r.filled() && r.fillLuminance() >= 0.5 && r.fillLuminance() < 0.985) {
                sq.add(new double[] {x0, y0, x1, y1, 0.7});
            } else if (r.whiteFill() && inside(b, dark)) {
                sq.add(new double[] {x0, y0, x1, y1, 0.81}); // a white square on a dark band ("■ Yes" reversed out)
            }
        }
        sq.sort((p, q) -> Double.compare(p[0], q[0]));
        for (double[] s : sq) {
            boolean touching = false; // squares side by side are character cells (the cell rules handle them)
            for (double[] o : sq) {
                if (o != s && Math.abs(o[1] - s[1]) < 1.5 && Math.abs(o[3] - s[3]) < 1.5
                        && (Math.abs(o[0] - s[2]) < 1.5 || Math.abs(o[2] - s[0]) < 1.5)) {
                    touching = true;
                    break;
                }
            }
            if (!touching) {
                out.add(new Candidate(FieldType.CHOICE_BUTTON, s[0], s[1], s[2], s[3], s[4], 0,
                        s[4] > 0.8 ? "drawn-square" : "tinted-square", ""));
            }
        }
    }

    /** Filled rectangles whose fill luminance lies in [lo, hi): dark bands or tinted panels. */
    private static List<DrawnRect> fills(PageContent content, double lo, double hi) {
        List<DrawnRect> out = new ArrayList<>();
        for (DrawnRect r : content.rects()) {
            if (r.filled() && r.fillLuminance() >= lo && r.fillLuminance() < hi) {
                out.add(r);
            }
        }
        return out;
    }

    /** Whether the box lies inside one of the (larger) fills. */
    private static boolean inside(Box b, List<DrawnRect> fills) {
        for (DrawnRect o : fills) {
            Box p = o.box();
            if (p.x0() <= b.x0() && p.y0() <= b.y0() && p.x1() >= b.x1() && p.y1() >= b.y1() && p.area() > b.area()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a dotted row lies along the top or bottom of one of the cells (within 3 pt), over half its length. */
    private static boolean edgeOfAny(Seg row, List<Candidate> cells) {
        for (Candidate c : cells) {
            double over = Math.max(0, Math.min(row.b(), c.x1()) - Math.max(row.a(), c.x0()));
            if (row.pos() >= c.y0() - 3 && row.pos() <= c.y1() + 3 && over > 0.5 * row.length()) {
                return true;
            }
        }
        return false;
    }

    /** Box glyphs on a dark band are decoration (icons in a section header), not checkboxes. */
    private static void dropGlyphsOnDark(List<Candidate> cands, double w, double h, List<DrawnRect> dark) {
        cands.removeIf(c -> "box-glyph".equals(c.rule())
                && inside(new Box(c.x0() / w, c.y0() / h, c.x1() / w, c.y1() / h).clipToUnit(), dark));
    }

    /**
     * Takes the text layer's words whose ink in the image is faint (no pixel darker than
     * {@link #FAINT_TEXT}, the limit for placeholder text on vector pages, but some ink) out of
     * {@code words} and returns them: recognition keeps the faint "Name(s)" printed inside a box as a word
     * like any other. A word with no ink under it at all (a text layer a little off its image) stays a word.
     */
    private static List<Word> fadedWords(GrayRaster image, double w, double h, List<Word> words) {
        List<Word> faded = new ArrayList<>();
        double sx = image.width() / w, sy = image.height() / h;
        int faint = (int) Math.round(FAINT_TEXT * 255);
        for (Iterator<Word> it = words.iterator(); it.hasNext();) {
            Word wd = it.next();
            int x0 = Math.max(0, (int) (wd.x0() * sx)), x1 = Math.min(image.width() - 1, (int) (wd.x1() * sx));
            int y0 = Math.max(0, (int) (wd.y0() * sy)), y1 = Math.min(image.height() - 1, (int) (wd.y1() * sy));
            int darkest = 255;
            for (int y = y0; y <= y1 && darkest >= faint; y++) {
                for (int x = x0; x <= x1; x++) {
                    darkest = Math.min(darkest, image.gray()[y * image.width() + x] & 0xff);
                }
            }
            if (x1 > x0 && y1 > y0 && darkest >= faint && darkest < VISIBLE_INK) {
                faded.add(wd);
                it.remove();
            }
        }
        return faded;
    }

    /** Moves what the page's content gave (words, typed lines, drawn rules) onto the levelled page. */
    private static void levelContent(double skew, double w, double h, List<Word> words, List<Seg> typed, List<Seg> hs,
                                     List<Seg> vs) {
        words.replaceAll(wd -> RasterDeskew.level(wd, skew, w, h));
        typed.replaceAll(s -> RasterDeskew.level(s, skew, w, h));
        hs.replaceAll(s -> RasterDeskew.level(s, skew, w, h));
        vs.replaceAll(s -> RasterDeskew.level(s, skew, w, h));
    }

    List<Candidate> candidates(PageImage page, PageContent content) {
        double w = content.widthPt(), h = content.heightPt();
        List<Seg> hs = new ArrayList<>(), vs = new ArrayList<>();
        // panels a white box or a checkbox may sit on, collected once per page
        List<DrawnRect> tinted = fills(content, TINTED_PANEL, 0.985), dark = fills(content, 0, DARK_FILL);
        List<double[]> shades = new ArrayList<>();
        for (Rule r : content.horizontalRules()) {
            hs.add(new Seg(true, r.position() * h, r.start() * w, r.end() * w, r.thicknessPt(), r.dashed()));
        }
        for (Rule r : content.verticalRules()) {
            vs.add(new Seg(false, r.position() * w, r.start() * h, r.end() * h, r.thicknessPt(), r.dashed()));
        }
        List<DrawnRect> edged = new ArrayList<>(), filled = new ArrayList<>();
        for (DrawnRect r : content.rects()) {
            Box b = r.box();
            if (r.filled()) {
                filled.add(r);
            }
            if (r.filled() && r.fillLuminance() < 0.85) {
                shades.add(new double[] {b.x0() * w, b.y0() * h, b.x1() * w, b.y1() * h, r.fillLuminance()});
            }
            if (r.filled() && !r.stroked() && (r.fillLuminance() < 0.985 && b.area() < 0.5 || r.whiteFill() && inside(b, tinted))) {
                edged.add(r); // the edge of a tinted box (or of a white box on a tinted panel) reads as a line
            }
        }
        FillEdges.add(edged, filled, w, h, hs, vs);
        List<Seg> typed = new ArrayList<>();
        TextMarks.lines(content.glyphs(), w, h, typed);
        hs.addAll(typed);
        List<Word> words = new ArrayList<>(), placeholders = new ArrayList<>();
        List<double[]> marks = TextMarks.markCentres(content.glyphs());
        for (TextWord t : content.words()) {
            Box b = t.box();
            if (TextMarks.typedBlank(t.text())) {
                if (t.text().length() == 1) {
                    placeholders.add(new Word(t.text(), b.x0() * w, b.y0() * h, b.x1() * w, b.y1() * h, t.fontSizePt()));
                }
                continue; // fill-in marks, not labels; a lone one may part a placeholder ("MM / DD")
            }
            if (TextMarks.markOnly(t, marks)) {
                continue; // a typed checkbox is the button, not a word of its option
            }
            if (t.luminance() >= FAINT_TEXT && t.luminance() < 0.97) {
                // faint placeholder text ("MM/DD/YYYY", "Name(s)") leaves its box a blank
                placeholders.add(new Word(t.text(), b.x0() * w, b.y0() * h, b.x1() * w, b.y1() * h, t.fontSizePt()));
                continue;
            }
            words.add(new Word(t.text(), b.x0() * w, b.y0() * h, b.x1() * w, b.y1() * h, t.fontSizePt()));
        }
        // Structure drawn as an image (a scan, a pasted table): read the lines off the raster. Only drawn
        // rules count against it: a recognised text layer brings its typed "....." leaders along.
        // A page with no text layer at all (text drawn as outlines) is read like a scan as well.
        boolean imageStructure = !content.images().isEmpty() && content.largestImageCoverage() >= IMAGE_COVERAGE
                && hs.size() - typed.size() + vs.size() < 8
                || content.glyphs().isEmpty() && hs.size() + vs.size() >= 8;
        // A scan fed in crooked is levelled first, with its text layer (recognised words sit where the crooked
        // image shows them); what is found on the levelled page is turned back at the end.
        GrayRaster image = imageStructure ? GrayRaster.of(page.image()) : null;
        // a recognised placeholder is faint ink, as on a vector page
        List<Word> faded = image != null ? fadedWords(image, w, h, words) : List.of();
        placeholders.addAll(faded);
        double skew = imageStructure ? RasterDeskew.angle(image) : 0;
        if (Math.abs(skew) >= RasterDeskew.MIN_DEGREES) {
            image = RasterDeskew.level(image, skew);
            levelContent(skew, w, h, words, typed, hs, vs);
        } else {
            skew = 0;
        }
        RasterLines raster = imageStructure ? RasterLines.detect(image, w, h, words, hs, vs) : null;
        if (skew != 0) {
            List<Seg> joined = RasterDeskew.joinSteps(hs);
            hs.clear();
            hs.addAll(joined);
            joined = RasterDeskew.joinSteps(vs);
            vs.clear();
            vs.addAll(joined);
        }
        // cells marked only by dots on scans; their dotted edges are no leaders
        List<Candidate> dotCells = imageStructure ? RasterCombRows.find(image, w, h) : List.of();
        if (raster != null) {
            raster.dotted.removeIf(d -> edgeOfAny(d, dotCells));
            hs.removeIf(d -> d.dashed() && edgeOfAny(d, dotCells));
        }
        PageModel model = new PageModel(w, h, hs, vs, words, shades);
        model.typed.addAll(typed);
        if (raster != null) {
            model.typed.addAll(raster.dotted);
        }
        model.ink = raster;
        Cells cells = new Cells(model);
        cells.run();
        List<Candidate> cands = new ArrayList<>(cells.out);
        // An image page is judged by its ink (PageModel.bare); its own picture hides nothing from itself.
        List<double[]> imageBoxes = new ArrayList<>();
        for (Box b : imageStructure ? List.<Box>of() : content.images()) {
            imageBoxes.add(new double[] {b.x0() * w, b.y0() * h, b.x1() * w, b.y1() * h});
        }
        // Rules that read labels run where there is a text layer: vector pages, and image pages recognised or typed over.
        boolean labelled = !imageStructure || !words.isEmpty();
        if (labelled) {
            Captions.find(model, cells.out, imageBoxes, cands); // blanks drawn only by their widget
        }
        cands.addAll(dotCells);
        int fromContent = cands.size();
        TextMarks.boxes(content.glyphs(), w, h, cands);
        dropGlyphsOnDark(cands, w, h, dark);
        TextMarks.brackets(content.glyphs(), w, h, cands);
        squares(content, w, h, dark, cands);
        for (int i = fromContent; i < cands.size() && skew != 0; i++) {
            cands.set(i, RasterDeskew.level(cands.get(i), skew, w, h)); // read off the crooked page's content
        }
        if (labelled) {
            ArrowPrompts.find(model, cands, imageBoxes, cands); // "Phone no. ▶" and bare space: the widget drew the box
            BareOptions.find(model, cands, imageBoxes, cands); // "Yes No" after bare gaps: the widget drew the buttons
            MissingButtons.find(model, cands, imageBoxes, cands); // "◯ Single ⎵ Widowed": the widget drew the rest
            LetterPairs.find(model, cands, cands); // "Y | N": the widgets drew the boxes round the letters
            InlineGaps.find(model, cands, imageBoxes, cands); // "beginning ⎵⎵⎵, 2010": the widget drew the blank
            ColonPrompts.find(model, cands, imageBoxes, cands); // "Name:" columns with bare space: the widgets drew the boxes
        }
        OfficeUse.drop(model, cells.closedCells(), cands); // "For office use only": not the filler's blanks
        Signatures.apply(cands);
        List<Candidate> found = PlaceholderParts.split(OptionRemainders.drop(Dedup.run(cands), model), placeholders, words);
        if (skew != 0) {
            double turn = skew;
            found = found.stream().map(c -> RasterDeskew.back(c, turn, w, h)).toList();
        }
        return found;
    }
}
