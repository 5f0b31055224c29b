package dev.faqindex.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * The sessions of the admin dashboard's sign-in: a session is opened by the admin token and then named by a random
 * id held in an HttpOnly cookie, with a second random value, its CSRF token, that a state-changing request must echo.
 * Kept in memory only, by the SHA-256 of their ids, bounded in number ({@link #MAX_SESSIONS}, the least recently used
 * going first), closed after {@link #IDLE} unused and {@link #LIFETIME} in all. A restart signs everyone out.
 * Thread-safe.
 */
public final class AdminSessions {

    /** Sessions open at most. */
    public static final int MAX_SESSIONS = 64;
    /** How long an unused session stays open. */
    public static final Duration IDLE = Duration.ofMinutes(30);
    /** How long a session stays open however much it is used. */
    public static final Duration LIFETIME = Duration.ofHours(8);

    private static final int RANDOM_BYTES = 32;

    /**
     * One open session.
     *
     * @param csrf the value state-changing requests of this session must send back
     * @param opened when it was opened
     */
    public record Session(String csrf, Instant opened) {
    }

    /** A session just opened: its id (for the cookie, shown once) and the session. */
    public record Opened(String id, Session session) {
    }

    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private final Cache<String, Session> open;

    public AdminSessions(Clock clock) {
        this.clock = clock;
        this.open = Caffeine.newBuilder().maximumSize(MAX_SESSIONS).expireAfterAccess(IDLE)
                .ticker(() -> clock.millis() * 1_000_000L).build();
    }

    /** Opens a session. */
    public Opened open() {
        String id = randomText();
        Session session = new Session(randomText(), clock.instant());
        open.put(digest(id), session);
        return new Opened(id, session);
    }

    /** The open session named {@code id}, if there is one. */
    public Optional<Session> find(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        String key = digest(id);
        Session session = open.getIfPresent(key);
        if (session != null && session.opened().plus(LIFETIME).isBefore(clock.instant())) {
            open.invalidate(key);
            return Optional.empty();
        }
        return Optional.ofNullable(session);
    }

    /** Closes the session named {@code id}, if it is open. */
    public void close(String id) {
        if (id != null) {
            open.invalidate(digest(id));
        }
    }

    /** Whether {@code presented} is {@code session}'s CSRF token, compared in constant time. */
    public static boolean csrfMatches(Session session, String presented) {
        return presented != null && MessageDigest.isEqual(session.csrf().getBytes(StandardCharsets.UTF_8),
                presented.getBytes(StandardCharsets.UTF_8));
    }

    /** Sessions open now. */
    public long size() {
        open.cleanUp();
        return open.estimatedSize();
    }

    private String randomText() {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String digest(String id) {
        try {
            return Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
