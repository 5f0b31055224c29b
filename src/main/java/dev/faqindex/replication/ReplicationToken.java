package dev.faqindex.replication;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * The secret a primary and its replicas share ({@code replication.token}): replicas send it as
 * {@code Authorization: Bearer <token>}, the primary compares the SHA-256 digests with {@link MessageDigest#isEqual},
 * which takes the same time wherever the first difference is and whatever the length of the guess.
 */
public final class ReplicationToken {

    static final String BEARER = "Bearer ";

    private final String token;
    private final byte[] digest;

    private ReplicationToken(String token) {
        this.token = token;
        this.digest = digest(token);
    }

    /** The configured token, if one is set. */
    public static Optional<ReplicationToken> of(Optional<String> configured) {
        return configured.map(ReplicationToken::new);
    }

    /** The header value a replica sends. */
    String authorization() {
        return BEARER + token;
    }

    /** Whether an {@code Authorization} header value carries this token. */
    boolean accepts(String header) {
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return false;
        }
        return MessageDigest.isEqual(digest, digest(header.substring(BEARER.length()).strip()));
    }

    private static byte[] digest(String text) {
        return ContentListing.newDigest().digest(text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "ReplicationToken[(hidden)]";
    }
}
