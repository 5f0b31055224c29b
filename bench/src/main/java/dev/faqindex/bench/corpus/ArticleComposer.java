package dev.faqindex.bench.corpus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * Writes the text of generated articles from {@link SourceMaterial}: titles, headings and questions along the
 * heading and question chains, section text and answers along the prose chain, each section short enough to stay
 * one chunk.
 */
final class ArticleComposer {

    /** Longest section text written; the loader splits sections over 1,200 characters, so this stays one chunk. */
    static final int MAX_SECTION_CHARS = 1000;
    /** Headings the loader would read as the start of an FAQ are never written as section headings. */
    private static final Pattern FAQ_LIKE = Pattern.compile("(?i)\\bfaqs?\\b|frequently\\s+asked");

    private final SourceMaterial material;
    private final RandomGenerator random;

    ArticleComposer(SourceMaterial material, RandomGenerator random) {
        this.material = material;
        this.random = random;
    }

    /** An article with the given numbers of sections and FAQ entries; {@code number} makes its slug unique. */
    GeneratedArticle article(int number, int sections, int faqs) {
        String title = heading(3, 8);
        String slug = slug(title) + "-" + number;
        List<GeneratedArticle.Entry> sectionEntries = new ArrayList<>();
        Set<String> headings = new HashSet<>();
        for (int i = 0; i < sections; i++) {
            String heading = heading(2, 8);
            while (!headings.add(heading.toLowerCase(Locale.ROOT))) {
                heading = heading(2, 8);
            }
            sectionEntries.add(new GeneratedArticle.Entry(heading, sectionText()));
        }
        List<GeneratedArticle.Entry> faqEntries = new ArrayList<>();
        for (int i = 0; i < faqs; i++) {
            faqEntries.add(new GeneratedArticle.Entry(question(), answerText()));
        }
        return new GeneratedArticle(slug, title, tags(), sectionEntries, faqEntries);
    }

    private String heading(int minWords, int maxWords) {
        while (true) {
            String start = material.headingStarts().get(random.nextInt(material.headingStarts().size()));
            List<String> words = material.headings().walk(random, start, minWords + random.nextInt(maxWords - minWords + 1));
            String heading = WordChain.capitalise(WordChain.stripClosing(String.join(" ", words)))
                    .replaceAll("[:;]", "");
            if (words.size() >= minWords && !FAQ_LIKE.matcher(heading).find()) {
                return heading;
            }
        }
    }

    private String question() {
        while (true) {
            String start = material.questionStarts().get(random.nextInt(material.questionStarts().size()));
            List<String> words = material.questions().walk(random, start, 4 + random.nextInt(11));
            if (words.size() >= 3) {
                return WordChain.capitalise(WordChain.stripClosing(String.join(" ", words))) + "?";
            }
        }
    }

    /** One to three paragraphs, now and then a short list, within {@link #MAX_SECTION_CHARS}. */
    private List<String> sectionText() {
        int budget = 120 + random.nextInt(MAX_SECTION_CHARS - 120);
        List<String> paragraphs = new ArrayList<>();
        int used = 0;
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count && used < budget; i++) {
            String paragraph = random.nextInt(5) == 0 ? list(budget - used) : paragraph(budget - used);
            if (paragraph.isEmpty()) {
                break;
            }
            paragraphs.add(paragraph);
            used += paragraph.length() + 2;
        }
        if (paragraphs.isEmpty()) {
            paragraphs.add(material.prose().sentence(random, 12));
        }
        return paragraphs;
    }

    private List<String> answerText() {
        List<String> paragraphs = new ArrayList<>();
        int count = 1 + random.nextInt(2);
        for (int i = 0; i < count; i++) {
            String paragraph = paragraph(300);
            paragraphs.add(paragraph.isEmpty() ? material.prose().sentence(random, 12) : paragraph);
        }
        return paragraphs;
    }

    /** Sentences up to {@code budget} characters (at least one sentence is tried). */
    private String paragraph(int budget) {
        StringBuilder text = new StringBuilder();
        int sentences = 1 + random.nextInt(4);
        for (int i = 0; i < sentences; i++) {
            String sentence = material.prose().sentence(random, 30);
            if (text.length() + sentence.length() + 1 > budget) {
                break;
            }
            text.append(text.isEmpty() ? "" : " ").append(sentence);
        }
        return text.toString();
    }

    private String list(int budget) {
        StringBuilder text = new StringBuilder();
        int items = 2 + random.nextInt(3);
        for (int i = 0; i < items; i++) {
            String item = "- " + material.prose().sentence(random, 16);
            if (text.length() + item.length() + 1 > budget) {
                break;
            }
            text.append(text.isEmpty() ? "" : "\n").append(item);
        }
        return text.toString();
    }

    private List<String> tags() {
        List<String> all = material.tags();
        Set<String> picked = new LinkedHashSet<>();
        int count = 1 + random.nextInt(Math.min(3, all.size()));
        while (picked.size() < count) {
            picked.add(all.get(random.nextInt(all.size())));
        }
        return List.copyOf(picked);
    }

    /** Lower-case ASCII letters and digits joined by single hyphens, at most 40 characters. */
    static String slug(String text) {
        String slug = text.toLowerCase(Locale.ROOT).replaceAll("['\u2019]", "").replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (slug.length() > 40) {
            slug = slug.substring(0, 40).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "article" : slug;
    }
}
