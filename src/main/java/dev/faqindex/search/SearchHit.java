package dev.faqindex.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.faqindex.content.Chunk;
import java.util.List;

/**
 * One ranked result, ready to display: the chunk's identity, where it links, and a highlighted snippet.
 *
 * @param id chunk id (see {@code /api/chunks/{id}})
 * @param type {@code faq} or {@code section}
 * @param title heading or question
 * @param breadcrumb article title, enclosing headings, then the title
 * @param url deep link to the section or FAQ entry
 * @param snippet best passages of the body as HTML: text escaped, matched terms in {@code <mark>}
 * @param score relevance score (higher is better; comparable within one response only)
 * @param confidence the calibrated probability, 0 to 1, that this hit answers the query: comparable across queries
 *     (of the hits given 0.8, about 8 in 10 answer); absent where hits are not assessed (related chunks)
 * @param article the article the chunk belongs to
 * @param explanation why it matched and how the score was made, when asked for; otherwise absent
 * @param internal {@code true} for an internal chunk (shown to agents only); otherwise absent
 */
public record SearchHit(
        String id,
        String type,
        String title,
        List<String> breadcrumb,
        String url,
        String snippet,
        float score,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double confidence,
        ArticleRef article,
        @JsonInclude(JsonInclude.Include.NON_NULL) HitExplanation explanation,
        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean internal) {

    public SearchHit {
        internal = Boolean.TRUE.equals(internal) ? Boolean.TRUE : null;
    }

    /**
     * The article a hit belongs to.
     *
     * @param id article slug
     * @param title article title
     * @param path the content file it was read from, relative to the content folder ({@code /} separators): which
     *     file answered
     */
    public record ArticleRef(String id, String title, String path) {

        /** The article of {@code chunk}. */
        public static ArticleRef of(Chunk chunk) {
            return new ArticleRef(chunk.articleSlug(), chunk.articleTitle(), chunk.path());
        }
    }

    /** The same hit with another snippet. */
    public SearchHit withSnippet(String html) {
        return new SearchHit(id, type, title, breadcrumb, url, html, score, confidence, article, explanation, internal);
    }

    /** The same hit with an explanation attached. */
    public SearchHit withExplanation(HitExplanation why) {
        return new SearchHit(id, type, title, breadcrumb, url, snippet, score, confidence, article, why, internal);
    }
}
