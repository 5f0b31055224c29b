package dev.faqindex.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Serves the images and other media that articles show from the content folder, under
 * {@code /content/<path>}: only files of known media types, only inside the folder (no {@code ..}, no hidden
 * files, no symbolic link out of it), never the content files themselves. SVG is sent with a sandboxing policy so
 * that a script in it can never run on this origin.
 */
final class ContentFiles {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"), Map.entry("avif", "image/avif"),
            Map.entry("svg", "image/svg+xml"), Map.entry("ico", "image/x-icon"), Map.entry("pdf", "application/pdf"),
            Map.entry("mp4", "video/mp4"), Map.entry("webm", "video/webm"));
    private static final long MAX_BYTES = 32L << 20;

    private final Optional<Path> root;

    /** @param root the content folder; empty serves nothing */
    ContentFiles(Optional<Path> root) {
        this.root = root;
    }

    /** Answers with the file, or returns false when there is no such media file to serve. */
    boolean serve(String relative, Context ctx) throws IOException {
        Optional<Path> file = resolve(relative);
        if (file.isEmpty()) {
            return false;
        }
        String type = TYPES.get(extension(file.get()));
        ctx.status(HttpStatus.OK).contentType(type);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Cache-Control", "public, max-age=300");
        ctx.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox");
        ctx.result(Files.readAllBytes(file.get()));
        return true;
    }

    private Optional<Path> resolve(String relative) throws IOException {
        if (root.isEmpty() || relative.isBlank() || relative.contains("\\") || relative.contains("\0")) {
            return Optional.empty();
        }
        for (String part : relative.split("/")) {
            if (part.isEmpty() || part.startsWith(".")) {
                return Optional.empty();
            }
        }
        Path folder = root.get().toRealPath();
        Path file = folder.resolve(relative).normalize();
        if (!file.startsWith(folder) || !Files.isRegularFile(file) || !TYPES.containsKey(extension(file))
                || !file.toRealPath().startsWith(folder) || Files.size(file) > MAX_BYTES) {
            return Optional.empty();
        }
        return Optional.of(file);
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }
}
