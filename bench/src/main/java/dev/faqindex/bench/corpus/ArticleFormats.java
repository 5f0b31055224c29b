package dev.faqindex.bench.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Renders a {@link GeneratedArticle} as a content file: Markdown with front matter, or JSON lines of FAQ entries. */
final class ArticleFormats {

    private final ObjectMapper json = new ObjectMapper();

    /** Markdown: front matter, a {@code ##} heading per section, then the questions under an FAQ heading. */
    String markdown(GeneratedArticle article) {
        StringBuilder md = new StringBuilder();
        md.append("---\n")
                .append("title: \"").append(article.title()).append("\"\n")
                .append("slug: ").append(article.slug()).append('\n')
                .append("tags: [").append(article.tags().stream().map(t -> "\"" + t + "\"")
                        .collect(Collectors.joining(", "))).append("]\n")
                .append("---\n\n")
                .append("# ").append(article.title()).append("\n\n");
        for (GeneratedArticle.Entry section : article.sections()) {
            appendEntry(md, "## ", section);
        }
        if (!article.faqs().isEmpty()) {
            md.append("## Frequently asked questions\n\n");
            for (GeneratedArticle.Entry faq : article.faqs()) {
                appendEntry(md, "### ", faq);
            }
        }
        return md.toString();
    }

    private static void appendEntry(StringBuilder md, String marker, GeneratedArticle.Entry entry) {
        md.append(marker).append(entry.title()).append("\n\n");
        for (String paragraph : entry.paragraphs()) {
            md.append(paragraph).append("\n\n");
        }
    }

    /** JSON lines: one {@code {id, question, answer, tags}} object per FAQ entry, ids {@code <slug>-<n>}. */
    String jsonLines(GeneratedArticle article) {
        StringBuilder lines = new StringBuilder();
        List<GeneratedArticle.Entry> faqs = article.faqs();
        for (int i = 0; i < faqs.size(); i++) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", article.slug() + "-" + (i + 1));
            entry.put("question", faqs.get(i).title());
            entry.put("answer", String.join("\n\n", faqs.get(i).paragraphs()));
            entry.put("tags", article.tags());
            try {
                lines.append(json.writeValueAsString(entry)).append('\n');
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a map of strings always serialises", e);
            }
        }
        return lines.toString();
    }
}
