package dev.formfill.core.content;

import dev.formfill.core.Box;

/**
 * A run of glyphs on one line without a space or a visible gap between them.
 *
 * @param text       the word's text
 * @param box        bounding box of its glyphs, normalized over the displayed page
 * @param fontSizePt effective font size of its first glyph, in points
 * @param fontName   font base name of its first glyph
 * @param upright    whether it reads left to right on the displayed page
 * @param luminance  luminance of its first glyph's fill colour, 0 black .. 1 white (faint grey or
 *                   tinted text is often placeholder text inside an empty box)
 */
public record TextWord(String text, Box box, double fontSizePt, String fontName, boolean upright, double luminance) {
}
