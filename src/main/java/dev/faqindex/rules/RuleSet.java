package dev.faqindex.rules;

import dev.faqindex.index.EnglishTextAnalyzer;
import dev.faqindex.index.FunctionWords;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    /** A rule with its query's terms: all of them, and its content words' alone. */
    private record Compiled(QueryRule rule, List<String> terms, List<String> contentTerms) {
    }

    private final List<QueryRule> rules;
    private final List<Compiled> compiled;

    public RuleSet(List<QueryRule> rules) {
        this.rules = List.copyOf(rules);
        this.compiled = this.rules.stream()
                .map(rule -> new Compiled(rule, terms(rule.query(), false), terms(rule.query(), true))).toList();
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
        String text = query == null ? "" : query;
        List<String> terms = terms(text, false);
        List<String> contentTerms = terms(text, true);
        List<QueryRule> fired = new ArrayList<>();
        for (Compiled rule : compiled) {
            // Exact compares every word; contains and all-words look past function words (my, the, how), so that
            // "cancel subscription" fires for "how do I cancel my subscription".
            boolean exact = rule.rule().match() == MatchKind.EXACT || rule.contentTerms().isEmpty();
            boolean matches = exact ? rule.rule().match().matches(rule.terms(), terms)
                    : rule.rule().match().matches(rule.contentTerms(), contentTerms);
            if (rule.rule().inForce(day) && matches) {
                fired.add(rule.rule());
            }
        }
        return fired;
    }

    /** The terms of {@code text} as search reads them, without those of function words when asked. */
    static List<String> terms(String text, boolean contentOnly) {
        List<String> terms = new ArrayList<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (word.isEmpty() || contentOnly && FunctionWords.contains(word.replaceAll("^\\W+|\\W+$", ""))) {
                continue;
            }
            try (TokenStream stream = ANALYZER.tokenStream("body", word)) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    terms.add(term.toString());
                }
                stream.end();
            } catch (IOException e) {
                throw new UncheckedIOException("analysing text in memory cannot fail", e);
            }
        }
        return terms;
    }
}
