/**
 * The embedded, model-free detector. It works in displayed page points on horizontal and vertical
 * segments (vector rules, box edges, typed underscore runs, and for image pages lines and tinted
 * boxes read off the raster) plus the text layer:
 * <ul>
 *   <li>every horizontal segment is a possible floor; sides rising from it split it into columns;
 *       a column with a ceiling and sides is a cell (empty: a field filling it; label at its top or
 *       left: a field in the rest; column and row headers, instruction-table rows and shaded cells
 *       are skipped), an open column is a fill-in line with a field one text line tall above it;</li>
 *   <li>ticks or dotted separators inside a column make one comb field; squares that touch in a
 *       row are character cells, a lone small square is a checkbox;</li>
 *   <li>small drawn squares and box-shaped glyphs (judged from the glyph outline, so symbol fonts
 *       without Unicode maps work) are checkboxes;</li>
 *   <li>a fill-in line labelled as a signature (several languages) is a signature field;</li>
 *   <li>on image pages and pages without a text layer, hollow squares and rings drawn in the
 *       image are choice buttons, and strokes through recognised (OCR) words are letters.</li>
 * </ul>
 * Where to look: {@code Cells} (cells and combs), {@code FillInLines} (open rules, captions,
 * continuation lines), {@code TableConventions} (header rows, text columns, amount columns),
 * {@code OptionRemainders} (no blank after checkbox options), {@code Captions} (blanks under small
 * captions where only the widget drew a box), {@code TextMarks} (typed marks), {@code PlaceholderParts}
 * (a date whose faint placeholder spaces out its parts), {@code StrayShapes} (brackets from a checkbox
 * to its follow-up question, checkboxes floating in table cells), {@code BareOptions} / {@code MissingButtons}
 * (option buttons only the widget drew: bare gaps before "Yes No", a row's option without its square),
 * {@code RasterLines} / {@code RasterCombRows} / {@code RasterChoiceMarks} (the raster), {@code InkCells} (cells of
 * image pages read from their ink).
 * Confidences order the rules by how rarely they are wrong on real forms; fill-in lines without any
 * label score below the default threshold.
 */
package dev.formfill.core.detect.geometry;
