package dev.formfill.core.pdf;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Field names and button state names that are legal in PDF and unique where they must be. */
final class FieldNames {

    private final Set<String> used;

    /** @param reserved names already taken (existing top-level fields) */
    FieldNames(Set<String> reserved) {
        this.used = new HashSet<>(reserved);
    }

    /**
     * A unique partial name from {@code wanted}: periods separate name levels in PDF, so they
     * become underscores; a clash gets {@code _2}, {@code _3}, ...
     */
    String claim(String wanted, String fallback) {
        String base = wanted == null || wanted.isBlank() ? fallback : wanted.strip().replace('.', '_');
        String name = base;
        for (int n = 2; !used.add(name); n++) {
            name = base + "_" + n;
        }
        return name;
    }

    /**
     * On-state names (export values) of the options of one radio group, in order: the options'
     * labels made into PDF names when present and distinct ("Yes", "No"), else their field names
     * (unique by the layout's contract), else {@code Choice1..n}. Never {@code Off}.
     */
    static String[] onStates(List<String> labels, List<String> names) {
        String[] out = distinctStates(labels);
        if (out == null) {
            out = distinctStates(names);
        }
        if (out == null) {
            out = new String[labels.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = "Choice" + (i + 1);
            }
        }
        return out;
    }

    private static String[] distinctStates(List<String> candidates) {
        String[] out = new String[candidates.size()];
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < out.length; i++) {
            String s = stateName(candidates.get(i));
            if (s == null || s.equalsIgnoreCase("Off") || !seen.add(s)) {
                return null;
            }
            out[i] = s;
        }
        return out;
    }

    private static String stateName(String label) {
        if (label == null) {
            return null;
        }
        String s = label.strip().replaceAll("[^\\p{Alnum}_-]+", "_").replaceAll("^_+|_+$", "");
        if (s.isEmpty()) {
            return null;
        }
        return s.length() > 40 ? s.substring(0, 40) : s;
    }

    /** A generic name for a detection that has none: {@code textbox_<page>}, {@code checkbox_<page>}, ... */
    static String generic(dev.formfill.core.DetectedField f) {
        String prefix = switch (f.type()) {
            case TEXT_BOX -> "textbox";
            case CHOICE_BUTTON -> "checkbox";
            case SIGNATURE -> "signature";
        };
        return prefix + "_" + (f.page() + 1);
    }
}
