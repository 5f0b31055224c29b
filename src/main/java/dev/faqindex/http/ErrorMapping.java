package dev.faqindex.http;

import dev.faqindex.search.ModeUnavailableException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.search.IndexSearcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a failure becomes an answer: every error is a JSON {@link ErrorBody} with its status. An {@link ApiProblem}
 * (a {@link BadRequestException} among them) carries its own status and headers; a search the index cannot run is a
 * 400; Javalin's own refusals (a body over the size limit: 413) get the same body; anything else is a 500 whose cause
 * goes to the log, never to the client. A request no route answers is a 405 with {@code Allow} when its path has
 * routes for other methods ({@link AllowedMethods}), else a JSON 404, unless the website already answered it with a
 * page.
 */
final class ErrorMapping {

    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);

    private ErrorMapping() {
    }

    static void register(RoutesConfig routes, long maxBodyBytes, AllowedMethods allowed) {
        routes.exception(ApiProblem.class, (e, ctx) -> {
            e.headers().forEach(ctx::header);
            answer(ctx, e.status(), e.getMessage());
        });
        routes.exception(HttpResponseException.class, (e, ctx) -> {
            HttpStatus status = HttpStatus.forStatus(e.getStatus());
            if (status == HttpStatus.METHOD_NOT_ALLOWED || status == HttpStatus.NOT_FOUND) {
                notAnsweredHere(ctx, allowed); // Javalin found no route for the method and path
            } else if (status == HttpStatus.CONTENT_TOO_LARGE) {
                answer(ctx, status, BodySizeLimit.message(maxBodyBytes));
            } else {
                answer(ctx, status, Objects.requireNonNullElse(e.getMessage(), status.getMessage()));
            }
        });
        routes.exception(ModeUnavailableException.class, (e, ctx) -> answer(ctx, HttpStatus.BAD_REQUEST, e.getMessage()));
        routes.exception(IndexSearcher.TooManyClauses.class, (e, ctx) -> answer(ctx, HttpStatus.BAD_REQUEST,
                "the query is too complex; use fewer words or operators"));
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("Failed to answer {} {}", LogField.of(ctx.req().getMethod(), 16), LogField.of(ctx.path()), e);
            answer(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "internal error; see the server log");
        });
        routes.error(404, ctx -> {
            String contentType = ctx.res().getContentType();
            if (contentType == null || !(contentType.contains("json") || contentType.contains("html"))) {
                notAnsweredHere(ctx, allowed);
            }
        });
    }

    /**
     * A request no route answered: {@code 405} with {@code Allow} when its path has routes for other methods,
     * {@code 404} when it has none.
     */
    private static void notAnsweredHere(Context ctx, AllowedMethods allowed) {
        String method = LogField.of(ctx.req().getMethod(), 16);
        Set<String> methods = allowed.of(ctx.path());
        if (methods.isEmpty() || methods.contains(ctx.req().getMethod())) {
            answer(ctx, HttpStatus.NOT_FOUND, "no such endpoint: " + method + " " + LogField.of(ctx.path()));
            return;
        }
        String allow = String.join(", ", methods);
        ctx.header("Allow", allow);
        answer(ctx, HttpStatus.METHOD_NOT_ALLOWED, method + " is not allowed on " + LogField.of(ctx.path())
                + "; allowed: " + allow);
    }

    private static void answer(Context ctx, HttpStatus status, String message) {
        ctx.status(status).json(new ErrorBody(message));
    }
}
