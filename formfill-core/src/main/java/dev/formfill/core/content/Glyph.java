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
 * @param boxShape   whether its outline is a hollow square or ring (a ballot box or radio circle drawn
 *                   by a symbol font), judged from the glyph path, not from its Unicode mapping
 * @param inkBox     the outline's bounding box when it was measured (box-shaped glyphs), else {@code null}
 */
public record Glyph(String text, Box box, double fontSizePt, String fontName, int code, boolean upright,
                    boolean boxShape, Box inkBox) {
}
