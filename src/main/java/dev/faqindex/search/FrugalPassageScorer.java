package dev.faqindex.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's default passage score (BM25-like, {@link PassageScorer}) computed the same way, term by term in the order
 * they first match and in the same float and double steps, but counting a passage's few distinct terms in a small
 * array instead of a new {@code BytesRefHash} (which allocates a 32 KB block) for every passage scored.
 */
final class FrugalPassageScorer extends PassageScorer {

    @Override
    public float score(Passage passage, int contentLength) {
        int hitCount = passage.getNumMatches();
        BytesRef[] matchTerms = passage.getMatchTerms();
        int[] matchFreqsInDoc = passage.getMatchTermFreqsInDoc();
        BytesRef[] terms = new BytesRef[hitCount];
        int[] termFreqsInPassage = new int[hitCount];
        int[] termFreqsInDoc = new int[hitCount];
        int distinct = 0;
        for (int i = 0; i < hitCount; i++) {
            int termIndex = indexOf(terms, distinct, matchTerms[i]);
            if (termIndex < 0) {
                termIndex = distinct++;
                terms[termIndex] = matchTerms[i];
                termFreqsInDoc[termIndex] = matchFreqsInDoc[i];
            }
            termFreqsInPassage[termIndex]++;
        }
        double score = 0d;
        for (int i = 0; i < distinct; i++) {
            score += tf(termFreqsInPassage[i], passage.getLength()) * weight(contentLength, termFreqsInDoc[i]);
        }
        score *= norm(passage.getStartOffset());
        return (float) score;
    }

    private static int indexOf(BytesRef[] terms, int count, BytesRef term) {
        for (int i = 0; i < count; i++) {
            if (terms[i].bytesEquals(term)) {
                return i;
            }
        }
        return -1;
    }
}
