package dev.faqindex.search;

import dev.faqindex.content.Chunk;
import dev.faqindex.index.ChunkDocuments;
import dev.faqindex.index.ChunkFields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/**
 * The chunks as the index stores them, read back whole: by id, by article, or by document number on the searcher a
 * ranking ran on. Thread-safe; the methods that take no searcher borrow one for the call.
 */
final class ChunkStore {

    private final Searchers searchers;

    ChunkStore(Searchers searchers) {
        this.searchers = searchers;
    }

    /** The chunk with this id, if it is in the index. */
    Optional<Chunk> chunk(String id) throws IOException {
        return searchers.use(searcher -> find(searcher, id).map(doc -> read(searcher, doc)));
    }

    /**
     * The articles {@code audience} may see from the {@code offset}-th (in slug order), at most {@code limit}, with
     * how many there are. Each one's title and path come from its first chunk; its count is of the chunks the
     * audience may see.
     */
    ArticleList articles(int offset, int limit, Audience audience) throws IOException {
        return searchers.use(searcher -> {
            Terms slugs = MultiTerms.getTerms(searcher.getIndexReader(), ChunkFields.ARTICLE);
            if (slugs == null) {
                return new ArticleList(0, List.of());
            }
            List<ArticleSummary> page = new ArrayList<>();
            int total = 0;
            TermsEnum terms = slugs.iterator();
            for (BytesRef slug = terms.next(); slug != null; slug = terms.next()) {
                Query chunks = audience.restrict(new TermQuery(new Term(ChunkFields.ARTICLE, slug.utf8ToString())));
                if (audience == Audience.PUBLIC && searcher.count(chunks) == 0) {
                    continue; // an internal page: not there for the public, not even in the count
                }
                if (total >= offset && page.size() < limit) {
                    summary(searcher, slug.utf8ToString(), chunks).ifPresent(page::add);
                }
                total++;
            }
            return new ArticleList(total, page);
        });
    }

    private static Optional<ArticleSummary> summary(IndexSearcher searcher, String slug, Query chunks)
            throws IOException {
        TopDocs first = searcher.search(chunks, 1, new Sort(new SortField(ChunkFields.POSITION, SortField.Type.LONG)));
        if (first.scoreDocs.length == 0) {
            return Optional.empty();
        }
        Chunk chunk = read(searcher, first.scoreDocs[0].doc);
        return Optional.of(new ArticleSummary(slug, chunk.articleTitle(), chunk.path(), "/articles/" + slug,
                searcher.count(chunks)));
    }

    /**
     * The slug of the article {@code audience} may see one of whose former URLs has the slug {@code aliasSlug}, if
     * any.
     */
    Optional<String> articleFormerlyAt(String aliasSlug, Audience audience) throws IOException {
        return searchers.use(searcher -> {
            TopDocs top = searcher.search(audience.restrict(new TermQuery(new Term(ChunkFields.ALIAS_SLUGS,
                    aliasSlug))), 1);
            return top.scoreDocs.length == 0 ? Optional.empty()
                    : Optional.of(articleOf(searcher, top.scoreDocs[0].doc));
        });
    }

    /** Number of chunks of the article with this slug that {@code audience} may see (0 when there is none). */
    int articleSize(String slug, Audience audience) throws IOException {
        Query query = audience.restrict(new TermQuery(new Term(ChunkFields.ARTICLE, slug)));
        return searchers.use(searcher -> searcher.count(query));
    }

    /**
     * The chunks of the article with this slug at positions {@code from} (inclusive) to {@code to} (exclusive), in
     * reading order and with their blocks, those {@code audience} may see: one part of a long article's page, read
     * without the rest of it.
     */
    List<Chunk> article(String slug, int from, int to, Audience audience) throws IOException {
        Query query = audience.restrict(new BooleanQuery.Builder()
                .add(new TermQuery(new Term(ChunkFields.ARTICLE, slug)), BooleanClause.Occur.FILTER)
                .add(NumericDocValuesField.newSlowRangeQuery(ChunkFields.POSITION, from, to - 1L),
                        BooleanClause.Occur.FILTER)
                .build());
        return searchers.use(searcher -> {
            List<Chunk> chunks = new ArrayList<>(Math.max(0, to - from));
            for (ScoreDoc hit : searcher.search(query, Math.max(1, to - from)).scoreDocs) {
                chunks.add(ChunkDocuments.withBlocks(searcher.storedFields().document(hit.doc)));
            }
            chunks.sort(Comparator.comparingInt(Chunk::position));
            return List.copyOf(chunks);
        });
    }

    /** The position in its article of the first chunk with this anchor that {@code audience} may see, if any. */
    Optional<Integer> positionOfAnchor(String slug, String anchor, Audience audience) throws IOException {
        Query query = audience.restrict(new TermQuery(new Term(ChunkFields.ARTICLE, slug)));
        Set<String> fields = Set.of(ChunkFields.ANCHOR, ChunkFields.POSITION);
        return searchers.use(searcher -> {
            Optional<Integer> first = Optional.empty();
            for (ScoreDoc hit : searcher.search(query, Math.max(1, searcher.count(query))).scoreDocs) {
                org.apache.lucene.document.Document doc = searcher.storedFields().document(hit.doc, fields);
                int position = doc.getField(ChunkFields.POSITION).numericValue().intValue();
                if (anchor.equals(doc.get(ChunkFields.ANCHOR)) && (first.isEmpty() || position < first.get())) {
                    first = Optional.of(position);
                }
            }
            return first;
        });
    }

    /** Number of chunks in the serving index. */
    int count() throws IOException {
        return searchers.use(searcher -> searcher.getIndexReader().numDocs());
    }

    /** Number of chunks in the serving index that {@code audience} may see. */
    int count(Audience audience) throws IOException {
        return searchers.use(searcher -> searcher.count(audience.restrict(new MatchAllDocsQuery())));
    }

    /** The document number of the chunk with this id on {@code searcher}, if it has one. */
    static Optional<Integer> find(IndexSearcher searcher, String id) throws IOException {
        TopDocs top = searcher.search(new TermQuery(new Term(ChunkFields.ID, id)), 1);
        return top.scoreDocs.length == 0 ? Optional.empty() : Optional.of(top.scoreDocs[0].doc);
    }

    /** The chunk stored as document {@code doc} of {@code searcher}, without its blocks (all a hit needs). */
    static Chunk read(IndexSearcher searcher, int doc) {
        try {
            return ChunkDocuments.fromDocument(searcher.storedFields().document(doc));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The chunk stored as document {@code doc} of {@code searcher}, blocks included. */
    static Chunk readWhole(IndexSearcher searcher, int doc) {
        try {
            return ChunkDocuments.withBlocks(searcher.storedFields().document(doc));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The slug of the article that document {@code doc} of {@code searcher} belongs to. */
    static String articleOf(IndexSearcher searcher, int doc) throws IOException {
        return searcher.storedFields().document(doc, Set.of(ChunkFields.ARTICLE)).get(ChunkFields.ARTICLE);
    }
}
