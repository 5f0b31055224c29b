package dev.faqindex.http;

import dev.faqindex.search.ModeUnavailableException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.lucene.search.IndexSearcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a failure becomes an answer: every error is a JSON {@link ErrorBody} with its status. An {@link ApiProblem}
 * (a {@link BadRequestException} among them) carries its own status and headers; a search the index cannot run is a
 * 400; Javalin's own refusals (a body over the size limit: 413; a known path asked with another method: 405 with
 * {@code Allow}) get the same body; anything else is a 500 whose cause goes to the log, never to the client. An
 * unknown path is a JSON 404 unless the website already answered it with a page.
 */
final class ErrorMapping {

    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);

    private ErrorMapping() {
    }

    static void register(RoutesConfig routes, long maxBodyBytes) {
        routes.exception(ApiProblem.class, (e, ctx) -> {
            e.headers().forEach(ctx::header);
            answer(ctx, e.status(), e.getMessage());
        });
        routes.exception(HttpResponseException.class, (e, ctx) -> {
            HttpStatus status = HttpStatus.forStatus(e.getStatus());
            String allowed = allowedMethods(e.getDetails());
            if (status == HttpStatus.METHOD_NOT_ALLOWED && allowed.replace("OPTIONS", "").isBlank()) {
                // Only the CORS preflight of every /api/ path answers here: the path itself is unknown.
                answer(ctx, HttpStatus.NOT_FOUND, "no such endpoint: " + LogField.of(ctx.req().getMethod(), 16) + " "
                        + LogField.of(ctx.path()));
            } else if (status == HttpStatus.METHOD_NOT_ALLOWED) {
                ctx.header("Allow", allowed);
                answer(ctx, status, LogField.of(ctx.req().getMethod(), 16) + " is not allowed on " + ctx.path()
                        + "; allowed: " + allowed);
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
                answer(ctx, HttpStatus.NOT_FOUND, "no such endpoint: " + LogField.of(ctx.req().getMethod(), 16) + " "
                        + LogField.of(ctx.path()));
            }
        });
    }

    /** The methods Javalin found for the path, as an {@code Allow} header lists them. */
    private static String allowedMethods(Map<String, String> details) {
        return details.values().stream().flatMap(methods -> java.util.Arrays.stream(methods.split(",")))
                .map(String::strip).filter(method -> !method.isEmpty()).distinct()
                .collect(Collectors.joining(", "));
    }

    private static void answer(Context ctx, HttpStatus status, String message) {
        ctx.status(status).json(new ErrorBody(message));
    }
}
