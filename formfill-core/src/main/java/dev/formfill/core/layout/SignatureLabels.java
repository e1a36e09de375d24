package dev.formfill.core.layout;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises labels that ask for a signature, in the languages of the forms FormFill meets:
 * "Signature", "Sign here", "Signed", "Signature of applicant", "Unterschrift", "Firma",
 * "Signature du/de ...", "Assinatura", "Handtekening", "Podpis", "Подпись". A label about the
 * signature's date ("Signature date", "Date signed", "Datum der Unterschrift") or a printed name
 * ("Name of signatory") is not a signature, nor is a sentence that merely mentions signing ("Explain
 * why the patient cannot sign"): the signature word must open the label or one of its clauses.
 */
final class SignatureLabels {

    private static final Pattern SIGNATURE = Pattern.compile(
            "\\b(signature|sign here|signed|sign|signing|unterschrift|unterschreiben|firma|firmado|signatur|underskrift"
                    + "|assinatura|handtekening|podpis|подпись|подпис)\\b", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern NOT_SIGNATURE = Pattern.compile(
            "\\b(date|dated|datum|fecha|data|дата|name|nom|nombre|print|printed|title|titre|phone|email|e-mail)\\b",
            Pattern.UNICODE_CHARACTER_CLASS);

    private SignatureLabels() {
    }

    /** Whether a label asks for a signature. */
    static boolean isSignature(String label) {
        if (label == null || label.isBlank()) {
            return false;
        }
        String s = Identifiers.MARKS.matcher(Normalizer.normalize(label.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)).replaceAll("");
        java.util.regex.Matcher m = SIGNATURE.matcher(s);
        return m.find() && !NOT_SIGNATURE.matcher(s).find() && leadsClause(s, m.start());
    }

    /**
     * Whether the word at {@code at} opens the label or one of its clauses (at most two words in,
     * or right after a colon or full stop): "Your signature", "Completed by: Signature of …", not
     * "Briefly explain why the patient cannot sign".
     */
    static boolean leadsClause(String s, int at) {
        String before = s.substring(0, at).strip();
        if (before.isEmpty() || before.endsWith(":") || before.endsWith(".")) {
            return true;
        }
        int clause = Math.max(before.lastIndexOf(':'), before.lastIndexOf('.'));
        return before.substring(clause + 1).strip().split("\\s+").length <= 2;
    }
}
