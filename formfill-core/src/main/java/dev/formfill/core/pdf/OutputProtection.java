package dev.formfill.core.pdf;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

/**
 * What an encrypted input's output looks like: it stays encrypted, the same way to the user.
 *
 * <ul>
 *   <li>The output opens with the same password as the input: the one given, or none for a
 *       document that only had an owner password (restrictions, no open password).</li>
 *   <li>The input's permission flags are kept (FormFill lifts no restriction).</li>
 *   <li>If the given password was the owner password it stays the owner password; otherwise the
 *       original owner password is unknown here and a fresh random one is set.</li>
 *   <li>Re-encrypted with AES-256, whatever the input used (RC4 and 40-bit keys are not worth keeping).</li>
 * </ul>
 *
 * PDFBox refuses to save a decrypted document without a fresh protection policy, so this is
 * applied before every save of an encrypted input.
 */
final class OutputProtection {

    private OutputProtection() {
    }

    /** Sets the output protection on {@code doc} if it was opened from an encrypted file. */
    static void apply(PDDocument doc, String password) throws IOException {
        if (!doc.isEncrypted()) {
            return;
        }
        String given = password == null ? "" : password;
        boolean owner = doc.getCurrentAccessPermission().isOwnerPermission();
        int flags = doc.getEncryption().getPermissions();
        String ownerPassword = owner && !given.isEmpty() ? given : randomPassword();
        StandardProtectionPolicy policy = new StandardProtectionPolicy(ownerPassword, given, new AccessPermission(flags));
        policy.setEncryptionKeyLength(256);
        doc.protect(policy);
    }

    private static String randomPassword() {
        byte[] b = new byte[24];
        new SecureRandom().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
