package dev.faqindex.http;

import dev.faqindex.search.ModeUnavailableException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.apache.lucene.search.IndexSearcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a failure becomes an answer: every error is a JSON {@link ErrorBody} with its status. An {@link ApiProblem}
 * (a {@link BadRequestException} among them) carries its own status and headers; a search the index cannot run is a
 * 400; anything else is a 500 whose cause goes to the log, never to the client. An unknown path is a JSON 404 unless
 * the website already answered it with a page.
 */
final class ErrorMapping {

    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);

    private ErrorMapping() {
    }

    static void register(RoutesConfig routes) {
        routes.exception(ApiProblem.class, (e, ctx) -> {
            e.headers().forEach(ctx::header);
            answer(ctx, e.status(), e.getMessage());
        });
        routes.exception(ModeUnavailableException.class, (e, ctx) -> answer(ctx, HttpStatus.BAD_REQUEST, e.getMessage()));
        routes.exception(IndexSearcher.TooManyClauses.class, (e, ctx) -> answer(ctx, HttpStatus.BAD_REQUEST,
                "the query is too complex; use fewer words or operators"));
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("Failed to answer {} {}", ctx.method(), ctx.path(), e);
            answer(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "internal error; see the server log");
        });
        routes.error(404, ctx -> {
            String contentType = ctx.res().getContentType();
            if (contentType == null || !(contentType.contains("json") || contentType.contains("html"))) {
                answer(ctx, HttpStatus.NOT_FOUND, "no such endpoint: " + ctx.method() + " " + ctx.path());
            }
        });
    }

    private static void answer(Context ctx, HttpStatus status, String message) {
        ctx.status(status).json(new ErrorBody(message));
    }
}
