package dev.faqindex.search;

import dev.faqindex.content.Visibility;
import dev.faqindex.index.ChunkFields;
import dev.faqindex.index.EnglishTextAnalyzer;
import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.suggest.Lookup;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Search-as-you-type completions from the questions and headings in the index ({@link AnalyzingInfixSuggester}:
 * any word of a title may match, the last typed word as a prefix). The suggester lives in memory and is rebuilt on a
 * background thread when the index it was built from is replaced (about 20 s for a million chunks), the previous
 * one answering meanwhile. FAQ questions rank above section headings.
 */
public final class TitleSuggester implements Closeable {

    private static final long FAQ_WEIGHT = 2;
    private static final long SECTION_WEIGHT = 1;
    private static final char PAYLOAD_SEPARATOR = '\u001F';
    private static final Logger LOG = LoggerFactory.getLogger(TitleSuggester.class);
    private static final Set<BytesRef> PUBLIC_ONLY = Set.of(new BytesRef(Visibility.PUBLIC.label()));

    /** How long a suggestion waits for a suggester being built before answering from the one it has. */
    static final Duration MAX_WAIT_FOR_BUILD = Duration.ofMillis(500);

    private final Searchers searchers;
    private final ExecutorService builder;
    private final Duration maxWait;
    /** The newest suggester built; guarded by this. */
    private Built built;
    /** The suggester replaced last: a lookup that fetched it just before may still be running on it. */
    private Built retired;
    /** The build running or done last, unless it failed; guarded by this. */
    private Building building;
    private boolean closed;

    private record Built(long readerVersion, MarkingSuggester suggester, int entries) {
    }

    /** A build of the suggester of the commit with {@code readerVersion}. */
    private record Building(long readerVersion, CompletableFuture<Built> result) {
    }

