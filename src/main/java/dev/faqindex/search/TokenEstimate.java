package dev.faqindex.search;

/**
 * Estimates how many tokens of a language model a text costs: one per 4 characters, rounded up, the usual rule
 * of thumb for English with BPE tokenizers (GPT, Claude, Llama are within about 20% on prose). A passage costs its
 * title, breadcrumb and text, as a chatbot pastes all three.
 */
final class TokenEstimate {

    static final int CHARS_PER_TOKEN = 4;

    private TokenEstimate() {
    }

    static int of(String text) {
        return (text.length() + CHARS_PER_TOKEN - 1) / CHARS_PER_TOKEN;
    }

    static int of(Passage passage) {
        return of(passage.title()) + of(String.join(" > ", passage.breadcrumb())) + of(passage.text());
    }
}
