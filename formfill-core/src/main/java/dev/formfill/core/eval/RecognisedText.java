package dev.formfill.core.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The invisible text layer that text recognition lays over a scan: each word of the original page
 * written in render mode "neither" at its place and width, in one sans font. Characters that font
 * lacks (CJK, for one) are left out, as a recogniser for Latin and Cyrillic scripts would.
 */
final class RecognisedText {

    /** A word as displayed: its text, left edge and baseline (points from the top-left), width and size. */
    private record Word(String text, float x, float baseline, float width, float size) {
    }

    /** A gap between two glyphs wider than this many ems parts words, as a recogniser would. */
    private static final float SPACE = 0.25f;

    private RecognisedText() {
    }

    /** The font of the text layer, embedded in {@code scan}: Latin, Greek and Cyrillic. */
    static PDType0Font font(PDDocument scan) throws IOException {
        return PDType0Font.load(scan,
                PDDocument.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf"));
    }

    /** Writes the words of page {@code index} of {@code src} into {@code cs}, a page {@code heightPt} tall. */
    static void write(PDDocument src, int index, PDType0Font font, PDPageContentStream cs, float heightPt)
            throws IOException {
        for (Word w : words(src, index)) {
            String text = encodable(font, w.text());
            if (text.isBlank() || w.size() <= 0) {
                continue;
            }
            float natural = font.getStringWidth(text) / 1000 * w.size();
            cs.beginText();
            cs.setRenderingMode(RenderingMode.NEITHER);
            cs.setFont(font, w.size());
            cs.setHorizontalScaling(natural > 0 ? 100 * w.width() / natural : 100);
            cs.newLineAtOffset(w.x(), heightPt - w.baseline());
            cs.showText(text + " "); // recognisers end each word with a space, which is what parts words
            cs.endText();
        }
    }

    /** The characters of {@code text} the font can write. */
    private static String encodable(PDType0Font font, String text) {
        StringBuilder sb = new StringBuilder();
        text.codePoints().forEach(cp -> {
            String c = new String(Character.toChars(cp));
            try {
                font.encode(c); // throws when the font has no glyph for it
                sb.append(c);
            } catch (IOException | IllegalArgumentException e) {
                // not in the font: a recogniser for this script would not have read it either
            }
        });
        return sb.toString();
    }

    private static List<Word> words(PDDocument src, int index) throws IOException {
        List<Word> out = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                List<TextPosition> word = new ArrayList<>();
                for (TextPosition p : positions) {
                    TextPosition prev = word.isEmpty() ? null : word.get(word.size() - 1);
                    // a space, or a gap as wide as one (letter-spaced dots), ends the word
                    if (p.getUnicode().isBlank() || prev != null
                            && p.getXDirAdj() - (prev.getXDirAdj() + prev.getWidthDirAdj()) > SPACE * prev.getYScale()) {
                        add(word);
                        word.clear();
                    }
                    if (!p.getUnicode().isBlank()) {
                        word.add(p);
                    }
                }
                add(word);
            }

            private void add(List<TextPosition> word) {
                if (word.isEmpty()) {
                    return;
                }
                TextPosition first = word.get(0), last = word.get(word.size() - 1);
                StringBuilder sb = new StringBuilder();
                word.forEach(p -> sb.append(p.getUnicode()));
                float x0 = first.getXDirAdj(), x1 = last.getXDirAdj() + last.getWidthDirAdj();
                float size = first.getYScale() > 0 ? first.getYScale() : first.getFontSizeInPt(); // the size as rendered
                out.add(new Word(sb.toString(), x0, first.getYDirAdj(), x1 - x0, size));
            }
        };
        stripper.setStartPage(index + 1);
        stripper.setEndPage(index + 1);
        stripper.getText(src);
        return out;
    }
}
