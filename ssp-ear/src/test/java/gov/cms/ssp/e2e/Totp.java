package gov.cms.ssp.e2e;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** RFC 6238 one-time codes as an authenticator app computes them: HMAC-SHA1, 6 digits, 30-second steps (Keycloak's defaults). */
final class Totp {
    static final int STEP_SECONDS = 30;

    private Totp() {
    }

    /** The time step an instant falls in. */
    static long step(long epochMillis) {
        return epochMillis / 1000 / STEP_SECONDS;
    }

    /** The code of a time step for the key Keycloak shows (Base32, grouped with spaces). */
    static String code(String base32Key, long step) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(base32(base32Key), "HmacSHA1"));
            byte[] h = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = h[h.length - 1] & 0x0f;
            int binary = ((h[offset] & 0x7f) << 24) | ((h[offset + 1] & 0xff) << 16) | ((h[offset + 2] & 0xff) << 8) | (h[offset + 3] & 0xff);
            return String.format(Locale.ROOT, "%06d", binary % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A code no step near {@code step} has (Keycloak accepts the step before and after as well). */
    static String wrongCode(String base32Key, long step) {
        java.util.Set<String> near = new java.util.HashSet<>();
        for (long s = step - 2; s <= step + 3; s++) {
            near.add(code(base32Key, s));
        }
        int n = 0;
        while (near.contains(String.format(Locale.ROOT, "%06d", n))) {
            n++;
        }
        return String.format(Locale.ROOT, "%06d", n);
    }

    static byte[] base32(String text) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        String s = text.replaceAll("[\\s=]", "").toUpperCase(Locale.ROOT);
        ByteBuffer out = ByteBuffer.allocate(s.length() * 5 / 8);
        int buffer = 0;
        int bits = 0;
        for (char c : s.toCharArray()) {
            int v = alphabet.indexOf(c);
            if (v < 0) {
                throw new IllegalArgumentException("not Base32: " + c);
            }
            buffer = (buffer << 5) | v;
            bits += 5;
            if (bits >= 8) {
                out.put((byte) (buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        return java.util.Arrays.copyOf(out.array(), out.position());
    }
}
