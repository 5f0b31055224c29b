package dev.faqindex.auth;

import dev.faqindex.search.Audience;
import java.util.List;
import java.util.Optional;

/**
 * The support agents' tokens ({@code agent.tokens}): a request with {@code Authorization: Bearer <token>} naming one
 * of them is answered for an agent, internal pages included; a request without a bearer token is answered for the
 * public; a bearer token that is not an agent token is refused, so that a mistyped token is noticed rather than
 * silently answered as the public.
 */
public final class AgentTokens {

    /** No agent tokens: every request is the public's. */
    public static final AgentTokens NONE = new AgentTokens(List.of());

    /** What a request's credentials say. */
    public enum Verdict {
        /** No bearer token: the public. */
        PUBLIC,
        /** An agent's token. */
        AGENT,
        /** A bearer token that is no agent's. */
        UNKNOWN_TOKEN;

        /** The audience this verdict is answered for; {@link #UNKNOWN_TOKEN} has none. */
        public Optional<Audience> audience() {
            return switch (this) {
                case PUBLIC -> Optional.of(Audience.PUBLIC);
                case AGENT -> Optional.of(Audience.AGENT);
                case UNKNOWN_TOKEN -> Optional.empty();
            };
        }
    }

    private final TokenSet tokens;

    public AgentTokens(List<String> tokens) {
        this.tokens = new TokenSet(tokens);
    }

    /** What the {@code Authorization} header {@code authorization} (null when absent) says. */
    public Verdict check(String authorization) {
        Optional<String> bearer = TokenSet.bearer(authorization);
        if (bearer.isEmpty()) {
            return Verdict.PUBLIC;
        }
        return tokens.contains(bearer.get()) ? Verdict.AGENT : Verdict.UNKNOWN_TOKEN;
    }
}
