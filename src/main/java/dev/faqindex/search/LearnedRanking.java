package dev.faqindex.search;

import dev.faqindex.content.ChunkType;
import dev.faqindex.index.ChunkFields;
import dev.faqindex.index.VectorBytes;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;

/**
 * Ranks the candidates of both rankings by the learned {@link RankingModel} and gives every hit its calibrated
 * confidence: each candidate is measured ({@link CandidateFeatures}: where the query's content words occur, BM25 per
 * field, proximity, cosines to the text and to the title), scored by the model, and assessed. The step after the
 * lexical and vector rankings and before presenting, for search and retrieval alike.
 */
final class LearnedRanking {

    /**
     * One assessed candidate.
     *
     * @param doc the document
     * @param score the learned ranking score
     * @param confidence the probability that it answers the query, 0 to 1
     * @param features what it was scored on
     * @param model the model it was scored with
     * @param inputs what its confidence was computed from (see {@link RankingModel#CONFIDENCE_INPUTS})
     */
    record Assessed(int doc, double score, double confidence, CandidateFeatures features, RankingModel model,
            Map<String, Double> inputs) {

        /** The reasons for an explanation: each feature's value and what it added. */
        HitExplanation.Ranking explained() {
            Map<String, HitExplanation.Feature> reasons = new LinkedHashMap<>();
            Map<String, Double> contributions = model.contributions(features);
            contributions.forEach((name, part) -> reasons.put(name,
                    new HitExplanation.Feature(name.equals("bias") ? 1 : features.get(name), part)));
            return new HitExplanation.Ranking(score, confidence, reasons);
        }
    }

    /** Titles whose content words and their weights are kept, at most. */
    static final int TITLES_KEPT = 100_000;

    /**
     * What the ranking weighs of a chunk whatever the query: its type, and its title's content words with each one's
     * inverse document frequency on a commit (0 for a word it lacks).
     */
    private record TitleWeights(ChunkType type, List<String> terms, double[] idf) {
    }

    private final RankingModel withVectors;
    private final RankingModel wordsOnly;
    /**
     * Titles analysed and weighed, per commit and chunk: a chunk is a candidate of many queries, and its title's
     * words and their frequencies do not change within a commit.
     */
    private final PerCommit<Integer, TitleWeights> titles = new PerCommit<>(TITLES_KEPT);

    /**
     * @param withVectors the model for queries with an embedding (hybrid and semantic)
     * @param wordsOnly the model for queries without one (lexical mode, or an index without embeddings)
     */
    LearnedRanking(RankingModel withVectors, RankingModel wordsOnly) {
        this.withVectors = withVectors;
        this.wordsOnly = wordsOnly;
    }

    /** The shipped models. */
    static LearnedRanking standard() {
        return new LearnedRanking(RankingModel.hybrid(), RankingModel.lexical());
    }

    /** The model a query with ({@code true}) or without an embedding is scored with. */
    RankingModel model(boolean withVector) {
        return withVector ? withVectors : wordsOnly;
    }

