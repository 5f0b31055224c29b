package dev.faqindex.http;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.Optional;

/**
 * Lets a request through to the admin endpoints only with {@code Authorization: Bearer <token>} matching the
 * configured token. With no token configured the admin endpoints are off (404). Tokens are compared by their
 * SHA-256 digests with {@link MessageDigest#isEqual}, which takes the same time wherever the first difference is and
 * whatever the length of the guess.
 */
final class AdminGuard {

    private static final String BEARER = "bearer ";

    private final Optional<byte[]> expectedDigest;

    AdminGuard(Optional<String> token) {
        this.expectedDigest = token.map(AdminGuard::digest);
    }

    /** @throws ApiProblem 404 when admin is off, 401 without the right token */
    void check(Context ctx) {
        if (expectedDigest.isEmpty()) {
            throw new ApiProblem(HttpStatus.NOT_FOUND,
                    "admin endpoints are off; set admin.token (environment FAQ_INDEX_ADMIN_TOKEN) to turn them on");
        }
        String header = ctx.header("Authorization");
        boolean bearer = header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length());
        Map<String, String> challenge = Map.of("WWW-Authenticate", "Bearer realm=\"faq-index admin\"");
        if (!bearer) {
            throw new ApiProblem(HttpStatus.UNAUTHORIZED, "admin endpoints need the header 'Authorization: Bearer <token>'",
                    challenge);
        }
        byte[] given = digest(header.substring(BEARER.length()).strip());
        if (!MessageDigest.isEqual(expectedDigest.get(), given)) {
            throw new ApiProblem(HttpStatus.UNAUTHORIZED, "wrong admin token", challenge);
        }
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
