package dev.faqindex.search;

import dev.faqindex.index.ChunkFields;
import dev.faqindex.index.EnglishTextAnalyzer;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.suggest.Lookup;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Search-as-you-type completions from the questions and headings in the index ({@link AnalyzingInfixSuggester}:
 * any word of a title may match, the last typed word as a prefix). The suggester lives in memory and is rebuilt
 * when the index it was built from is replaced. FAQ questions rank above section headings.
 */
public final class TitleSuggester implements Closeable {

    private static final long FAQ_WEIGHT = 2;
    private static final long SECTION_WEIGHT = 1;
    private static final char PAYLOAD_SEPARATOR = '\u001F';

    private final SearcherManager searchers;
    private Built built;

    private record Built(long readerVersion, MarkingSuggester suggester, int entries) {
    }

    public TitleSuggester(SearcherManager searchers) {
        this.searchers = searchers;
    }

    /** Up to {@code limit} completions of {@code prefix}, best first. */
    public List<Suggestion> suggest(String prefix, int limit) throws IOException {
        Built current = current();
        if (current.entries() == 0 || prefix.isBlank()) {
            return List.of();
        }
        List<Suggestion> suggestions = new ArrayList<>();
        for (Lookup.LookupResult result : current.suggester().lookup(prefix, limit, true, true)) {
            String[] payload = result.payload.utf8ToString().split(String.valueOf(PAYLOAD_SEPARATOR), -1);
            suggestions.add(new Suggestion(result.key.toString(), (String) result.highlightKey,
                    payload[0], payload[1], payload[2]));
        }
        return suggestions;
    }

    private synchronized Built current() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            IndexReader reader = searcher.getIndexReader();
            long version = reader instanceof DirectoryReader directoryReader ? directoryReader.getVersion() : -1;
            if (built == null || built.readerVersion() != version) {
                Built fresh = build(reader, version);
                if (built != null) {
                    built.suggester().close();
                }
                built = fresh;
            }
            return built;
        } finally {
            searchers.release(searcher);
        }
    }

    private static Built build(IndexReader reader, long version) throws IOException {
        MarkingSuggester suggester = new MarkingSuggester();
        Set<String> seen = new HashSet<>();
        StoredFields stored = reader.storedFields();
        Set<String> fields = Set.of(ChunkFields.TITLE, ChunkFields.ID, ChunkFields.URL, ChunkFields.TYPE);
        for (int doc = 0; doc < reader.maxDoc(); doc++) {
            Document document = stored.document(doc, fields);
            String title = document.get(ChunkFields.TITLE);
            if (title == null || title.isBlank() || !seen.add(title)) {
                continue; // the later parts of a split section share its title
            }
            String type = document.get(ChunkFields.TYPE);
            String payload = document.get(ChunkFields.ID) + PAYLOAD_SEPARATOR + document.get(ChunkFields.URL)
                    + PAYLOAD_SEPARATOR + type;
            suggester.add(new BytesRef(title), null, "faq".equals(type) ? FAQ_WEIGHT : SECTION_WEIGHT,
                    new BytesRef(payload.getBytes(StandardCharsets.UTF_8)));
        }
        if (!seen.isEmpty()) {
            suggester.refresh();
        }
        return new Built(version, suggester, seen.size());
    }

    @Override
    public synchronized void close() throws IOException {
        if (built != null) {
            built.suggester().close();
            built = null;
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
