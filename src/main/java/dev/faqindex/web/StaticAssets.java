package dev.faqindex.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The search page's scripts (ES modules) and stylesheet, and the widget script: a fixed list of files under
 * {@code /web/} on the classpath, read once and served with their content type. Nothing else on the classpath is
 * reachable. The widget, loaded by other sites with a plain script tag, is served as one script: its source with the
 * page's snippet sanitiser bundled in ({@link ScriptBundle}). The admin dashboard's files ({@link #ADMIN_FILES})
 * include the charting library, read from its WebJar on the class path: nothing is loaded from another site.
 */
final class StaticAssets {

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml",
            "txt", "text/plain; charset=utf-8");

    /** The files served as they are, by their path under {@code /web/} (without leading slash). */
    static final List<String> FILES = List.of(
            "assets/site.css",
            "assets/favicon.svg",
            "assets/article.js",
            "assets/search.js",
            "assets/api.js",
            "assets/agent.js",
            "assets/state.js",
            "assets/dom.js",
            "assets/results.js",
            "assets/answers.js",
            "assets/quick-answer.js",
            "assets/suggestions.js",
            "assets/selection.js",
            "assets/keys.js",
            "assets/links.js",
            "assets/snippets.js");
    /** The modules of the widget, those it imports first. */
    static final List<String> WIDGET_MODULES = List.of("assets/snippets.js", "widget.js");
    /** Where the uPlot WebJar keeps its files on the class path. */
    static final String UPLOT = "/META-INF/resources/webjars/uplot/1.6.30/";
    /**
     * The admin dashboard's files, by the name they are served as: its own, and uPlot's (the charting library, from
     * its WebJar) with uPlot's licence.
     */
    static final Map<String, String> ADMIN_FILES = Map.of(
            "admin/dashboard.js", "/web/admin/dashboard.js",
            "admin/charts.js", "/web/admin/charts.js",
            "admin/tables.js", "/web/admin/tables.js",
            "admin/admin.css", "/web/admin/admin.css",
            "admin/uplot.js", UPLOT + "dist/uPlot.iife.min.js",
            "admin/uplot.css", UPLOT + "dist/uPlot.min.css",
            "admin/uplot-licence.txt", UPLOT + "LICENSE");

    private final Map<String, byte[]> contents;

    StaticAssets() {
        Map<String, byte[]> files = new HashMap<>();
        FILES.forEach(file -> files.put(file, read(file)));
        String widget = ScriptBundle.of(WIDGET_MODULES.stream()
                .map(file -> new ScriptBundle.Module(file, new String(read(file), StandardCharsets.UTF_8))).toList());
        files.put("widget.js", widget.getBytes(StandardCharsets.UTF_8));
        ADMIN_FILES.forEach((name, resource) -> files.put(name, readResource(resource)));
        this.contents = Map.copyOf(files);
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
        return readResource("/web/" + file);
    }

    private static byte[] readResource(String resource) {
        try (InputStream in = StaticAssets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + resource, e);
        }
    }
}
