package dev.faqindex.http;

import io.javalin.http.HandlerType;
import io.javalin.router.InternalRouter;
import io.javalin.router.ParsedEndpoint;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The methods a path really answers, for {@code 405} and its {@code Allow} header: those of the routes that match it,
 * leaving out the routes that match any path (the website's route of last resort, which only looks for an old address
 * of an article, and the API's CORS preflight). A path only such routes match is unknown: {@code 404} whatever the
 * method. Read from Javalin's router once it is built.
 */
final class AllowedMethods {

    private final Set<String> anyPath;
    private volatile InternalRouter router;

    /** @param anyPath the patterns of the routes that match any path (of their prefix) */
    AllowedMethods(Set<String> anyPath) {
        this.anyPath = Set.copyOf(anyPath);
    }

    /** Reads the routes from {@code built}, once the server's routes are registered. */
    void readFrom(InternalRouter built) {
        this.router = built;
    }

    /**
     * The methods of {@code path}'s own routes, with {@code OPTIONS} when a preflight answers it too; empty for a path
     * no route of its own answers.
     */
    Set<String> of(String path) {
        InternalRouter routes = router;
        if (routes == null) {
            return Set.of();
        }
        Set<String> own = new TreeSet<>();
        boolean preflight = false;
        List<ParsedEndpoint> endpoints = routes.allHttpHandlers();
        for (ParsedEndpoint endpoint : endpoints) {
            HandlerType method = endpoint.endpoint.method;
            if (!method.isHttpMethod() || !endpoint.matches(path)) {
                continue;
            }
            if (!anyPath.contains(endpoint.endpoint.path)) {
                own.add(method.name());
            } else if (method == HandlerType.OPTIONS) {
                preflight = true;
            }
        }
        if (preflight && !own.isEmpty()) {
            own.add(HandlerType.OPTIONS.name());
        }
        return own;
    }
}
