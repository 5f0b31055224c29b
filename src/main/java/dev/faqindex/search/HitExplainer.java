package dev.faqindex.search;

import dev.faqindex.content.Chunk;
import dev.faqindex.index.ChunkFields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * Explains a hit in plain JSON terms: which words matched in which field (Lucene's Matches API, with the words
 * cut from the stored text by their offsets) and the score computation (Lucene's {@link Explanation}).
 */
final class HitExplainer {

    private final IndexSearcher searcher;
    private final Weight matchWeight;
    private final Query query;

    HitExplainer(IndexSearcher searcher, Query query) throws IOException {
        this.searcher = searcher;
        this.query = query;
        this.matchWeight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    }

    /** Why {@code doc} (holding {@code chunk}) matched; with the learned ranking's reasons when it was assessed. */
    HitExplanation explain(int doc, Chunk chunk, LearnedRanking.Assessed assessment) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        Map<String, List<String>> matched = new LinkedHashMap<>();
        Matches matches = matchWeight.matches(leaf, doc - leaf.docBase);
        if (matches != null) {
            for (String field : matches) {
                Set<String> words = new LinkedHashSet<>();
                MatchesIterator it = matches.getMatches(field);
                String text = storedText(chunk, field);
                while (it != null && it.next()) {
                    if (text != null && it.startOffset() >= 0 && it.endOffset() <= text.length()) {
                        words.add(text.substring(it.startOffset(), it.endOffset()));
                    } else if (it.getQuery() != null) {
                        words.add(it.getQuery().toString(field));
                    }
                }
                if (!words.isEmpty()) {
                    matched.put(field, List.copyOf(words));
                }
            }
        }
        return new HitExplanation(matched, node(searcher.explain(query, doc)),
                assessment == null ? null : assessment.explained());
    }

    private static String storedText(Chunk chunk, String field) {
        return switch (field) {
            case ChunkFields.TITLE -> chunk.title();
            case ChunkFields.BODY -> chunk.body();
            default -> null;
        };
    }

    private static HitExplanation.ScoreNode node(Explanation explanation) {
        List<HitExplanation.ScoreNode> details = new ArrayList<>();
        for (Explanation detail : explanation.getDetails()) {
            details.add(node(detail));
        }
        return new HitExplanation.ScoreNode(explanation.getValue().floatValue(), explanation.getDescription(), details);
    }
}
