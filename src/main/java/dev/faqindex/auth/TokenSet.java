package dev.faqindex.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Optional;

/**
 * Secret tokens a presented one is checked against without telling, by the time it takes, how close a guess came:
 * each is kept as its SHA-256 digest, and a presented token's digest is compared with every one of them by
 * {@link MessageDigest#isEqual} (constant time for equal lengths), all of them always, whatever matched.
 */
public final class TokenSet {

    private static final String BEARER = "bearer ";

    private final List<byte[]> digests;

    public TokenSet(List<String> tokens) {
        this.digests = tokens.stream().map(TokenSet::digest).toList();
    }

    /** Whether there is no token (the feature it guards is off). */
    public boolean isEmpty() {
        return digests.isEmpty();
    }

    /** Whether {@code presented} is one of the tokens. */
    public boolean contains(String presented) {
        byte[] given = digest(presented);
        boolean found = false;
        for (byte[] expected : digests) {
            found |= MessageDigest.isEqual(expected, given);
        }
        return found;
    }

    /**
     * The token of an {@code Authorization: Bearer <token>} header (the scheme in any letter case); empty when the
     * header is absent or of another scheme.
     */
    public static Optional<String> bearer(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        return Optional.of(authorization.substring(BEARER.length()).strip());
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
