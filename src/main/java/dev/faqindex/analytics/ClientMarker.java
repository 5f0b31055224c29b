package dev.faqindex.analytics;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An anonymous mark of who made a search, enough to count how many different clients made the same one and nothing
 * more: an HMAC-SHA256 of the client's address under a random key that lives only in this process's memory and is
 * replaced at every UTC midnight (and at every start), cut to 8 bytes. The key is never written, so a mark cannot be
 * turned back into an address, nor linked to the same client's marks of another day; the address itself is never
 * kept.
 *
 * <p>Thread-safe.
 */
public final class ClientMarker {

    private static final int KEY_BYTES = 32;
    private static final int MARK_BYTES = 8;

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private LocalDate keyDay;
    private SecretKeySpec key;

    public ClientMarker(Clock clock) {
        this.clock = clock;
    }

    /** The mark of {@code client} (an address, as the server sees it) today; {@code null} when it is unknown. */
    public String mark(String client) {
        if (client == null || client.isBlank()) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(todaysKey());
            byte[] mark = mac.doFinal(client.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mark, 0, MARK_BYTES);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every Java runtime provides HmacSHA256", e);
        }
    }

    private synchronized SecretKeySpec todaysKey() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        if (!today.equals(keyDay)) {
            byte[] fresh = new byte[KEY_BYTES];
            random.nextBytes(fresh);
            key = new SecretKeySpec(fresh, "HmacSHA256");
            keyDay = today;
        }
        return key;
    }
}
