package dev.faqindex.rules;

import dev.faqindex.index.EnglishTextAnalyzer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * A checked set of query rules, each with its query read into terms by the search analysis (words folded and stemmed:
 * "whiteboards" and "whiteboard" are one term), ready to be matched against what users type. Immutable; a new file
 * makes a new set, so a set also stands for its version (the result cache keys on it).
 */
public final class RuleSet {

    /** No rules. */
    public static final RuleSet EMPTY = new RuleSet(List.of());

    private static final Analyzer ANALYZER = EnglishTextAnalyzer.forQueries();

    private record Compiled(QueryRule rule, List<String> terms) {
    }

    private final List<QueryRule> rules;
    private final List<Compiled> compiled;

    public RuleSet(List<QueryRule> rules) {
        this.rules = List.copyOf(rules);
        this.compiled = this.rules.stream().map(rule -> new Compiled(rule, terms(rule.query()))).toList();
    }

    /** The rules, in the order written. */
    public List<QueryRule> rules() {
        return rules;
    }

    public boolean isEmpty() {
        return rules.isEmpty();
    }

    /** The rules in force on {@code day} whose query matches {@code query}, in the order written. */
    public List<QueryRule> matching(String query, LocalDate day) {
        if (compiled.isEmpty()) {
            return List.of();
        }
        List<String> terms = terms(query == null ? "" : query);
        List<QueryRule> fired = new ArrayList<>();
        for (Compiled rule : compiled) {
            if (rule.rule().inForce(day) && rule.rule().match().matches(rule.terms(), terms)) {
                fired.add(rule.rule());
            }
        }
        return fired;
    }

    /** The terms of {@code text} as search reads them. */
    static List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = ANALYZER.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing text in memory cannot fail", e);
        }
        return terms;
    }
}
