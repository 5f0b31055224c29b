package dev.faqindex.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/**
 * The search page, its scripts and stylesheet, and the widget script: a fixed list of files under {@code /web/} on
 * the classpath, read once and served with their content type. Nothing else on the classpath is reachable.
 */
final class StaticAssets {

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml");

    /** Served name (without leading slash) to file under {@code /web/}. */
    static final Map<String, String> FILES = Map.of(
            "index.html", "index.html",
            "widget.js", "widget.js",
            "assets/site.css", "assets/site.css",
            "assets/search.js", "assets/search.js",
            "assets/article.js", "assets/article.js",
            "assets/snippets.js", "assets/snippets.js",
            "assets/favicon.svg", "assets/favicon.svg");

    private final Map<String, byte[]> contents;

    StaticAssets() {
        this.contents = FILES.entrySet().stream()
                .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> read(e.getValue())));
    }

    /** Answers with the named file, or returns false when there is none. */
    boolean serve(String name, Context ctx) {
        Optional<byte[]> body = Optional.ofNullable(contents.get(name));
        if (body.isEmpty()) {
            return false;
        }
        String extension = name.substring(name.lastIndexOf('.') + 1);
        ctx.status(HttpStatus.OK).contentType(TYPES.get(extension));
        ctx.header("Cache-Control", "no-cache");
        if (extension.equals("html")) {
            SecurityHeaders.page(ctx);
        } else {
            SecurityHeaders.asset(ctx);
        }
        ctx.result(body.get());
        return true;
    }

    private static byte[] read(String file) {
        try (InputStream in = StaticAssets.class.getResourceAsStream("/web/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource /web/" + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource /web/" + file, e);
        }
    }
}
