package dev.formfill.core.content;

import dev.formfill.core.Box;

/**
 * A closed axis-aligned rectangle drawn on the page (stroked, filled or both), not thin enough
 * to count as a {@link Rule}.
 *
 * @param box         its extent, normalized over the displayed page
 * @param stroked     whether its outline was stroked
 * @param filled      whether it was filled
 * @param fillRgb     fill colour as 0xRRGGBB (meaningful only when {@code filled})
 * @param strokeRgb   stroke colour as 0xRRGGBB (meaningful only when {@code stroked})
 * @param lineWidthPt stroke width in points (0 when not stroked)
 */
public record DrawnRect(Box box, boolean stroked, boolean filled, int fillRgb, int strokeRgb, double lineWidthPt) {

    /** Relative luminance of the fill, 0 black .. 1 white; 1 when not filled. */
    public double fillLuminance() {
        return filled ? luminance(fillRgb) : 1.0;
    }

    /** Whether it is filled with white (or near white), i.e. looks like an empty box on paper. */
    public boolean whiteFill() {
        return filled && fillLuminance() > 0.97;
    }

    static double luminance(int rgb) {
        int r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff;
        return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255.0;
    }
}
