package dev.faqindex.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A search box query split into its parts. Reading never fails: quoted phrases, {@code -exclusions},
 * {@code +required} words, and the operators {@code OR}, {@code AND} and {@code NOT} are recognised where they are
 * well formed, and anything else (an unbalanced quote, a stray operator, brackets, field syntax) is read as plain
 * words.
 *
 * @param clauses the parts in the order typed
 */
public record UserQuery(List<Clause> clauses) {

    /** How a clause takes part in matching. */
    public enum Occur { SHOULD, MUST, MUST_NOT }

    /**
     * One word or quoted phrase.
     *
     * @param text the word or the phrase's words, as typed
     * @param phrase whether it was quoted
     * @param occur how it must match
     */
    public record Clause(String text, boolean phrase, Occur occur) {
    }

    public UserQuery {
        clauses = List.copyOf(clauses);
    }

    /** Reads the text of a search box. */
    public static UserQuery parse(String text) {
        List<Token> tokens = tokenize(text == null ? "" : text);
        List<Clause> clauses = new ArrayList<>();
        boolean orPending = false;
        boolean andPending = false;
        boolean notPending = false;
        for (Token token : tokens) {
            if (!token.quoted && token.sign == 0) {
                switch (token.text) {
                    case "OR" -> {
                        orPending = !clauses.isEmpty();
                        continue;
                    }
                    case "AND" -> {
                        andPending = !clauses.isEmpty();
                        continue;
                    }
                    case "NOT" -> {
                        notPending = true;
                        continue;
                    }
                    default -> { }
                }
            }
            Occur occur;
            if (notPending || token.sign == '-') {
                occur = Occur.MUST_NOT;
            } else if (token.sign == '+' || andPending) {
                occur = Occur.MUST;
            } else if (orPending) {
                occur = Occur.SHOULD;
            } else {
                occur = token.quoted ? Occur.MUST : Occur.SHOULD;
            }
            if (andPending && occur == Occur.MUST && !clauses.isEmpty()) {
                Clause previous = clauses.getLast();
                if (previous.occur() == Occur.SHOULD) {
                    clauses.set(clauses.size() - 1, new Clause(previous.text(), previous.phrase(), Occur.MUST));
                }
            }
            if (orPending && !clauses.isEmpty()) {
                Clause previous = clauses.getLast();
                if (previous.occur() == Occur.MUST && previous.phrase()) {
                    clauses.set(clauses.size() - 1, new Clause(previous.text(), true, Occur.SHOULD));
                }
            }
            clauses.add(new Clause(token.text, token.quoted, occur));
            orPending = false;
            andPending = false;
            notPending = false;
        }
        return new UserQuery(clauses);
    }

    /** Clauses that add to the score (everything but exclusions). */
    public List<Clause> positive() {
        return clauses.stream().filter(c -> c.occur() != Occur.MUST_NOT).toList();
    }

    /** The plain words (unquoted, not excluded), joined by spaces. */
    public String plainWords() {
        return String.join(" ", clauses.stream()
                .filter(c -> !c.phrase() && c.occur() != Occur.MUST_NOT)
                .map(Clause::text)
                .toList());
    }

    /** Every positive word, quoted or not, joined by spaces: the query with its syntax removed. */
    public String allPositiveWords() {
        return String.join(" ", positive().stream().map(Clause::text).toList());
    }

    private record Token(String text, boolean quoted, char sign) {
    }

    private static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            char sign = 0;
            if ((c == '-' || c == '+') && i + 1 < n && !Character.isWhitespace(text.charAt(i + 1))) {
                sign = c;
                i++;
                c = text.charAt(i);
            }
            if (c == '"') {
                int close = text.indexOf('"', i + 1);
                if (close > i + 1) {
                    String phrase = text.substring(i + 1, close).strip();
                    if (!phrase.isEmpty()) {
                        tokens.add(new Token(phrase, true, sign));
                    }
                    i = close + 1;
                    continue;
                }
                i++; // an unbalanced or empty quote: read what follows as plain words
                continue;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            String word = text.substring(start, i);
            if (!word.isBlank()) {
                tokens.add(new Token(word, false, sign));
            }
        }
        return tokens;
    }
}
