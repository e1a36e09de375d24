package dev.formfill.core.content;

import dev.formfill.core.Box;

/**
 * One shown glyph on a page, in normalized displayed coordinates.
 *
 * @param text       its Unicode text ({@code ""} when the font has no mapping)
 * @param box        glyph box from descent to ascent, normalized over the displayed page
 * @param fontSizePt effective font size in points (text matrix and CTM applied)
 * @param fontName   the font's base name without subset prefix ({@code ""} when unknown)
 * @param code       the character code in the font (lets callers read symbol fonts without Unicode maps)
 * @param upright    whether the glyph reads left to right on the displayed page
 */
public record Glyph(String text, Box box, double fontSizePt, String fontName, int code, boolean upright) {
}
