package dev.faqindex.testing;

import java.util.List;

/** What the seed article ({@link Paths#seed()}) says, as tests of its parsing and of its ranking both expect it. */
public final class SeedFacts {

    /** The questions of the seed article's FAQ, in the article's order. */
    public static final List<String> FAQ_QUESTIONS = List.of(
            "Can exercise make my back pain worse?",
            "What are the best exercises for lower back pain?",
            "How long should I rest if I have back pain from exercise?",
            "Should I stretch before or after exercise?",
            "How important is core strength for preventing back pain during exercise?",
            "What are some common mistakes people make that cause back pain after lifting weights?",
            "Can I still exercise if I have lower back pain?");

    private SeedFacts() {
    }
}
