package dev.faqindex.content;

import java.io.IOException;
import java.io.InterruptedIOException;
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
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Loads a content folder into articles and chunks.
 *
 * <p>Files are visited recursively in sorted order of their relative paths and read by extension: {@code .md} and
 * {@code .markdown} as Markdown, {@code .txt} as plain-text articles, {@code .json} (an array) and {@code .jsonl} (one
 * object per line) as FAQ entries. Hidden files and folders, files named {@code synonyms.txt} (read by the search
 * layer) and other extensions are ignored. A file that cannot be read or parsed becomes a {@link ContentProblem} and
 * the other files still load. {@link #load} holds the whole folder in memory; {@link #read} streams it file by file,
 * and {@link #readAhead} does so with the parsing on a second thread.
 */
public final class ContentLoader {

    private static final String SYNONYMS_FILE = "synonyms.txt";
    /** Files {@link #readAhead} parses ahead of the sink. */
    static final int READ_AHEAD = 32;

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
     * Reads every content file under {@code dir} into memory.
     *
     * @throws IOException only when {@code dir} itself is missing, not a folder, or cannot be listed
     */
    public LoadedContent load(Path dir) throws IOException {
        List<Article> articles = new ArrayList<>();
        List<ContentProblem> problems = new ArrayList<>();
        DuplicateFilter duplicates = new DuplicateFilter();
        String fingerprint = read(dir, file -> {
            problems.addAll(file.problems());
            file.article().flatMap(article -> duplicates.keep(article, problems)).ifPresent(articles::add);
        });
        return new LoadedContent(articles, problems, fingerprint);
    }

    /**
     * Reads the content files under {@code dir} one at a time, in sorted order of their relative paths, handing
     * each to {@code sink} as it is parsed, so that a folder of any size can be indexed in bounded memory. Slugs and
     * chunk ids are not checked for duplicates here ({@link DuplicateFilter} does that).
     *
     * @return the fingerprint of the files read, as {@link #fingerprint(Path)} gives it
     * @throws IOException when {@code dir} itself is missing, not a folder, or cannot be listed, or when
     *     {@code sink} fails
     */
    public String read(Path dir, ContentSink sink) throws IOException {
        List<ContentProblem> walkProblems = new ArrayList<>();
        List<Path> files = contentFiles(dir, walkProblems);
        for (ContentProblem problem : walkProblems) {
            sink.accept(new ContentFile(problem.file(), relativeName(dir, problem.file()), Optional.empty(),
                    List.of(problem)));
        }
        MessageDigest fingerprint = sha256();
        for (Path file : files) {
            String relative = relativeName(dir, file);
            List<ContentProblem> problems = new ArrayList<>();
            Optional<Article> article = Optional.empty();
            try {
                byte[] bytes = Files.readAllBytes(file);
                addToFingerprint(fingerprint, relative, bytes);
                article = parse(file, bytes, problems).map(chunker::chunk);
            } catch (IOException e) {
                problems.add(new ContentProblem(file, 0, "cannot read the file: " + e));
            }
            sink.accept(new ContentFile(file, relative, article, problems));
        }
        return finish(fingerprint);
    }

    /**
     * Like {@link #read}, but a background thread reads and parses the next files (at most {@value #READ_AHEAD}
     * ahead) while {@code sink} handles the current one, so that parsing and indexing run on two cores. The sink
     * still receives every file in order, on the calling thread; a failure of either side stops both and is thrown
     * here.
     */
    public String readAhead(Path dir, ContentSink sink) throws IOException {
        BlockingQueue<ReadAhead> queue = new ArrayBlockingQueue<>(READ_AHEAD);
        Thread reader = Thread.ofPlatform().name("faq-index-content-reader").daemon()
                .start(() -> readInto(dir, queue));
        try {
            while (true) {
                ReadAhead next = queue.take();
                if (next.file() != null) {
                    sink.accept(next.file());
                } else if (next.failure() != null) {
                    throw rethrown(next.failure());
                } else {
                    return next.fingerprint();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading " + dir);
        } finally {
            reader.interrupt(); // stops a reader still running because the sink failed; harmless after the end
            joinQuietly(reader);
        }
    }

    /** One item handed from the reading thread: a file, or the end (the fingerprint), or the failure. */
    private record ReadAhead(ContentFile file, String fingerprint, Throwable failure) {
    }

    private void readInto(Path dir, BlockingQueue<ReadAhead> queue) {
        ReadAhead last;
        try {
            last = new ReadAhead(null, read(dir, file -> {
                try {
                    queue.put(new ReadAhead(file, null, null));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("reading stopped");
                }
            }), null);
        } catch (IOException | RuntimeException | Error e) {
            last = new ReadAhead(null, null, e);
        }
        if (!Thread.currentThread().isInterrupted()) {
            try {
                queue.put(last);
            } catch (InterruptedException e) {
                // the consumer has stopped and is not waiting for the end any more
            }
        }
    }

    private static IOException rethrown(Throwable failure) {
        if (failure instanceof IOException io) {
            return io;
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        throw (Error) failure;
    }

    private static void joinQuietly(Thread thread) {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A SHA-256 (hex) over the relative paths and bytes of every content file under {@code dir} and the chunk size
     * bound: equal fingerprints mean an index built from one is current for the other. Reads the files without
     * parsing them.
     */
    public String fingerprint(Path dir) throws IOException {
        List<Path> files = contentFiles(dir, new ArrayList<>());
        MessageDigest fingerprint = sha256();
        for (Path file : files) {
            try {
                addToFingerprint(fingerprint, relativeName(dir, file), Files.readAllBytes(file));
            } catch (IOException e) {
                // Left out, as read() leaves it out: the file is reported when the content is read.
            }
        }
        return finish(fingerprint);
    }

    private String finish(MessageDigest fingerprint) {
        fingerprint.update(Integer.toString(maxChunkChars).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(fingerprint.digest());
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
        if (!Files.exists(dir)) {
            throw new NoSuchFileException(dir.toString(), null, "content folder does not exist");
        }
        if (!Files.isDirectory(dir)) {
            throw new NotDirectoryException(dir.toString());
        }
        if (!Files.isReadable(dir)) {
            throw new AccessDeniedException(dir.toString(), null, "content folder cannot be read");
        }
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
    static String relativeName(Path dir, Path file) {
        return dir.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
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
