package dev.faqindex.auth;

import java.util.List;
import java.util.Optional;

/**
 * How the operator is recognised: by the admin token ({@code admin.token}) in an {@code Authorization: Bearer}
 * header, or by the dashboard's session cookie opened with that token ({@link AdminSessions}). With no token set,
 * admin is off.
 */
public final class AdminAccess {

    /** The name of the dashboard's session cookie. */
    public static final String COOKIE = "faq_index_admin";

    private final TokenSet token;
    private final AdminSessions sessions;

    public AdminAccess(Optional<String> token, AdminSessions sessions) {
        this.token = new TokenSet(token.map(List::of).orElse(List.of()));
        this.sessions = sessions;
    }

    /** Whether admin is on (a token is set). */
    public boolean enabled() {
        return !token.isEmpty();
    }

    /** Whether {@code presented} is the admin token. */
    public boolean tokenMatches(String presented) {
        return enabled() && presented != null && token.contains(presented);
    }

    /** The dashboard's sessions. */
    public AdminSessions sessions() {
        return sessions;
    }

    /** The open session a cookie value names, while admin is on. */
    public Optional<AdminSessions.Session> session(String cookie) {
        return enabled() ? sessions.find(cookie) : Optional.empty();
    }
}
