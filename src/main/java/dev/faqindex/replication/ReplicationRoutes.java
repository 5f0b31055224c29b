package dev.faqindex.replication;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faqindex.http.ApiProblem;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The primary's replication endpoints, for replicas only (the shared token, else 401; on a server that is not a
 * primary, or has no token, 404 saying so):
 * {@code GET /api/replication/revision?since=ID&wait=MS} (the current revision, or, when it is still {@code ID}, the
 * next one within {@code wait}, at most {@value #MAX_WAIT_MS} ms), {@code POST /api/replication/files} (the files named
 * in {@code {"index": [...], "content": [...]}} as one zip) and {@code POST /api/replication/analytics} (a replica's
 * analytics events, {@link AnalyticsInbox}).
 */
public final class ReplicationRoutes {

    /** Longest a revision request is held open. */
    static final int MAX_WAIT_MS = 30_000;
    /** Most files one request may ask for. */
    static final int MAX_FILES = 100_000;

    private final Optional<ReplicationToken> token;
    private final Optional<Primary> primary;

    /** What a primary answers from. */
    public record Primary(RevisionPublisher publisher, AnalyticsInbox inbox) {
    }

    private ReplicationRoutes(Optional<ReplicationToken> token, Optional<Primary> primary) {
        this.token = token;
        this.primary = primary;
    }

    /** The endpoints of a primary, answering replicas that send {@code token}. */
    public static ReplicationRoutes primary(Optional<ReplicationToken> token, Primary primary) {
        return new ReplicationRoutes(token, Optional.of(primary));
    }

    /** The endpoints of a server that is not a primary: they answer 404 saying so. */
    public static ReplicationRoutes notPrimary() {
        return new ReplicationRoutes(Optional.empty(), Optional.empty());
    }

    /** Adds the endpoints to {@code routes}. */
    public void register(RoutesConfig routes) {
        routes.get("/api/replication/revision", this::revision);
        routes.post("/api/replication/files", this::files);
        routes.post("/api/replication/analytics", this::analytics);
    }

    private void revision(Context ctx) {
        RevisionPublisher publisher = check(ctx).publisher();
        String since = Optional.ofNullable(ctx.queryParam("since")).orElse("");
        int wait = waitMs(ctx.queryParam("wait"));
        ctx.future(() -> publisher.after(since, Duration.ofMillis(wait)).thenAccept(ctx::json));
    }

    private void files(Context ctx) throws IOException {
        RevisionPublisher publisher = check(ctx).publisher();
        JsonNode body = body(ctx);
        List<String> index = names(body, "index");
        List<String> content = names(body, "content");
        if (index.size() + content.size() > MAX_FILES) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "at most " + MAX_FILES + " files per request");
        }
        ctx.contentType("application/zip");
        publisher.writeFiles(index, content, ctx.outputStream());
    }

    private void analytics(Context ctx) throws IOException {
        AnalyticsInbox inbox = check(ctx).inbox();
        try {
            ctx.json(Map.of("accepted", inbox.receive(body(ctx))));
        } catch (IllegalArgumentException e) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, e.getMessage());
        } catch (IOException e) {
            throw new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, "analytics not written, send them again: "
                    + e.getMessage(), Map.of("Retry-After", "1"));
        }
    }

    private Primary check(Context ctx) {
        if (primary.isEmpty()) {
            throw new ApiProblem(HttpStatus.NOT_FOUND, "this server publishes no revisions: replicas copy from a "
                    + "server started with replication.role primary (--role primary)");
        }
        if (token.isEmpty()) {
            throw new ApiProblem(HttpStatus.NOT_FOUND, "replication is off; set replication.token (environment "
                    + "FAQ_INDEX_REPLICATION_TOKEN) on the primary and its replicas to turn it on");
        }
        if (!token.get().accepts(ctx.header("Authorization"))) {
            throw new ApiProblem(HttpStatus.UNAUTHORIZED, "replication needs 'Authorization: Bearer <replication.token>'",
                    Map.of("WWW-Authenticate", "Bearer realm=\"faq-index replication\""));
        }
        return primary.get();
    }

    private static int waitMs(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        try {
            int wait = Integer.parseInt(text);
            if (wait >= 0 && wait <= MAX_WAIT_MS) {
                return wait;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new ApiProblem(HttpStatus.BAD_REQUEST, "wait must be a whole number of milliseconds from 0 to "
                + MAX_WAIT_MS + ", got '" + text + "'");
    }

    private static JsonNode body(Context ctx) {
        try {
            JsonNode body = ReplicationJson.MAPPER.readTree(ctx.bodyInputStream());
            if (body == null || !body.isObject()) {
                throw new ApiProblem(HttpStatus.BAD_REQUEST, "the body must be a JSON object");
            }
            return body;
        } catch (IOException e) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "the body is not JSON: " + e.getMessage());
        }
    }

    private static List<String> names(JsonNode body, String field) {
        JsonNode list = body.path(field);
        if (list.isMissingNode()) {
            return List.of();
        }
        if (!list.isArray()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, field + " must be a list of file names");
        }
        List<String> names = new ArrayList<>();
        for (JsonNode name : list) {
            if (!name.isTextual()) {
                throw new ApiProblem(HttpStatus.BAD_REQUEST, field + " must be a list of file names");
            }
            names.add(name.asText());
        }
        return names;
    }
}
