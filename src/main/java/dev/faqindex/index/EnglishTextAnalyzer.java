package dev.faqindex.index;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterIterator;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * English analysis for article text, the same chain at index and query time so that forms meet:
 * typographic quotes and apostrophes become ASCII, words split at hyphens and punctuation while the joined form
 * is kept too ({@code sit-ups} matches {@code situps} and {@code sit ups}), possessives are dropped
 * ({@code child's} is {@code child}), case and accents are folded, English stop words removed and words stemmed
 * (Porter), so {@code stretching}, {@code stretches} and {@code stretch} are one term.
 *
 * <p>The query-time variant can also expand synonyms ({@link SynonymGraphFilter}), applied before stemming so a
 * synonym file is written with plain words.
 */
public final class EnglishTextAnalyzer extends Analyzer {

    private static final NormalizeCharMap TYPOGRAPHY = typography();

    private final boolean forIndexing;
    private final SynonymMap synonyms;

    private EnglishTextAnalyzer(boolean forIndexing, SynonymMap synonyms) {
        this.forIndexing = forIndexing;
        this.synonyms = synonyms;
    }

    /** The analyzer that writes the index: produces a flattened token graph. */
    public static EnglishTextAnalyzer forIndexing() {
        return new EnglishTextAnalyzer(true, null);
    }

    /** The analyzer for query text, without synonyms. */
    public static EnglishTextAnalyzer forQueries() {
        return new EnglishTextAnalyzer(false, null);
    }

    /** The analyzer for query text, expanding the given synonyms (may be {@code null} for none). */
    public static EnglishTextAnalyzer forQueries(SynonymMap synonyms) {
        return new EnglishTextAnalyzer(false, synonyms);
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new MappingCharFilter(TYPOGRAPHY, reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new WhitespaceTokenizer();
        int flags = WordDelimiterGraphFilter.GENERATE_WORD_PARTS
                | WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS
                | WordDelimiterGraphFilter.CATENATE_WORDS
                | WordDelimiterGraphFilter.STEM_ENGLISH_POSSESSIVE;
        TokenStream stream = new WordDelimiterGraphFilter(source, true, WordDelimiterIterator.DEFAULT_WORD_DELIM_TABLE, flags, null);
        if (forIndexing) {
            stream = new FlattenGraphFilter(stream);
        }
        stream = new LowerCaseFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        if (synonyms != null && synonyms.fst != null) {
            stream = new SynonymGraphFilter(stream, synonyms, true);
        }
        stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }

    private static NormalizeCharMap typography() {
        NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
        for (String apostrophe : new String[] {"\u2019", "\u2018", "\u02BC", "\u2032", "`", "\u00B4"}) {
            builder.add(apostrophe, "'");
        }
        for (String quote : new String[] {"\u201C", "\u201D", "\u201E", "\u00AB", "\u00BB"}) {
            builder.add(quote, "\"");
        }
        for (String dash : new String[] {"\u2010", "\u2011", "\u2012", "\u2013", "\u2014"}) {
            builder.add(dash, "-");
        }
        return builder.build();
    }
}
