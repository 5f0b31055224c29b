package dev.faqindex.search;

import dev.faqindex.index.ChunkFields;
import dev.faqindex.rules.Pin;
import dev.faqindex.rules.QueryRule;
import dev.faqindex.rules.Reorder;
import dev.faqindex.rules.RuleTarget;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;

/**
 * What the query rules that fired for one query do to its ranking. Before ranking, their filters and what they hide
 * become a restriction the ranking, the vector candidates and the counts all honour ({@link #restriction()}). After
 * ranking, a step over the {@link Ranked} list ({@link #apply}): boosted and buried chunks move as if they stood
 * nearer the top or further down by their factor, then pinned chunks go to their positions, each only when it passes
 * the request's filters and audience (a pin never shows what the request may not see). Search, retrieve and MCP get
 * it alike; {@code explain=true} names the rules.
 */
final class Curation {

    /** Extra chunks ranked when a rule moves chunks, so that one from further down can come up. */
    static final int REORDER_DEPTH = 50;

    /** No rule fired. */
    static final Curation NONE = new Curation(List.of());

    private final List<QueryRule> fired;

    Curation(List<QueryRule> fired) {
        this.fired = List.copyOf(fired);
    }

    /** The ids of the rules that fired, in the order written. */
    List<String> ruleIds() {
        return fired.stream().map(QueryRule::id).toList();
    }

    boolean isEmpty() {
        return fired.isEmpty();
    }

    /** How many chunks to rank for a page of {@code depth}: more when a rule moves chunks. */
    int depth(int depth) {
        boolean reorders = fired.stream().anyMatch(rule -> !rule.boost().isEmpty() || !rule.bury().isEmpty());
        return reorders ? depth + REORDER_DEPTH : depth;
    }

