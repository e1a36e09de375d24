package dev.formfill.http;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Per-job download tokens: {@code HMAC-SHA256(secret, jobId)}, base64url. Derived rather than stored, so
 * there is no token table to keep, expire or lose, and a token can be checked before the job is looked up
 * (a wrong token then tells nothing about whether the job exists).
 */
final class JobTokens {

    private final byte[] secret;

    /** {@code secret == null}: a random one, valid for this process only. */
    JobTokens(String secret) {
        if (secret == null) {
            this.secret = new byte[32];
            new SecureRandom().nextBytes(this.secret);
        } else {
            this.secret = secret.getBytes(StandardCharsets.UTF_8);
        }
    }

    String tokenFor(String jobId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] h = mac.doFinal(jobId.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(h);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** Constant-time check of a presented token ({@code null} never matches). */
    boolean matches(String jobId, String presented) {
        return presented != null && constantTimeEquals(tokenFor(jobId), presented);
    }

    /** Compares without an early exit, so timing does not reveal how much of a secret was right. */
    static boolean constantTimeEquals(String expected, String presented) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                presented.getBytes(StandardCharsets.UTF_8));
    }
}
