package dev.faqindex.http;

import dev.faqindex.auth.AgentTokens;
import dev.faqindex.search.Audience;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;

/**
 * Who an API request is answered for: the gate ({@link ApiGate}) reads its {@code Authorization} header once
 * ({@link AgentTokens}), refusing a bearer token that is no agent's, and the routes ask {@link #of} for the
 * audience. Answers then vary by that header, which they say ({@code Vary: Authorization}), so that no shared cache
 * hands an agent's answer to the public.
 */
final class AgentAccess {

    private static final String ATTRIBUTE = "faq-index.audience";

    private final AgentTokens tokens;

    AgentAccess(AgentTokens tokens) {
        this.tokens = tokens;
    }

    /**
     * Reads the request's credentials into its audience.
     *
     * @throws ApiProblem 401 for a bearer token that is no agent's
     */
    void admit(Context ctx) {
        ctx.header("Vary", "Authorization, Origin");
        Audience audience = tokens.check(ctx.header("Authorization")).audience().orElseThrow(() -> new ApiProblem(
                HttpStatus.UNAUTHORIZED, "the bearer token is not an agent token; send none to search as the public",
                Map.of("WWW-Authenticate", "Bearer realm=\"faq-index agents\"")));
        ctx.attribute(ATTRIBUTE, audience);
    }

    /** The audience the gate admitted the request for; the public when it did not look. */
    static Audience of(Context ctx) {
        Audience audience = ctx.attribute(ATTRIBUTE);
        return audience == null ? Audience.PUBLIC : audience;
    }
}
