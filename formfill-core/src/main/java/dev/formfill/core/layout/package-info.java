/**
 * Post-processing shared by every detector, entered through {@link dev.formfill.core.layout.FieldLayout}:
 * snapping onto drawn lines, multiline, labels (tooltips and names), signature promotion, radio
 * groups, reading order and unique names. Works in points on the page's
 * {@link dev.formfill.core.content.PageContent}.
 */
package dev.formfill.core.layout;
