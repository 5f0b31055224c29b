package dev.faqindex.search;

import dev.faqindex.content.Visibility;
import dev.faqindex.index.ChunkFields;
import dev.faqindex.semantic.TextEmbedder;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Reads what a user typed, for one index reader: the search box syntax ({@link UserQuery}), the lexical query built
 * from it ({@link LexicalQueryBuilder}: typos forgiven, synonyms added), the text with its misspellings corrected,
 * and the embedding of its words for ranking by meaning.
 */
final class QueryInterpreter {

    /**
     * Words of a query that are embedded, at most: the model reads 256 word pieces, and a longer text costs several
     * passes for no better match.
     */
    static final int MAX_EMBEDDED_WORDS = 64;

    /**
     * A user's text read for one reader.
     *
     * @param lexical the lexical query
     * @param suggestion the text with misspelled words corrected, or {@code null} when none was
     * @param vector the embedding of the (corrected) words; {@code null} in lexical mode or for text with no words
     * @param words the (corrected) words split into content and function words, for the learned ranking
     * @param corrections each misspelled word (lower-cased) and the indexed word used instead
     */
    record Interpreted(Query lexical, String suggestion, float[] vector, QueryWords words,
            Map<String, String> corrections) {
    }

    private final WeightedFields fields;
    private final TypoPolicy typos = new TypoPolicy(new SpellingCorrector());
    private final Supplier<Optional<TextEmbedder>> embedder;

    /** @param embedder the embedder of the index's current commit; empty when it holds no embeddings */
    QueryInterpreter(RankingProfile profile, Supplier<Optional<TextEmbedder>> embedder) {
        this.fields = new WeightedFields(profile);
        this.embedder = embedder;
    }

    /** Reads {@code text} for the public. */
    Interpreted interpret(String text, SearchMode mode, IndexReader reader, Analyzer synonymAnalyzer)
            throws IOException {
        return interpret(text, mode, reader, synonymAnalyzer, Audience.PUBLIC);
    }

    /**
     * Reads {@code text} against the vocabulary of {@code reader} that {@code audience} may see, with the synonyms
     * of {@code synonymAnalyzer}.
     *
     * @throws ModeUnavailableException for semantic or hybrid when the index holds no embeddings
     */
    Interpreted interpret(String text, SearchMode mode, IndexReader reader, Analyzer synonymAnalyzer,
            Audience audience) throws IOException {
        UserQuery parsed = UserQuery.parse(text);
        LexicalQueryBuilder.Built built = new LexicalQueryBuilder(fields, new SynonymExpansion(synonymAnalyzer, fields),
                typos).build(parsed, reader, audience);
        String suggestion = suggestion(text, built.corrections());
        // Meaning is compared on the corrected words: a typo would otherwise move the query's embedding.
        UserQuery read = suggestion == null ? parsed : UserQuery.parse(suggestion);
        // Text with no word that the index or the dictionary knows (xqzvbnm) has no meaning to compare: its nearest
        // neighbours would be noise presented as matches.
        boolean meaningful = mode != SearchMode.LEXICAL && hasKnownWord(read, reader, audience);
        float[] vector = suggestion == null ? queryVector(parsed, text, mode, meaningful)
                : queryVector(read, suggestion, mode, meaningful);
        return new Interpreted(built.query(), suggestion, vector, QueryWords.of(read.allPositiveWords()),
                built.corrections());
    }

    /**
     * Whether any word of {@code query} is in the chunks {@code audience} may see (as written or as analysed) or is an
     * English word.
     */
    private boolean hasKnownWord(UserQuery query, IndexReader reader, Audience audience) throws IOException {
        for (String word : query.allPositiveWords().split("[^\\p{L}\\p{N}']+")) {
            if (!word.isEmpty() && typos.isKnown(reader, word, audience)) {
                return true;
            }
        }
        IndexSearcher visible = new IndexSearcher(reader);
        boolean restricted = audience.restriction().isPresent()
                && reader.docFreq(new Term(ChunkFields.VISIBILITY, Visibility.INTERNAL.label())) > 0;
        for (String term : QueryWords.of(query.allPositiveWords()).contentTerms()) {
            for (String field : TermMatches.FIELDS) {
                Term indexed = new Term(field, term);
                if (reader.docFreq(indexed) > 0
                        && (!restricted || visible.count(audience.restrict(new TermQuery(indexed))) > 0)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The user's text with each corrected word replaced, or {@code null} when nothing was corrected. */
    static String suggestion(String text, Map<String, String> corrections) {
        if (corrections.isEmpty()) {
            return null;
        }
        String suggested = text;
        for (Map.Entry<String, String> correction : corrections.entrySet()) {
            Pattern word = Pattern.compile("(?iu)(?<!\\p{L})" + Pattern.quote(correction.getKey()) + "(?!\\p{L})");
            suggested = word.matcher(suggested).replaceAll(Matcher.quoteReplacement(correction.getValue()));
        }
        return suggested;
    }

    /**
     * The query's embedding (of its words without operators); null in lexical mode, when it has no words, or when
     * none of its words is known ({@code anyKnownWord} false).
     */
    private float[] queryVector(UserQuery parsed, String text, SearchMode mode, boolean anyKnownWord) {
        if (mode == SearchMode.LEXICAL) {
            return null;
        }
        TextEmbedder model = embedder.get().orElseThrow(() -> new ModeUnavailableException(mode));
        if (!anyKnownWord) {
            return null;
        }
        String words = parsed.allPositiveWords();
        String meaningful = words.codePoints().anyMatch(Character::isLetterOrDigit) ? words : text;
        if (meaningful.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return null; // punctuation or control characters only: nothing to compare by meaning
        }
        return model.embed(firstWords(meaningful, MAX_EMBEDDED_WORDS));
    }

    /** The first {@code max} whitespace-separated words of {@code text}. */
    static String firstWords(String text, int max) {
        String[] words = text.strip().split("\\s+", max + 1);
        return words.length <= max ? text : String.join(" ", Arrays.asList(words).subList(0, max));
    }
}
