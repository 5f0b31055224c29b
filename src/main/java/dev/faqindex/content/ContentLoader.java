package dev.faqindex.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Loads a content folder into articles and chunks.
 *
 * <p>Files are visited recursively in sorted order of their relative paths and read by extension: {@code .md} and
 * {@code .markdown} as Markdown, {@code .txt} as plain-text articles, {@code .json} (an array) and {@code .jsonl} (one
 * object per line) as FAQ entries. Hidden files and folders, files named {@code synonyms.txt} (read by the search
 * layer) and other extensions are ignored. A file that cannot be read or parsed becomes a {@link ContentProblem} and
 * the other files still load; so do chunk ids and article slugs already used by an earlier file (the later ones are
 * dropped).
 */
public final class ContentLoader {

    private static final String SYNONYMS_FILE = "synonyms.txt";

    private final int maxChunkChars;
    private final Chunker chunker;
    private final Map<String, ArticleParser> parsersByExtension;

    /**
     * @param maxChunkChars the longest chunk body; longer sections are split (at least 40)
     * @throws IllegalArgumentException if {@code maxChunkChars} is below 40
     */
    public ContentLoader(int maxChunkChars) {
        this.maxChunkChars = maxChunkChars;
        this.chunker = new Chunker(maxChunkChars);
        ArticleParser markdown = new MarkdownArticleParser();
        this.parsersByExtension = Map.of(
                "md", markdown,
                "markdown", markdown,
                "txt", new PlainTextArticleParser(),
                "json", new JsonFaqParser(false),
                "jsonl", new JsonFaqParser(true));
    }

    /**
     * Reads every content file under {@code dir}.
     *
     * @throws IOException only when {@code dir} itself is missing, not a folder, or cannot be listed
     */
    public LoadedContent load(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            throw new NoSuchFileException(dir.toString(), null, "content folder does not exist");
        }
        if (!Files.isDirectory(dir)) {
            throw new NotDirectoryException(dir.toString());
        }
        if (!Files.isReadable(dir)) {
            throw new AccessDeniedException(dir.toString(), null, "content folder cannot be read");
        }
        List<ContentProblem> problems = new ArrayList<>();
        List<Path> files = contentFiles(dir, problems);
        MessageDigest fingerprint = sha256();
        List<Article> articles = new ArrayList<>();
        for (Path file : files) {
            String relative = relativeName(dir, file);
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                problems.add(new ContentProblem(file, 0, "cannot read the file: " + e));
                continue;
            }
            addToFingerprint(fingerprint, relative, bytes);
            parse(file, bytes, problems).map(chunker::chunk).ifPresent(articles::add);
        }
        fingerprint.update(Integer.toString(maxChunkChars).getBytes(StandardCharsets.UTF_8));
        return new LoadedContent(withoutDuplicates(articles, problems), problems,
                HexFormat.of().formatHex(fingerprint.digest()));
    }

    private Optional<ArticleOutline> parse(Path file, byte[] bytes, List<ContentProblem> problems) {
        ArticleParser parser = parsersByExtension.get(extension(file));
        try {
            return parser.parse(SourceText.decode(file, bytes), problems);
        } catch (ContentFormatException e) {
            problems.add(new ContentProblem(file, e.line(), e.getMessage() + "; the file is skipped"));
            return Optional.empty();
        }
    }

    /** The content files under {@code dir}, sorted by relative path; unreadable folders become problems. */
    private List<Path> contentFiles(Path dir, List<ContentProblem> problems) throws IOException {
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attrs) {
                return !folder.equals(dir) && isHidden(folder) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && isContentFile(file)) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (file.equals(dir)) {
                    throw e;
                }
                problems.add(new ContentProblem(file, 0, "cannot read: " + e));
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort((a, b) -> relativeName(dir, a).compareTo(relativeName(dir, b)));
        return files;
    }

    private boolean isContentFile(Path file) {
        String name = file.getFileName().toString();
        return !isHidden(file)
                && !name.equalsIgnoreCase(SYNONYMS_FILE)
                && parsersByExtension.containsKey(extension(file));
    }

    private static boolean isHidden(Path path) {
        return path.getFileName().toString().startsWith(".");
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    /** The path below {@code dir} with {@code /} separators, the same on every platform. */
    private static String relativeName(Path dir, Path file) {
        return dir.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    /**
     * Drops articles whose slug, and chunks whose id, an earlier file already used, reporting each against the
     * later file; positions are renumbered so they stay consecutive.
     */
    private static List<Article> withoutDuplicates(List<Article> articles, List<ContentProblem> problems) {
        Map<String, Path> slugOwners = new HashMap<>();
        Map<String, Path> idOwners = new HashMap<>();
        List<Article> kept = new ArrayList<>();
        for (Article article : articles) {
            Path slugOwner = slugOwners.putIfAbsent(article.slug(), article.source());
            if (slugOwner != null) {
                problems.add(new ContentProblem(article.source(), 0,
                        "duplicate slug '" + article.slug() + "', already used by " + slugOwner
                                + "; the file is skipped"));
                continue;
            }
            List<Chunk> chunks = new ArrayList<>();
            Set<String> reported = new HashSet<>();
            for (Chunk chunk : article.chunks()) {
                Path idOwner = idOwners.putIfAbsent(chunk.id(), article.source());
                if (idOwner == null) {
                    chunks.add(renumbered(chunk, chunks.size()));
                } else if (reported.add(chunk.id())) {
                    problems.add(new ContentProblem(article.source(), 0,
                            "duplicate chunk id '" + chunk.id() + "', already used by " + idOwner
                                    + "; the later chunk is dropped"));
                }
            }
            kept.add(new Article(article.slug(), article.title(), article.tags(), article.source(), chunks));
        }
        return kept;
    }

    private static Chunk renumbered(Chunk chunk, int position) {
        return chunk.position() == position ? chunk : new Chunk(chunk.id(), chunk.type(), chunk.articleSlug(),
                chunk.articleTitle(), chunk.title(), chunk.breadcrumb(), chunk.anchor(), chunk.url(), chunk.body(),
                chunk.tags(), position);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    /** Path and content, each preceded by its length so that no two different file sets hash alike. */
    private static void addToFingerprint(MessageDigest digest, String relativeName, byte[] bytes) {
        byte[] name = relativeName.getBytes(StandardCharsets.UTF_8);
        digest.update(lengthPrefix(name.length));
        digest.update(name);
        digest.update(lengthPrefix(bytes.length));
        digest.update(bytes);
    }

    private static byte[] lengthPrefix(long length) {
        return Long.toString(length).concat(":").getBytes(StandardCharsets.UTF_8);
    }
}
