package dev.faqindex.content.parse;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Turns headings and file names into URL-safe slugs, and file names into readable titles. */
public final class Slugs {

    private Slugs() {}

    /**
     * Lower-case ASCII slug: accents folded, apostrophes dropped, every other run of non-alphanumerics becomes one
     * {@code -}, no leading or trailing {@code -}. May be empty.
     */
    public static String slugify(String text) {
        return fold(text, "[^a-z0-9]+");
    }

    /** The file name without its last extension. */
    public static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    /**
     * The article slug of a file's path below the content folder: each folder and the file name (without its
     * extension) as {@link #pathSegment}, joined with {@code /}; {@code index} and {@code _index} files stand for
     * their folder. {@code user/Profile.md} is {@code user/profile}; {@code guides/_index.md} is {@code guides}; the
     * content folder's own index is {@code index}.
     */
    public static String fromPath(String relativePath) {
        List<String> segments = new ArrayList<>(List.of(relativePath.split("/")));
        String file = baseName(segments.removeLast());
        if (!file.equalsIgnoreCase("index") && !file.equalsIgnoreCase("_index")) {
            segments.add(file);
        }
        return join(segments);
    }

    /** The slug of a URL path such as {@code /commands/hugo_mod_tidy/} (query, fragment and {@code .html} dropped). */
    public static String fromUrl(String url) {
        String path = url.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*", "").replaceFirst("[?#].*$", "")
                .replaceFirst("(?i)\\.html?$", "");
        return join(List.of(path.split("/")));
    }

    /** A path slug whose last part is replaced by {@code slug} (front matter's {@code slug} key). */
    public static String withLastPart(String pathSlug, String slug) {
        int slash = pathSlug.lastIndexOf('/');
        String part = pathSegment(slug);
        if (part.isEmpty()) {
            return pathSlug;
        }
        return slash < 0 || pathSlug.equals("index") ? part : pathSlug.substring(0, slash + 1) + part;
    }

    /**
     * One part of a path slug: accents folded, lower case, apostrophes dropped, every run of characters other than
     * letters, digits and {@code _} one {@code -}, none at either end. May be empty.
     */
    public static String pathSegment(String text) {
        return fold(text, "[^a-z0-9_]+");
    }

    /** Accents folded, lower case, apostrophes dropped, each run matching {@code separators} one {@code -}. */
    private static String fold(String text, String separators) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return folded.toLowerCase(Locale.ROOT)
                .replaceAll("['\u2018\u2019]", "")
                .replaceAll(separators, "-")
                .replaceAll("^-+|-+$", "");
    }

    private static String join(List<String> segments) {
        String slug = segments.stream().map(Slugs::pathSegment).filter(s -> !s.isEmpty())
                .collect(Collectors.joining("/"));
        return slug.isEmpty() ? "index" : slug;
    }

    /**
     * A title for a page that gives none, from its path below the content folder: the file name
     * ({@link #titleFromFileName}), or the folder's name for an {@code index} or {@code _index} file.
     */
    public static String titleFromPath(String path) {
        String[] parts = path.split("/");
        String name = baseName(parts[parts.length - 1]);
        if ((name.equalsIgnoreCase("index") || name.equalsIgnoreCase("_index")) && parts.length > 1) {
            return titleFromFileName(parts[parts.length - 2]);
        }
        return titleFromFileName(parts[parts.length - 1]);
    }

    /** {@code lower-back-pain.txt} becomes {@code "Lower Back Pain"}. */
    public static String titleFromFileName(String fileName) {
        String title = Arrays.stream(baseName(fileName).split("[-_\\s]+"))
                .filter(word -> !word.isEmpty())
                .map(word -> word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1))
                .collect(Collectors.joining(" "));
        return title.isEmpty() ? fileName : title;
    }
}
