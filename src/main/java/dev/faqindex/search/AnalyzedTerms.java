package dev.faqindex.search;

import dev.faqindex.index.ChunkFields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/** The terms an analyzer makes of a query's text, as the body field is analysed. */
final class AnalyzedTerms {

    private AnalyzedTerms() {
    }

    /** The distinct terms of {@code text}, in order, of the token types {@code types} accepts. */
    static List<String> of(Analyzer analyzer, String text, Predicate<String> types) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(ChunkFields.BODY, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (types.test(type.type()) && !terms.contains(term.toString())) {
                    terms.add(term.toString());
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing an in-memory string failed", e);
        }
        return terms;
    }
}
