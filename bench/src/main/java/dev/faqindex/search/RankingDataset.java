package dev.faqindex.search;

import dev.faqindex.config.Capability;
import dev.faqindex.config.FaqIndexConfig;
import dev.faqindex.config.Setting;
import dev.faqindex.eval.JudgedQuery;
import dev.faqindex.eval.RankedItem;
import dev.faqindex.index.ChunkFields;
import dev.faqindex.index.LiveIndex;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;

/**
 * The training material of the learned ranking: for each judged query of a content folder, every candidate a hybrid
 * search weighs (the first 50 of the lexical and of the vector ranking), measured by the same code as a search
 * ({@link LearnedRanking}), with whether it answers the query. Queries of a set the content cannot answer make
 * candidates that all do not.
 */
final class RankingDataset {

    /** Candidates taken from each ranking, as hybrid search takes them. */
    static final int CANDIDATES = HybridFusion.STANDARD_CANDIDATES;

    /**
     * One candidate of one query.
     *
     * @param chunk the chunk id
     * @param relevant whether it answers the query
     * @param lexical whether it is among the lexical candidates
     * @param features its ranking features ({@link CandidateFeatures#NAMES})
     * @param coverageOfAll share of the query's words it has, counting words the content lacks
     * @param unknownShare share of the query's content words the index lacks
     */
    record Candidate(String chunk, boolean relevant, boolean lexical, double[] features, double coverageOfAll,
            double unknownShare) {
    }

    /**
     * One query's candidates.
     *
     * @param set the query set's name
     * @param collection the content folder's name
     * @param group queries of one group are kept in one cross-validation fold (a StackFAQ thread)
     * @param answerable whether the content can answer it
     * @param relevantCount how many relevant entries exist (for nDCG)
     */
    record Query(String set, String collection, String id, String text, String group, boolean answerable,
            int relevantCount, List<Candidate> candidates) {
    }

    /**
     * A query set to measure on one content folder.
     *
     * @param bySource judged by the hit's source file (the corpora) rather than title or id
     */
    record QuerySet(String name, List<JudgedQuery> queries, boolean answerable, boolean bySource) {
    }

    private RankingDataset() {
    }

    /** The candidates of every query of {@code sets} over {@code content}, indexed into {@code indexDir}. */
    static List<Query> collect(String collection, Path content, Path indexDir, List<QuerySet> sets)
            throws IOException {
        FaqIndexConfig config = FaqIndexConfig.builder().set(Setting.CONTENT_DIR, content)
                .set(Setting.INDEX_DIR, indexDir).set(Setting.SEMANTIC, true).build();
        List<Query> out = new ArrayList<>();
        try (LiveIndex index = LiveIndex.open(config.part(Capability.CONTENT, Capability.INDEX))) {
            QueryInterpreter interpreter = new QueryInterpreter(RankingProfile.standard(), index::embedder);
            ModeRanker ranker = new ModeRanker(HybridFusion.standard());
            LearnedRanking learned = LearnedRanking.standard();
            Analyzer synonyms = SynonymFile.inContentFolder(content).queryAnalyzer();
            IndexSearcher searcher = index.searchers().acquire();
            try {
                for (QuerySet set : sets) {
                    for (JudgedQuery judged : set.queries()) {
                        out.add(query(collection, set, judged, searcher, interpreter, ranker, learned, synonyms));
                    }
                }
            } finally {
                index.searchers().release(searcher);
            }
        }
        return out;
    }

    private static Query query(String collection, QuerySet set, JudgedQuery judged, IndexSearcher searcher,
            QueryInterpreter interpreter, ModeRanker ranker, LearnedRanking learned, Analyzer synonyms)
            throws IOException {
        QueryInterpreter.Interpreted query = interpreter.interpret(judged.text(), SearchMode.HYBRID,
                searcher.getIndexReader(), synonyms);
        ModeRanker.Lexical lexical = ModeRanker.Lexical.rewrite(searcher, query.lexical());
        ModeRanker.Candidates both = ranker.candidates(searcher, lexical, query.vector(), Optional.empty(),
                CANDIDATES, ModeRanker.COUNT_THRESHOLD);
        List<LearnedRanking.Assessed> assessed = learned.assess(searcher, query.words(), query.vector(),
                both.lexical().scoreDocs, both.semantic(), true, null);
        java.util.Set<Integer> lexicalDocs = new java.util.HashSet<>();
        for (var hit : both.lexical().scoreDocs) {
            lexicalDocs.add(hit.doc);
        }
        List<Candidate> candidates = new ArrayList<>();
        String group = set.name() + ":" + judged.id();
        for (LearnedRanking.Assessed a : assessed) {
            Document doc = searcher.storedFields().document(a.doc());
            String id = doc.get(ChunkFields.ID);
            boolean relevant = set.answerable() && (set.bySource()
                    ? judged.titleAlternatives().contains(doc.get(ChunkFields.SOURCE).toLowerCase(java.util.Locale.ROOT))
                    : judged.isRelevant(new RankedItem(id, doc.get(ChunkFields.TITLE),
                            List.of(doc.getValues(ChunkFields.BREADCRUMB)))));
            if (relevant && !judged.relevantIds().isEmpty()) {
                group = set.name() + ":" + judged.relevantIds().stream().sorted().findFirst().orElseThrow()
                        .replaceAll("-a\\d+$", ""); // a StackFAQ thread: its answers share the thread's id
            }
            candidates.add(new Candidate(id, relevant, lexicalDocs.contains(a.doc()), a.features().values(),
                    a.inputs().get("cov_all"), a.inputs().get("q_unknown")));
        }
        return new Query(set.name(), collection, judged.id(), judged.text(), group, set.answerable(),
                judged.relevantCount(), candidates);
    }
}
