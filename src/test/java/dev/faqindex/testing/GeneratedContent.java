package dev.faqindex.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Writes large content folders for fault and load tests, from the sentences of the project's own article
 * ({@code content/}) recombined with a fixed seed: the same arguments always give the same files. Every article is a
 * Markdown file with {@code sectionsPerArticle} short sections, each one chunk.
 */
public final class GeneratedContent {

    private final List<String> sentences;

    private GeneratedContent(List<String> sentences) {
        this.sentences = sentences;
    }

    /** A generator over the sentences of the project's own content folder. */
    public static GeneratedContent fromOwnContent() {
        try (var files = Files.list(Paths.content())) {
            List<String> sentences = files.filter(f -> f.toString().endsWith(".md"))
                    .flatMap(GeneratedContent::sentencesOf)
                    .toList();
            return new GeneratedContent(sentences);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static java.util.stream.Stream<String> sentencesOf(Path file) {
        try {
            String body = Files.readString(file).replaceFirst("(?s)^---.*?---", "");
            return Arrays.stream(body.split("(?<=[.!?])\\s+|\\n+"))
                    .map(s -> s.replaceAll("^[-#*\\s]+|\\*\\*", "").strip())
                    .filter(s -> s.length() > 40 && s.endsWith("."));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code articles} articles named {@code prefix-N.md} into {@code dir} (created), using {@code seed}. */
    public void write(Path dir, String prefix, int articles, int sectionsPerArticle, long seed) throws IOException {
        Files.createDirectories(dir);
        Random random = new Random(seed);
        for (int a = 0; a < articles; a++) {
            StringBuilder text = new StringBuilder();
            text.append("---\ntitle: ").append(titleCase(words(random, 4))).append(" (part ").append(a + 1)
                    .append(")\nslug: ").append(prefix).append('-').append(a + 1).append("\n---\n\n");
            for (int s = 0; s < sectionsPerArticle; s++) {
                text.append("## ").append(titleCase(words(random, 3))).append(' ').append(s + 1).append("\n\n");
                for (int i = 0; i < 3; i++) {
                    text.append(sentences.get(random.nextInt(sentences.size()))).append(' ');
                }
                text.append("\n\n");
            }
            Files.writeString(dir.resolve(prefix + "-" + (a + 1) + ".md"), text);
        }
    }

    private String words(Random random, int count) {
        String[] words = sentences.get(random.nextInt(sentences.size())).replaceAll("[^\\p{L} ]", "").split(" +");
        int start = random.nextInt(Math.max(1, words.length - count));
        return String.join(" ", Arrays.asList(words).subList(start, Math.min(words.length, start + count)));
    }

    private static String titleCase(String text) {
        return text.isEmpty() ? "Notes" : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
