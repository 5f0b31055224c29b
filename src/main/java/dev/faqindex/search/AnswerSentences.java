package dev.faqindex.search;

import dev.faqindex.index.EnglishTextAnalyzer;
import dev.faqindex.semantic.TextEmbedder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Finds the sentence of a chunk that answers a question: the one holding most of the question's content words
 * (weighted by how rare each is), or, when no sentence shares a word, the one closest in meaning (embedded with the
 * index's model, a few sentences at a time). A short sentence takes the next one with it, so an answer reads whole.
 * Marks the question's words in an HTML copy.
 */
final class AnswerSentences {

    /** Sentences of a chunk weighed by meaning, at most: the answer of a FAQ entry or section comes early. */
    static final int MAX_EMBEDDED_SENTENCES = 6;
    /** A sentence shorter than this takes the next one with it. */
    static final int SHORT_SENTENCE = 80;
    /** Longest answer, in characters, before the second sentence is left out. */
    static final int MAX_ANSWER = 400;

    private static final Analyzer ANALYZER = EnglishTextAnalyzer.forQueries();

    /** One chosen passage: its text and the query words it holds. */
    record Chosen(String text, String html) {
    }

    /**
     * What choosing an answer needs of one text alone, whatever the question: its sentences and each one's
     * analysed terms (worked out once for a text many questions are answered from).
     */
    record Sentences(List<String> sentences, List<List<String>> terms) {

        /** The sentences of {@code text} and their terms. */
        static Sentences of(String text) {
            List<String> sentences = AnswerSentences.sentences(text);
            return new Sentences(sentences,
                    sentences.stream().map(sentence -> AnalyzedTerms.of(ANALYZER, sentence, type -> true)).toList());
        }
    }

    private AnswerSentences() {
    }

    /**
     * The answering sentences of each text (chunk bodies), found by words, else by meaning when {@code vector} and
     * {@code embedder} are given; empty for a text with no sentence found either way.
     */
    static List<Optional<Chosen>> choose(List<String> texts, QueryWords words, float[] vector,
            Optional<TextEmbedder> embedder, SentenceVectors kept) {
        return chooseAmong(texts.stream().map(Sentences::of).toList(), words, vector, embedder, kept);
    }

    /** As {@link #choose}, from each text's sentences worked out beforehand. */
    static List<Optional<Chosen>> chooseAmong(List<Sentences> texts, QueryWords words, float[] vector,
            Optional<TextEmbedder> embedder, SentenceVectors kept) {
        List<List<String>> sentences = texts.stream().map(Sentences::sentences).toList();
        List<Optional<Chosen>> chosen = new ArrayList<>();
        Map<Integer, List<String>> byMeaning = new HashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            int best = byWords(texts.get(i).terms(), words.contentTerms());
            if (best >= 0) {
                chosen.add(Optional.of(around(sentences.get(i), best, words)));
            } else {
                chosen.add(Optional.empty());
                if (vector != null && embedder.isPresent() && !sentences.get(i).isEmpty()) {
                    byMeaning.put(i, sentences.get(i).subList(0, Math.min(MAX_EMBEDDED_SENTENCES,
                            sentences.get(i).size())));
                }
            }
        }
        if (!byMeaning.isEmpty()) {
            List<String> batch = new ArrayList<>();
            byMeaning.values().forEach(batch::addAll);
            List<float[]> embedded = kept.of(batch, embedder.get());
            int at = 0;
            for (Map.Entry<Integer, List<String>> text : byMeaning.entrySet()) {
                int best = 0;
                double bestCos = Double.NEGATIVE_INFINITY;
                for (int s = 0; s < text.getValue().size(); s++) {
                    double cos = dot(vector, embedded.get(at + s));
                    if (cos > bestCos) {
                        bestCos = cos;
                        best = s;
                    }
                }
                at += text.getValue().size();
                chosen.set(text.getKey(), Optional.of(around(sentences.get(text.getKey()), best, words)));
            }
        }
        return chosen;
    }

    /** The index of the sentence holding the most (idf-like: longer terms are rarer) query terms; -1 when none. */
    private static int byWords(List<List<String>> sentenceTerms, List<String> terms) {
        int best = -1;
        double bestScore = 0;
        for (int i = 0; i < sentenceTerms.size(); i++) {
            List<String> found = sentenceTerms.get(i);
            double score = 0;
            for (String term : terms) {
                if (found.contains(term)) {
                    score += 1 + Math.log(term.length());
                }
            }
            if (score > bestScore) {
                bestScore = score;
                best = i;
            }
        }
        return best;
    }

    private static Chosen around(List<String> sentences, int index, QueryWords words) {
        String text = sentences.get(index);
        if (text.length() < SHORT_SENTENCE && index + 1 < sentences.size()
                && text.length() + sentences.get(index + 1).length() < MAX_ANSWER) {
            text = text + " " + sentences.get(index + 1);
        }
        return new Chosen(text, marked(text, words.contentTerms()));
    }

    /** The sentences of {@code text}, stripped, list markers and blank ones left out. */
    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String paragraph : text.split("\\n\\s*\\n|\\n- ")) {
            String flat = paragraph.replaceFirst("^- ", "").replaceAll("\\s+", " ").strip();
            BreakIterator iterator = BreakIterator.getSentenceInstance(Locale.ROOT);
            iterator.setText(flat);
            int start = iterator.first();
            for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
                String sentence = flat.substring(start, end).strip();
                if (sentence.codePoints().anyMatch(Character::isLetterOrDigit)) {
                    out.add(sentence);
                }
            }
        }
        return out;
    }

    /** {@code text} escaped for HTML, each word whose term is one of {@code terms} in {@code <mark>}. */
    static String marked(String text, List<String> terms) {
        StringBuilder html = new StringBuilder();
        int at = 0;
        try (TokenStream stream = ANALYZER.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (terms.contains(term.toString()) && offset.startOffset() >= at) {
                    HtmlText.escapeInto(html, text.substring(at, offset.startOffset()));
                    html.append("<mark>");
                    HtmlText.escapeInto(html, text.substring(offset.startOffset(), offset.endOffset()));
                    html.append("</mark>");
                    at = offset.endOffset();
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing an in-memory string failed", e);
        }
        HtmlText.escapeInto(html, text.substring(at));
        return html.toString();
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
