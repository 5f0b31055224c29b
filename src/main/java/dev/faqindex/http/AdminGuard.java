package dev.faqindex.http;

import dev.faqindex.auth.TokenSet;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lets a request through to the admin endpoints only with {@code Authorization: Bearer <token>} matching the
 * configured token, or with the session cookie of the admin dashboard's sign-in (for the dashboard's own calls).
 * With no token configured the admin endpoints are off (404). Tokens are compared in constant time
 * ({@link TokenSet}).
 */
final class AdminGuard {

    private final TokenSet token;

    AdminGuard(Optional<String> token) {
        this.token = new TokenSet(token.map(List::of).orElse(List.of()));
    }

    /** Whether {@code presented} is the admin token (and there is one). */
    boolean accepts(String presented) {
        return !token.isEmpty() && token.contains(presented);
    }

    /** Whether the admin endpoints are on. */
    boolean enabled() {
        return !token.isEmpty();
    }

    /** @throws ApiProblem 404 when admin is off, 401 without the right token */
    void check(Context ctx) {
        if (token.isEmpty()) {
            throw new ApiProblem(HttpStatus.NOT_FOUND,
                    "admin endpoints are off; set admin.token (environment FAQ_INDEX_ADMIN_TOKEN) to turn them on");
        }
        Optional<String> bearer = TokenSet.bearer(ctx.header("Authorization"));
        Map<String, String> challenge = Map.of("WWW-Authenticate", "Bearer realm=\"faq-index admin\"");
        if (bearer.isEmpty()) {
            throw new ApiProblem(HttpStatus.UNAUTHORIZED, "admin endpoints need the header 'Authorization: Bearer <token>'",
                    challenge);
        }
        if (!token.contains(bearer.get())) {
            throw new ApiProblem(HttpStatus.UNAUTHORIZED, "wrong admin token", challenge);
        }
    }
}