    /**
     * Assesses the candidates of {@code lexical} and {@code semantic} for the query whose content words are
     * {@code words} and whose embedding is {@code vector}.
     *
     * @param reorder whether to order by the learned score (hybrid); else the candidates of {@code order} keep
     *     their order and are only assessed
     * @param order the candidates to return when not reordering: the lexical or the semantic ranking
     */
    List<Assessed> assess(IndexSearcher searcher, QueryWords words, float[] vector, ScoreDoc[] lexical,
            ScoreDoc[] semantic, boolean reorder, ScoreDoc[] order) throws IOException {
        Set<Integer> candidateSet = new LinkedHashSet<>();
        if (reorder) {
            Arrays.stream(lexical).forEach(hit -> candidateSet.add(hit.doc));
            Arrays.stream(semantic).forEach(hit -> candidateSet.add(hit.doc));
        } else {
            Arrays.stream(order).forEach(hit -> candidateSet.add(hit.doc));
        }
        if (candidateSet.isEmpty()) {
            return List.of();
        }
        int[] docs = candidateSet.stream().mapToInt(Integer::intValue).toArray();
        RankingModel model = model(vector != null);
        List<String> terms = words.contentTerms();
        Idf idf = Idf.of(searcher, terms);
        Map<Integer, TermMatches.InChunk> matches = TermMatches.read(searcher, terms, docs);
        Map<Integer, float[][]> vectors = vectors(searcher, docs, vector != null);
        Map<Integer, Integer> lexicalRank = ranks(lexical);
        Map<Integer, Integer> vectorRank = ranks(semantic);
        double maxLexical = lexical.length == 0 ? 0 : lexical[0].score;
        Map<Integer, Float> lexicalScore = new HashMap<>();
        Arrays.stream(lexical).forEach(hit -> lexicalScore.put(hit.doc, hit.score));
        double maxCos = Double.NEGATIVE_INFINITY;
        Map<Integer, double[]> cosines = new HashMap<>();
        for (int doc : docs) {
            float[][] v = vectors.get(doc);
            double[] cos = {dot(vector, v[0]), dot(vector, v[1])};
            cosines.put(doc, cos);
            maxCos = Math.max(maxCos, cos[0]);
        }
        double[] averageLength = averageLengths(searcher);
        List<Candidate> candidates = new ArrayList<>(docs.length);
        for (int doc : docs) {
            TitleWeights title = titleWeights(searcher, doc);
            double[] cos = cosines.get(doc);
            double[] lexicalFeatures = {maxLexical == 0 ? 0 : lexicalScore.getOrDefault(doc, 0f) / maxLexical,
                reciprocal(lexicalRank.get(doc))};
            double[] vectorFeatures = {cos[0], cos[0] - maxCos, reciprocal(vectorRank.get(doc)), cos[1]};
            TermMatches.InChunk inChunk = matches.get(doc);
            CandidateFeatures features = CandidateFeatures.of(inChunk, idf.known(), averageLength, lexicalFeatures,
                    vectorFeatures, titlePrecision(title, terms), title.type());
            candidates.add(new Candidate(doc, features, model.score(features),
                    CandidateFeatures.coverageAny(inChunk, idf.all()) / Math.max(1e-9, Arrays.stream(idf.all()).sum())));
        }
        if (reorder) {
            candidates.sort(Comparator.comparingDouble((Candidate c) -> -c.score).thenComparingInt(c -> c.doc));
        }
        List<Assessed> assessed = new ArrayList<>(candidates.size());
        double top = candidates.getFirst().score;
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            Map<String, Double> inputs = new LinkedHashMap<>();
            inputs.put("score", c.score);
            inputs.put("gap", c.score - top);
            inputs.put("rank", 1.0 / (i + 1));
            inputs.put("lex", c.features.get("lex"));
            inputs.put("cos", c.features.get("cos"));
            inputs.put("cos_title", c.features.get("cos_title"));
            inputs.put("cov_all", c.coverageOfAll);
            inputs.put("cov_any", c.features.get("cov_any"));
            inputs.put("q_unknown", idf.unknownShare());
            inputs.put("title_prec", c.features.get("title_prec"));
            inputs.put("cos_x_cov", c.features.get("cos") * c.coverageOfAll);
            assessed.add(new Assessed(c.doc, c.score, model.confidence(inputs), c.features, model, inputs));
        }
        return assessed;
    }

    private record Candidate(int doc, CandidateFeatures features, double score, double coverageOfAll) {
    }

    /**
     * The content terms' inverse document frequencies: counting only terms the index has (a missing term adds
     * nothing to any candidate), and counting a missing term as the rarest (what the content lacks of the question).
     */
    private record Idf(double[] known, double[] all, double unknownShare) {

        static Idf of(IndexSearcher searcher, List<String> terms) throws IOException {
            int n = Math.max(1, searcher.getIndexReader().numDocs());
            double[] known = new double[terms.size()];
            double[] all = new double[terms.size()];
            int unknown = 0;
            for (int i = 0; i < terms.size(); i++) {
                int df = 0;
                for (String field : TermMatches.FIELDS) {
                    df = Math.max(df, searcher.getIndexReader().docFreq(new Term(field, terms.get(i))));
                }
                all[i] = Math.log(1 + (n - df + 0.5) / (df + 0.5));
                known[i] = df == 0 ? 0 : all[i];
                unknown += df == 0 ? 1 : 0;
            }
            return new Idf(known, all, terms.isEmpty() ? 1 : (double) unknown / terms.size());
        }
    }

    /** The share of the title's content words (idf-weighted) that are among the query's. */
    private static double titlePrecision(TitleWeights title, List<String> queryTerms) {
        double all = 0;
        double have = 0;
        for (int i = 0; i < title.terms().size(); i++) {
            all += title.idf()[i];
            have += queryTerms.contains(title.terms().get(i)) ? title.idf()[i] : 0;
        }
        return all == 0 ? 0 : have / all;
    }

    /** Document {@code doc}'s type and the content words of its title with their weights, kept per commit. */
    private TitleWeights titleWeights(IndexSearcher searcher, int doc) throws IOException {
        return titles.get(searcher.getIndexReader(), doc, () -> {
            Document stored = searcher.storedFields().document(doc, Set.of(ChunkFields.TITLE, ChunkFields.TYPE));
            return weigh(searcher, ChunkType.fromLabel(stored.get(ChunkFields.TYPE)), stored.get(ChunkFields.TITLE));
        });
    }

    private static TitleWeights weigh(IndexSearcher searcher, ChunkType type, String title) throws IOException {
        List<String> titleTerms = QueryWords.of(title == null ? "" : title).contentTerms();
        double[] idf = new double[titleTerms.size()];
        int n = Math.max(1, searcher.getIndexReader().numDocs());
        for (int i = 0; i < idf.length; i++) {
            int df = 0;
            for (String field : TermMatches.FIELDS) {
                df = Math.max(df, searcher.getIndexReader().docFreq(new Term(field, titleTerms.get(i))));
            }
            idf[i] = df == 0 ? 0 : Math.log(1 + (n - df + 0.5) / (df + 0.5));
        }
        return new TitleWeights(type, titleTerms, idf);
    }

    /** Each document's text and title vectors (zero vectors when the index or the query has none). */
    private static Map<Integer, float[][]> vectors(IndexSearcher searcher, int[] docs, boolean wanted)
            throws IOException {
        Map<Integer, float[][]> out = new HashMap<>();
        int[] sorted = docs.clone();
        Arrays.sort(sorted);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        Map<Integer, KnnVectorValues.DocIndexIterator> iterators = new HashMap<>();
        Map<Integer, FloatVectorValues> values = new HashMap<>();
        for (int doc : sorted) {
            float[] text = null;
            float[] title = null;
            if (wanted) {
                int leafIndex = ReaderUtil.subIndex(doc, leaves);
                LeafReaderContext leaf = leaves.get(leafIndex);
                int local = doc - leaf.docBase;
                if (!values.containsKey(leafIndex)) {
                    FloatVectorValues leafValues = leaf.reader().getFloatVectorValues(ChunkFields.VECTOR);
                    values.put(leafIndex, leafValues);
                    iterators.put(leafIndex, leafValues == null ? null : leafValues.iterator());
                }
                KnnVectorValues.DocIndexIterator it = iterators.get(leafIndex);
                if (it != null && (it.docID() == local || (it.docID() < local && it.advance(local) == local))) {
                    text = values.get(leafIndex).vectorValue(it.index()).clone();
                }
                title = VectorBytes.read(leaf.reader(), ChunkFields.TITLE_VECTOR, local);
            }
            out.put(doc, new float[][] {text, title});
        }
        return out;
    }

    private static double[] averageLengths(IndexSearcher searcher) throws IOException {
        double[] average = new double[TermMatches.FIELDS.length];
        for (int field = 0; field < average.length; field++) {
            long sum = 0;
            long count = 0;
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Terms terms = leaf.reader().terms(TermMatches.FIELDS[field]);
                if (terms != null) {
                    sum += terms.getSumTotalTermFreq();
                    count += terms.getDocCount();
                }
            }
            average[field] = count == 0 ? 1 : (double) sum / count;
        }
        return average;
    }

    private static Map<Integer, Integer> ranks(ScoreDoc[] ranking) {
        Map<Integer, Integer> ranks = new HashMap<>();
        for (int i = 0; i < ranking.length; i++) {
            ranks.putIfAbsent(ranking[i].doc, i + 1);
        }
        return ranks;
    }

    private static double reciprocal(Integer rank) {
        return rank == null ? 0 : 1.0 / rank;
    }

    private static double dot(float[] a, float[] b) {
        if (a == null || b == null) {
            return 0;
        }
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
