package dev.faqindex.content.template;

import dev.faqindex.content.ContentProblem;
import dev.faqindex.content.parse.SourceText;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the files that include tags name, only from inside the content folder: {@code /x.md} from its top,
 * {@code x.md} next to the including file, then from the top, then from Jekyll's {@code _includes/}. Front matter of
 * an included file is left out. A file that cannot be found is reported against the including file.
 */
final class Includes {

    private static final Set<String> READABLE = Set.of("md", "markdown", "html", "htm", "txt");
    private static final long MAX_BYTES = 1 << 20;

    private final SourceText source;
    private final List<ContentProblem> problems;

    Includes(SourceText source, List<ContentProblem> problems) {
        this.source = source;
        this.problems = problems;
    }

    /** The body of the named file, or empty (reported) when there is no such file in the content folder. */
    Optional<String> read(String name) {
        String clean = name.strip();
        for (Path candidate : candidates(clean)) {
            Optional<String> text = readInside(candidate);
            if (text.isPresent()) {
                return text.map(Includes::withoutFrontMatter);
            }
        }
        problems.add(new ContentProblem(source.file(), 0,
                "included file '" + clean + "' is not in the content folder; the include is left out"));
        return Optional.empty();
    }

    private List<Path> candidates(String name) {
        Path root = source.root();
        if (name.startsWith("/")) {
            return List.of(root.resolve(name.substring(1)));
        }
        Path folder = source.file().getParent() == null ? root : source.file().getParent();
        return List.of(folder.resolve(name), root.resolve(name), root.resolve("_includes").resolve(name));
    }

    private Optional<String> readInside(Path candidate) {
        try {
            Path root = source.root().toRealPath();
            Path file = candidate.normalize();
            if (!Files.isRegularFile(file) || !file.toRealPath().startsWith(root) || !readable(file)
                    || Files.size(file) > MAX_BYTES) {
                return Optional.empty();
            }
            return Optional.of(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString());
        } catch (IOException e) { // unreadable, or not UTF-8 (CharacterCodingException): not an includable file
            return Optional.empty();
        }
    }

    private static boolean readable(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && READABLE.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static String withoutFrontMatter(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<String> lines = body.lines().toList();
        if (lines.isEmpty()) {
            return body;
        }
        String delimiter = lines.getFirst().stripTrailing();
        if (!delimiter.equals("---") && !delimiter.equals("+++")) {
            return body;
        }
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).stripTrailing().equals(delimiter)) {
                return String.join("\n", lines.subList(i + 1, lines.size()));
            }
        }
        return body;
    }
}
