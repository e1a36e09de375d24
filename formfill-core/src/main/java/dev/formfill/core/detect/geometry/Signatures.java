package dev.formfill.core.detect.geometry;

import dev.formfill.core.FieldType;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Turns text fields whose label names a signature into signature fields. */
final class Signatures {

    /** Signature words in the languages forms come in; matched on whole words of the label. */
    private static final Pattern SIGNATURE = Pattern.compile(
            "\\b(signature|signatures|sign here|signed|sign|signer|unterschrift|unterschriften|firma|firmado|"
                    + "assinatura|handtekening|podpis|подпись|подписи|signatur|underskrift)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    /** Labels that mention signing but ask for something else: its date, the signer's name or title. */
    private static final Pattern NOT_SIGNATURE = Pattern.compile(
            "\\b(date|dated|datum|fecha|data|дата|name|nom|nombre|print|printed|title|titre)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    /** A label longer than this is an instruction that mentions signing ("Before you sign ..."). */
    private static final int MAX_LABEL_WORDS = 10;

    private Signatures() {
    }

    static boolean isSignatureLabel(String label) {
        if (label == null || label.isBlank()) {
            return false;
        }
        String s = Normalizer.normalize(label, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        java.util.regex.Matcher m = SIGNATURE.matcher(s);
        return m.find() && !NOT_SIGNATURE.matcher(s).find() && s.strip().split("\\s+").length <= MAX_LABEL_WORDS
                && leadsClause(s, m.start());
    }

    /** Whether the word at {@code at} opens the label or a clause of it (at most two words in, or after ':' or '.'). */
    private static boolean leadsClause(String s, int at) {
        String before = s.substring(0, at).strip();
        if (before.isEmpty() || before.endsWith(":") || before.endsWith(".") || before.endsWith("(")) {
            return true;
        }
        int clause = Math.max(before.lastIndexOf(':'), before.lastIndexOf('.'));
        return before.substring(clause + 1).strip().split("\\s+").length <= 2;
    }

    static void apply(List<Candidate> cands) {
        for (int i = 0; i < cands.size(); i++) {
            Candidate c = cands.get(i);
            if (c.type() == FieldType.TEXT_BOX && c.combCells() == 0 && c.width() > 50 && isSignatureLabel(c.label())) {
                cands.set(i, c.withType(FieldType.SIGNATURE, c.conf()));
            }
        }
    }
}
