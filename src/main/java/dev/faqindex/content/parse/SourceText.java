package dev.faqindex.content.parse;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The decoded text of one content file.
 *
 * @param root the content folder the file was read from (includes and links are resolved in it)
 * @param file the file
 * @param path the file's path below the content folder, with {@code /} separators
 * @param text its UTF-8 text, without a byte-order mark
 */
public record SourceText(Path root, Path file, String path, String text) {

    /** Decodes strict UTF-8; text that is not valid UTF-8 or holds NUL characters is rejected with its line. */
    public static SourceText decode(Path root, Path file, String path, byte[] bytes) throws ContentFormatException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes);
        String text;
        try {
            text = decoder.decode(input).toString();
        } catch (CharacterCodingException e) {
            throw new ContentFormatException(lineAt(bytes, input.position()),
                    "not UTF-8 text (invalid bytes near offset " + input.position() + "); save the file as UTF-8");
        }
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            throw new ContentFormatException(lineOf(text, nul), "binary data (NUL character), not a text file");
        }
        return new SourceText(root, file, path, text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    /** The text's lines, without line terminators ({@code \n}, {@code \r\n} or {@code \r}). */
    public List<String> lines() {
        return text.lines().toList();
    }

    /** The article slug its path gives ({@link Slugs#fromPath}). */
    public String pathSlug() {
        return Slugs.fromPath(path);
    }

    /** The file's own name, such as {@code faq.jsonl}. */
    public String fileName() {
        return file.getFileName().toString();
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < Math.min(offset, bytes.length); i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int lineOf(CharSequence text, int index) {
        return (int) text.subSequence(0, index).chars().filter(c -> c == '\n').count() + 1;
    }
}
