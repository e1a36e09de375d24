package dev.formfill.core;

/**
 * A 1-based inclusive range of pages, e.g. {@code 2-5}; {@code last} may exceed the page count
 * (it is cut to the document).
 *
 * @param first first page, ≥ 1
 * @param last  last page, ≥ first
 */
public record PageRange(int first, int last) {

    /** Validates the range. */
    public PageRange {
        if (first < 1 || last < first) {
            throw new InvalidOptionsException("pages", "page range must be 1-based and ordered, got " + first + "-" + last);
        }
    }

    /** Parses {@code "3"}, {@code "2-5"} or {@code "4-"} (to the end). */
    public static PageRange parse(String text) {
        String t = text.trim();
        try {
            int dash = t.indexOf('-');
            if (dash < 0) {
                int p = Integer.parseInt(t);
                return new PageRange(p, p);
            }
            int a = Integer.parseInt(t.substring(0, dash).trim());
            String rest = t.substring(dash + 1).trim();
            int b = rest.isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(rest);
            return new PageRange(a, b);
        } catch (NumberFormatException e) {
            throw new InvalidOptionsException("pages", "expected N, N-M or N-, got '" + text + "'");
        }
    }

    /** Whether the 0-based page index lies in the range. */
    public boolean contains(int pageIndex) {
        int p = pageIndex + 1;
        return p >= first && p <= last;
    }

    @Override
    public String toString() {
        return last == Integer.MAX_VALUE ? first + "-" : first == last ? Integer.toString(first) : first + "-" + last;
    }
}
