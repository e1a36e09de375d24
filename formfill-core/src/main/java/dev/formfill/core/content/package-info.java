/**
 * Page content extraction shared by the geometry detector and the layout post-processing: one
 * pass over a page's content stream yields its words and glyphs, thin rules, closed rectangles and
 * images, all in normalized displayed coordinates (CropBox and /Rotate applied, origin top-left).
 * {@link dev.formfill.core.content.PageContent} is the entry point; a
 * {@link dev.formfill.core.detect.PageImage} extracts it once per page and keeps it.
 */
package dev.formfill.core.content;
