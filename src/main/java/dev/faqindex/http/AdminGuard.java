package dev.faqindex.http;

import dev.faqindex.auth.AdminAccess;
import dev.faqindex.auth.AdminSessions;
import dev.faqindex.auth.TokenSet;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Lets a request through to the admin endpoints only with {@code Authorization: Bearer <token>} matching the
 * configured token, or with the session cookie of the admin dashboard's sign-in ({@link AdminAccess}). A request
 * that a cookie vouches for and that changes anything (not GET or HEAD) must also send the session's CSRF token in
 * {@code X-CSRF-Token}, which another site's page cannot read, and come from this origin when it says where it comes
 * from. With no token configured the admin endpoints are off (404). Tokens are compared in constant time
 * ({@link TokenSet}).
 */
final class AdminGuard {

    /** The header a cookie-vouched state-changing request carries its CSRF token in. */
    static final String CSRF_HEADER = "X-CSRF-Token";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD");

    private final AdminAccess access;

    AdminGuard(AdminAccess access) {
        this.access = access;
    }

    /** @throws ApiProblem 404 when admin is off, 401 without the right token */
    void check(Context ctx) {
        if (!access.enabled()) {
            throw new ApiProblem(HttpStatus.NOT_FOUND,
                    "admin endpoints are off; set admin.token (environment FAQ_INDEX_ADMIN_TOKEN) to turn them on");
        }
        Optional<String> bearer = TokenSet.bearer(ctx.header("Authorization"));
        Map<String, String> challenge = Map.of("WWW-Authenticate", "Bearer realm=\"faq-index admin\"");
        Optional<AdminSessions.Session> session = access.session(ctx.cookie(AdminAccess.COOKIE));
        if (bearer.isEmpty() && session.isPresent()) {
            checkCsrf(ctx, session.get());
            return;
        }
        if (bearer.isEmpty()) {
            throw new ApiProblem(HttpStatus.UNAUTHORIZED, "admin endpoints need the header 'Authorization: Bearer <token>'",
                    challenge);
        }
        if (!access.tokenMatches(bearer.get())) {
            throw new ApiProblem(HttpStatus.UNAUTHORIZED, "wrong admin token", challenge);
        }
    }

    /** A cookie-vouched request that changes something must echo the CSRF token and come from this origin. */
    private static void checkCsrf(Context ctx, AdminSessions.Session session) {
        if (SAFE_METHODS.contains(ctx.method().name())) {
            return;
        }
        String origin = ctx.header("Origin");
        if (origin != null && !origin.equals(ctx.scheme() + "://" + ctx.host())) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "cross-site admin requests are refused");
        }
        if (!AdminSessions.csrfMatches(session, ctx.header(CSRF_HEADER))) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "this change needs the page's CSRF token in " + CSRF_HEADER);
        }
    }
}