    /** The rules' filters (all must hold) and hidden chunks (none may show) as one query; empty when none. */
    Optional<Query> restriction() {
        BooleanQuery.Builder restriction = new BooleanQuery.Builder();
        boolean any = false;
        for (QueryRule rule : fired) {
            for (RuleTarget filter : rule.filter()) {
                restriction.add(query(filter), BooleanClause.Occur.FILTER);
                any = true;
            }
            for (RuleTarget hidden : rule.hide()) {
                restriction.add(query(hidden), BooleanClause.Occur.MUST_NOT);
                any = true;
            }
        }
        if (!any) {
            return Optional.empty();
        }
        restriction.add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER);
        return Optional.of(restriction.build());
    }

    /**
     * The ranking as the rules order it.
     *
     * @param allowed what a chunk must match to be shown: the request's filters, its audience and the rules'
     *     restriction (empty: anything)
     * @param depth how many chunks the ranking is cut to afterwards
     */
    Applied apply(Ranked ranked, Optional<Query> allowed, int depth) throws IOException {
        if (fired.isEmpty()) {
            return new Applied(ranked, Map.of(), Set.of());
        }
        Map<Integer, List<String>> notes = new HashMap<>();
        Set<Integer> pinnedDocs = new java.util.HashSet<>();
        List<ScoreDoc> order = reorder(ranked, notes);
        // The ranking may have used up the search time limit; looking up what the rules name is not matching, and
        // a pin must not vanish because matching was slow.
        IndexSearcher untimed = untimed(ranked.searcher());
        long total = ranked.total();
        for (QueryRule rule : fired) {
            for (Pin pin : rule.pin()) {
                Optional<Integer> doc = pinned(untimed, order, pin, allowed);
                if (doc.isEmpty()) {
                    continue;
                }
                int at = indexOf(order, doc.get());
                ScoreDoc moved = at >= 0 ? order.remove(at) : new ScoreDoc(doc.get(), Float.NaN);
                if (at < 0 && !matches(untimed, ranked.lexical().rewritten(), doc.get())) {
                    total++; // shown although the query does not match it: one more result
                }
                order.add(Math.min(pin.position() - 1, order.size()), moved);
                pinnedDocs.add(doc.get());
                notes.computeIfAbsent(doc.get(), d -> new ArrayList<>())
                        .add("pinned at " + pin.position() + " by rule '" + rule.id() + "'");
            }
        }
        List<ScoreDoc> cut = order.subList(0, Math.min(depth, order.size()));
        ScoreDoc[] top = cut.stream().map(hit -> Float.isNaN(hit.score) ? new ScoreDoc(hit.doc, 0) : hit)
                .toArray(ScoreDoc[]::new);
        Map<String, List<String>> byId = new LinkedHashMap<>();
        Set<String> pinnedIds = new java.util.HashSet<>();
        for (Map.Entry<Integer, List<String>> note : notes.entrySet()) {
            String id = ChunkStore.read(ranked.searcher(), note.getKey()).id();
            byId.put(id, List.copyOf(note.getValue()));
            if (pinnedDocs.contains(note.getKey())) {
                pinnedIds.add(id);
            }
        }
        return new Applied(ranked.withTop(top, Math.max(total, top.length)), byId, Set.copyOf(pinnedIds));
    }

    /**
     * A ranking after the rules.
     *
     * @param ranked the ranking
     * @param notes per chunk id, what the rules did to it (for explanations)
     * @param pinned the ids of the chunks pinned: the support team's answers, kept by retrieval whatever their
     *     confidence
     */
    record Applied(Ranked ranked, Map<String, List<String>> notes, Set<String> pinned) {

        /** The hits with what the rules did to each added to its explanation. */
        List<SearchHit> noted(List<SearchHit> hits) {
            if (notes.isEmpty()) {
                return hits;
            }
            return hits.stream().map(hit -> notes.containsKey(hit.id()) && hit.explanation() != null
                    ? hit.withExplanation(hit.explanation().withRules(notes.get(hit.id()))) : hit).toList();
        }
    }

    /** The ranking with boosted and buried chunks moved by their factors (ties keep the ranking's order). */
    private List<ScoreDoc> reorder(Ranked ranked, Map<Integer, List<String>> notes) throws IOException {
        List<ScoreDoc> order = new ArrayList<>(Arrays.asList(ranked.top()));
        boolean reorders = fired.stream().anyMatch(rule -> !rule.boost().isEmpty() || !rule.bury().isEmpty());
        if (!reorders) {
            return order;
        }
        double[] place = new double[order.size()];
        for (int i = 0; i < order.size(); i++) {
            place[i] = i + 1;
            Document stored = ranked.searcher().storedFields().document(order.get(i).doc,
                    Set.of(ChunkFields.ID, ChunkFields.ARTICLE, ChunkFields.TYPE, ChunkFields.TAGS));
            List<String> tags = Arrays.asList(stored.getValues(ChunkFields.TAGS));
            for (QueryRule rule : fired) {
                for (Reorder boost : rule.boost()) {
                    if (matches(boost.target(), stored, tags)) {
                        place[i] /= boost.factor();
                        notes.computeIfAbsent(order.get(i).doc, d -> new ArrayList<>())
                                .add("boosted by rule '" + rule.id() + "'");
                    }
                }
                for (Reorder bury : rule.bury()) {
                    if (matches(bury.target(), stored, tags)) {
                        place[i] *= bury.factor();
                        notes.computeIfAbsent(order.get(i).doc, d -> new ArrayList<>())
                                .add("buried by rule '" + rule.id() + "'");
                    }
                }
            }
        }
        Integer[] indexes = new Integer[order.size()];
        Arrays.setAll(indexes, i -> i);
        Arrays.sort(indexes, Comparator.<Integer>comparingDouble(i -> place[i]).thenComparingInt(i -> i));
        List<ScoreDoc> moved = new ArrayList<>(order.size());
        for (int i : indexes) {
            moved.add(order.get(i));
        }
        return moved;
    }

    /** The document a pin names, when it exists and may be shown; an article's best-ranked chunk, else its first. */
    private static Optional<Integer> pinned(IndexSearcher searcher, List<ScoreDoc> order, Pin pin,
            Optional<Query> allowed) throws IOException {
        if (pin.id() != null) {
            Query id = new TermQuery(new Term(ChunkFields.ID, pin.id()));
            TopDocs found = searcher.search(restricted(id, allowed), 1);
            return found.scoreDocs.length == 0 ? Optional.empty() : Optional.of(found.scoreDocs[0].doc);
        }
        for (ScoreDoc hit : order) {
            if (pin.article().equals(ChunkStore.articleOf(searcher, hit.doc))) {
                return Optional.of(hit.doc);
            }
        }
        Query article = new TermQuery(new Term(ChunkFields.ARTICLE, pin.article()));
        TopDocs first = searcher.search(restricted(article, allowed), 1,
                new Sort(new SortField(ChunkFields.POSITION, SortField.Type.INT)));
        return first.scoreDocs.length == 0 ? Optional.empty() : Optional.of(first.scoreDocs[0].doc);
    }

    /** A searcher of the same index without the request's time limit. */
    private static IndexSearcher untimed(IndexSearcher timed) {
        if (timed.getTimeout() == null) {
            return timed;
        }
        IndexSearcher searcher = new IndexSearcher(timed.getIndexReader());
        searcher.setSimilarity(timed.getSimilarity());
        searcher.setQueryCache(null);
        return searcher;
    }

    private static Query restricted(Query query, Optional<Query> allowed) {
        return allowed.isEmpty() ? query : new BooleanQuery.Builder()
                .add(query, BooleanClause.Occur.MUST)
                .add(allowed.get(), BooleanClause.Occur.FILTER)
                .build();
    }

    private static boolean matches(IndexSearcher searcher, Query query, int doc) throws IOException {
        Query one = new BooleanQuery.Builder()
                .add(query, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(ChunkFields.ID, ChunkStore.read(searcher, doc).id())),
                        BooleanClause.Occur.FILTER)
                .build();
        return searcher.count(one) > 0;
    }

    private static boolean matches(RuleTarget target, Document stored, List<String> tags) {
        return target.matches(stored.get(ChunkFields.ID), stored.get(ChunkFields.ARTICLE), stored.get(ChunkFields.TYPE),
                tags);
    }

    private static int indexOf(List<ScoreDoc> order, int doc) {
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).doc == doc) {
                return i;
            }
        }
        return -1;
    }

    /** The chunks a target names. */
    static Query query(RuleTarget target) {
        if (target.id() != null) {
            return new TermQuery(new Term(ChunkFields.ID, target.id()));
        }
        if (target.article() != null) {
            return new TermQuery(new Term(ChunkFields.ARTICLE, target.article()));
        }
        if (target.type() != null) {
            return new TermQuery(new Term(ChunkFields.TYPE, target.type()));
        }
        return new TermQuery(new Term(ChunkFields.TAGS, target.tag()));
    }
}