    public TitleSuggester(SearcherManager searchers) {
        this(searchers, Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "title-suggester-build");
            thread.setDaemon(true);
            return thread;
        }), MAX_WAIT_FOR_BUILD);
    }

    /** Builds on {@code builder} (shut down on {@link #close()}); suggestions wait at most {@code maxWait} for one. */
    TitleSuggester(SearcherManager searchers, ExecutorService builder, Duration maxWait) {
        this.searchers = new Searchers(searchers);
        this.builder = builder;
        this.maxWait = maxWait;
    }

    /** Up to {@code limit} completions of {@code prefix} from public titles. */
    public List<Suggestion> suggest(String prefix, int limit) throws IOException {
        return suggest(prefix, limit, Audience.PUBLIC);
    }

    /**
     * Up to {@code limit} completions of {@code prefix}, best first, from the titles {@code audience} may see (each
     * title is entered with its chunk's visibility as its context, and the public looks up the public context only).
     * While the suggester of a new commit is being built (seconds for a million chunks), this waits at most
     * {@link #MAX_WAIT_FOR_BUILD} and then answers from the previous commit's suggester, or with none on the first
     * build.
     */
    public List<Suggestion> suggest(String prefix, int limit, Audience audience) throws IOException {
        if (prefix.isBlank()) {
            return List.of();
        }
        Optional<Built> current = current();
        if (current.isEmpty() || current.get().entries() == 0) {
            return List.of();
        }
        Set<BytesRef> contexts = audience == Audience.AGENT ? null : PUBLIC_ONLY;
        List<Suggestion> suggestions = new ArrayList<>();
        for (Lookup.LookupResult result : current.get().suggester().lookup(prefix, contexts, limit, true, true)) {
            String[] payload = result.payload.utf8ToString().split(String.valueOf(PAYLOAD_SEPARATOR), -1);
            suggestions.add(new Suggestion(result.key.toString(), (String) result.highlightKey,
                    payload[0], payload[1], payload[2], Visibility.INTERNAL.label().equals(payload[3])));
        }
        return suggestions;
    }

    /**
     * Starts building the suggester of {@code reader} in the background, unless one for it (or a newer commit) is
     * built or being built. Until the searchers switch to that reader, its suggester serves already: it is the newer
     * commit.
     */
    public void warm(IndexReader reader) {
        buildFor(reader);
    }

    private Optional<Built> current() throws IOException {
        CompletableFuture<Built> pending = searchers.use(searcher -> buildFor(searcher.getIndexReader()));
        try {
            return Optional.of(pending.get(maxWait.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            synchronized (this) {
                return Optional.ofNullable(built); // the previous commit's, while the new one's is built
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while the title suggester was being built");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
    }

    /** The suggester for {@code reader}'s commit or a newer one: built, being built, or started now. */
    private synchronized CompletableFuture<Built> buildFor(IndexReader reader) {
        long version = version(reader);
        if (built != null && built.readerVersion() >= version) {
            return CompletableFuture.completedFuture(built);
        }
        if (building != null && building.readerVersion() >= version) {
            return building.result();
        }
        if (closed) {
            return CompletableFuture.failedFuture(new IOException("the title suggester is closed"));
        }
        reader.incRef(); // the searchers may move on meanwhile; the reader stays open until the build is done
        CompletableFuture<Built> started = new CompletableFuture<>();
        Building thisBuild = new Building(version, started);
        building = thisBuild;
        builder.execute(() -> {
            try {
                Built fresh = build(reader, version);
                publish(fresh);
                started.complete(fresh);
            } catch (IOException | RuntimeException e) {
                LOG.warn("Building the title suggester failed; the next suggestion tries again", e);
                started.completeExceptionally(e);
                synchronized (this) {
                    if (building == thisBuild) {
                        building = null;
                    }
                }
            } finally {
                try {
                    reader.decRef();
                } catch (IOException e) {
                    LOG.warn("Releasing an index reader after building the title suggester failed", e);
                }
            }
        });
        return started;
    }

    private static long version(IndexReader reader) {
        return reader instanceof DirectoryReader directoryReader ? directoryReader.getVersion() : -1;
    }

    /** Serves {@code fresh} from now on (if newer); the one it replaces is closed at the next replacement. */
    private synchronized void publish(Built fresh) throws IOException {
        if (closed || (built != null && built.readerVersion() >= fresh.readerVersion())) {
            fresh.suggester().close();
            return;
        }
        if (retired != null) {
            retired.suggester().close();
        }
        retired = built;
        built = fresh;
    }

    private static Built build(IndexReader reader, long version) throws IOException {
        MarkingSuggester suggester = new MarkingSuggester();
        Set<String> seen = new HashSet<>();
        StoredFields stored = reader.storedFields();
        Set<String> fields = Set.of(ChunkFields.TITLE, ChunkFields.ID, ChunkFields.URL, ChunkFields.TYPE,
                ChunkFields.VISIBILITY);
        for (int doc = 0; doc < reader.maxDoc(); doc++) {
            Document document = stored.document(doc, fields);
            String title = document.get(ChunkFields.TITLE);
            String visibility = document.get(ChunkFields.VISIBILITY) == null ? Visibility.PUBLIC.label()
                    : document.get(ChunkFields.VISIBILITY);
            // The later parts of a split section share its title; a title both public and internal is entered for
            // each, so that the public completes it to its public chunk.
            if (title == null || title.isBlank() || !seen.add(visibility + PAYLOAD_SEPARATOR + title)) {
                continue;
            }
            String type = document.get(ChunkFields.TYPE);
            String payload = document.get(ChunkFields.ID) + PAYLOAD_SEPARATOR + document.get(ChunkFields.URL)
                    + PAYLOAD_SEPARATOR + type + PAYLOAD_SEPARATOR + visibility;
            suggester.add(new BytesRef(title), Set.of(new BytesRef(visibility)),
                    "faq".equals(type) ? FAQ_WEIGHT : SECTION_WEIGHT, new BytesRef(payload.getBytes(StandardCharsets.UTF_8)));
        }
        if (!seen.isEmpty()) {
            suggester.refresh();
        }
        return new Built(version, suggester, seen.size());
    }

    @Override
    public void close() throws IOException {
        synchronized (this) {
            closed = true;
        }
        builder.shutdown();
        try {
            if (!builder.awaitTermination(1, TimeUnit.MINUTES)) {
                LOG.warn("A title suggester build did not stop within a minute");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            try {
                if (retired != null) {
                    retired.suggester().close();
                }
            } finally {
                retired = null;
                if (built != null) {
                    built.suggester().close();
                    built = null;
                }
            }
        }
    }

    /** The infix suggester, with matches marked by {@code <mark>} and every other character HTML-escaped. */
    private static final class MarkingSuggester extends AnalyzingInfixSuggester {

        MarkingSuggester() throws IOException {
            super(new ByteBuffersDirectory(), EnglishTextAnalyzer.plainWords(), EnglishTextAnalyzer.plainWords(),
                    2, false, true, true);
        }

        @Override
        protected void addNonMatch(StringBuilder sb, String text) {
            HtmlText.escapeInto(sb, text);
        }

        @Override
        protected void addWholeMatch(StringBuilder sb, String surface, String analyzed) {
            sb.append("<mark>");
            HtmlText.escapeInto(sb, surface);
            sb.append("</mark>");
        }

        @Override
        protected void addPrefixMatch(StringBuilder sb, String surface, String analyzed, String prefixToken) {
            if (prefixToken.length() >= surface.length()) {
                addWholeMatch(sb, surface, analyzed);
                return;
            }
            sb.append("<mark>");
            HtmlText.escapeInto(sb, surface.substring(0, prefixToken.length()));
            sb.append("</mark>");
            HtmlText.escapeInto(sb, surface.substring(prefixToken.length()));
        }
    }
}
