package dev.faqindex.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Body texts of the kinds content holds (prose, code, tables, lists, odd punctuation), made from a seed. */
final class SnippetBodies {

    static final List<String> FIXED = List.of(
            "",
            "Stretch.",
            "Wi-Fi drops? Restart the router. Wi-Fi and wifi are one word; sit-ups, situps and sit ups too.",
            "E.g. the U.S. team (Dr. Who) said... no. Version 3.5. Mr. X? Yes!",
            "Use `brew install foo` (e.g. on macOS 14.5). Then run it! Dr. Smith's notes say so... really?",
            "| option | meaning |\n| --- | --- |\n| `--force` | overwrite files |\n| `-v` | verbose output |\n",
            "```\nhugo server --buildDrafts\nhugo new content posts/my-first-post.md\n```\nThen open the site.",
            "Line one\nline two without a stop\n\n- item one\n- item two; item three\n\n"
                    + "1. First. 2. Second.",
            "Hold it.\u2029A separator of values.",
            "“Quoted” text — with dashes – and don’t, child’s, O’Brien’s. U.S. rules apply. 3.5 kg is 7.7 lb.",
            "See https://example.com/a-b/c?d=e&f=g#h for <details>. A & B < C > D \"quotes\" 'single'.",
            "Back pain back pain back pain. Back. Pain! Back-pain? BACK PAIN back-pain backpain.");

    private static final String[] WORDS = {"back", "pain", "stretch", "stretching", "stretches", "knee", "squat",
        "squats", "wi-fi", "sit-ups", "e.g.", "i.e.", "3.5", "U.S.", "Dr.", "don't", "child's", "C++", "`code`",
        "--force", "brew", "install", "hugo", "server", "template", "shortcode", "{{< ref >}}", "the", "and", "of",
        "to", "is", "how", "should", "my", "running", "runner", "runs", "café", "naïve", "“quoted”", "—", "...",
        "(see", "below)", "x86_64", "v0.120.0", "foo.bar", "path/to/file.md", "https://gohugo.io/docs", "ARM64",
        "macOS", "Linux", "formula", "cask", "tap", "upgrade", "muscle", "muscles", "warm-up", "cool-down", "&",
        "<b>", "a<b", "50%", "$HOME", "#anchor", "@user", "*bold*", "_em_", "|", "::", "=>", "...and"};
    private static final String[] ENDS = {".", ".", ".", "?", "!", ":", ";", "", "...", ".\n", "\n\n", ". ", "?\n"};

    private SnippetBodies() {
    }

    /** The fixed bodies, then {@code count} made ones. */
    static List<String> texts(Random random, int count) {
        List<String> texts = new ArrayList<>(FIXED);
        for (int i = 0; i < count; i++) {
            texts.add(text(random));
        }
        return texts;
    }

    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        int sentences = 1 + random.nextInt(random.nextInt(10) == 0 ? 40 : 8);
        for (int s = 0; s < sentences; s++) {
            int words = 1 + random.nextInt(random.nextInt(4) == 0 ? 60 : 20);
            for (int w = 0; w < words; w++) {
                String word = WORDS[random.nextInt(WORDS.length)];
                if (w == 0 && random.nextBoolean()) {
                    word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
                }
                text.append(word);
                text.append(w + 1 < words ? (random.nextInt(12) == 0 ? ", " : random.nextInt(30) == 0 ? "\n" : " ")
                        : "");
            }
            text.append(ENDS[random.nextInt(ENDS.length)]);
            if (random.nextInt(3) > 0) {
                text.append(' ');
            }
        }
        return text.toString();
    }
}
