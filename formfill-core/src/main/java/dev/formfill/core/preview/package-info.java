/** Preview images of a result: the pages with the detected fields drawn on them. */
package dev.formfill.core.preview;
