package dev.faqindex.semantic;

import dev.faqindex.content.Chunk;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The text of a chunk that is embedded (breadcrumb, which ends with the title, then the body) and its hash, which
 * identifies an embedding so an unchanged chunk keeps its vector across rebuilds.
 *
 * @param text what the model reads
 * @param hash SHA-256 of the model name and the text, hex
 */
public record EmbeddingText(String text, String hash) {

    /** The embedded text of {@code chunk} for {@code embedder}'s model. */
    public static EmbeddingText of(Chunk chunk, TextEmbedder embedder) {
        String text = String.join(" > ", chunk.breadcrumb()) + "\n" + chunk.body();
        return new EmbeddingText(text, sha256(embedder.modelName() + "\n" + text));
    }

    /**
     * The text of {@code chunk}'s title embedded alone: the FAQ question or the section heading, which a question
     * often paraphrases more closely than the whole text.
     */
    public static String titleOf(Chunk chunk) {
        return chunk.title();
    }

    private static String sha256(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
