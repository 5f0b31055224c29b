package dev.faqindex.content.parse;

import java.text.Normalizer;
import java.util.Arrays;
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
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return folded.toLowerCase(Locale.ROOT)
                .replaceAll("['\u2018\u2019]", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
    }

    /** The file name without its last extension. */
    public static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    /** The article slug for a file name, {@code "article"} when nothing usable is left. */
    public static String fromFileName(String fileName) {
        String slug = slugify(baseName(fileName));
        return slug.isEmpty() ? "article" : slug;
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
