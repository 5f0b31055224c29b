package dev.faqindex.content;

import dev.faqindex.content.chunk.Chunker;
import dev.faqindex.content.html.HtmlSelectors;
import dev.faqindex.content.parse.ArticleOutline;
import dev.faqindex.content.parse.ContentFormatException;
import dev.faqindex.content.parse.SourceText;
import dev.faqindex.content.source.ContentFolder;
import dev.faqindex.content.source.Fingerprint;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Loads a content folder into articles and chunks.
 *
 * <p>Files are visited as {@link ContentFolder} lists them and read by the parser {@link ContentFormats} names for
 * their extension. A file that cannot be read or parsed, or that is empty (emptied by mistake, or caught
 * half-written), becomes a {@link ContentProblem} and the other files still load; a folder given as a symbolic link is
 * read where it points. {@link #load} holds the whole folder in memory; {@link #read} streams it file by file,
 * and {@link #readAhead} does so with the parsing on a second thread.
 */
public final class ContentLoader {

    /** Files {@link #readAhead} parses ahead of the sink. */
    static final int READ_AHEAD = 32;

    private final int maxChunkChars;
    private final HtmlSelectors htmlSelectors;
    private final InternalFolders internalFolders;
    private final Chunker chunker;
    private final ContentFormats formats;

    /**
     * A loader that finds the main content of HTML pages by their own markup and treats no folder as internal.
     *
     * @param maxChunkChars the longest chunk body; longer sections are split (at least 40)
     * @throws IllegalArgumentException if {@code maxChunkChars} is below 40
     */
    public ContentLoader(int maxChunkChars) {
        this(maxChunkChars, HtmlSelectors.NONE, InternalFolders.NONE);
    }

    /**
     * A loader that treats no folder as internal.
     *
     * @param maxChunkChars the longest chunk body; longer sections are split (at least 40)
     * @param htmlSelectors where HTML pages keep their main content, and what in it to leave out
     * @throws IllegalArgumentException if {@code maxChunkChars} is below 40
     */
    public ContentLoader(int maxChunkChars, HtmlSelectors htmlSelectors) {
        this(maxChunkChars, htmlSelectors, InternalFolders.NONE);
    }

    /**
     * @param maxChunkChars the longest chunk body; longer sections are split (at least 40)
     * @param htmlSelectors where HTML pages keep their main content, and what in it to leave out
     * @param internalFolders the folders whose pages are internal unless they say otherwise
     * @throws IllegalArgumentException if {@code maxChunkChars} is below 40
     */
    public ContentLoader(int maxChunkChars, HtmlSelectors htmlSelectors, InternalFolders internalFolders) {
        this.maxChunkChars = maxChunkChars;
        this.htmlSelectors = htmlSelectors;
        this.internalFolders = internalFolders;
        this.chunker = new Chunker(maxChunkChars);
        this.formats = new ContentFormats(htmlSelectors);
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
        List<FileOutcome> outcomes = new ArrayList<>();
        String fingerprint = read(dir, file -> {
            problems.addAll(file.problems());
            int known = problems.size();
            Optional<Article> kept = file.article().map(article -> duplicates.keep(article, problems));
            kept.ifPresent(articles::add);
            outcomes.add(FileOutcome.of(file, kept.isPresent(), false, problems.size() > known));
        });
        return new LoadedContent(articles, problems, fingerprint, ContentTally.of(outcomes));
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
        ContentFolder folder = folder(dir);
        List<ContentProblem> walkProblems = new ArrayList<>();
        List<Path> files = folder.files(walkProblems);
        for (ContentProblem problem : walkProblems) {
            sink.accept(new ContentFile(problem.file(), folder.relativeName(problem.file()), Optional.empty(),
                    List.of(problem)));
        }
        Fingerprint fingerprint = new Fingerprint();
        for (Path file : files) {
            String relative = folder.relativeName(file);
            List<ContentProblem> problems = new ArrayList<>();
            Optional<Article> article = Optional.empty();
            try {
                byte[] bytes = Files.readAllBytes(file);
                fingerprint.addFile(relative, bytes);
                if (blank(bytes)) {
                    problems.add(new ContentProblem(file, 0, "the file is empty; delete it to remove its article"));
                } else {
                    article = parse(folder, file, bytes, problems)
                            .map(outline -> outline.withVisibility(internalFolders.of(relative, outline.visibility())))
                            .map(chunker::chunk)
                            .map(chunked -> SafeLinks.inArticle(chunked, file, problems));
                }
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
     * A SHA-256 (hex) over the relative paths and bytes of every content file under {@code dir}, the chunk size
     * bound and the HTML selectors: equal fingerprints mean an index built from one is current for the other. Reads
     * the files without parsing them.
     */
    public String fingerprint(Path dir) throws IOException {
        ContentFolder folder = folder(dir);
        Fingerprint fingerprint = new Fingerprint();
        for (Path file : folder.files(new ArrayList<>())) {
            try {
                fingerprint.addFile(folder.relativeName(file), Files.readAllBytes(file));
            } catch (IOException e) {
                // Left out, as read() leaves it out: the file is reported when the content is read.
            }
        }
        return finish(fingerprint);
    }

    /** Whether a file holds nothing but white space: emptied by mistake, or caught half-written. */
    private static boolean blank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t' && b != (byte) 0xEF && b != (byte) 0xBB
                    && b != (byte) 0xBF) {
                return false;
            }
        }
        return true;
    }

    private ContentFolder folder(Path dir) {
        return new ContentFolder(dir, formats.extensions());
    }

    /** The fingerprint of the files and of the settings that shape what is read from them. */
    private String finish(Fingerprint fingerprint) {
        String settings = Integer.toString(maxChunkChars);
        if (!htmlSelectors.equals(HtmlSelectors.NONE)) {
            settings += "\nhtml main: " + htmlSelectors.main() + "\nhtml ignore: " + htmlSelectors.ignore();
        }
        String internal = internalFolders.describe();
        if (!internal.isEmpty()) {
            settings += "\ninternal folders: " + internal;
        }
        return fingerprint.finish(settings);
    }

    private Optional<ArticleOutline> parse(ContentFolder folder, Path file, byte[] bytes,
            List<ContentProblem> problems) {
        try {
            return formats.parser(ContentFolder.extension(file)).orElseThrow()
                    .parse(SourceText.decode(folder.dir(), file, folder.relativeName(file), bytes), problems);
        } catch (ContentFormatException e) {
            problems.add(new ContentProblem(file, e.line(), e.getMessage() + "; the file is skipped"));
            return Optional.empty();
        }
    }
}
