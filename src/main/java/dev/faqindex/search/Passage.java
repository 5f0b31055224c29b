package dev.faqindex.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A passage to quote, with what a chatbot needs to cite it.
 *
 * @param id chunk id (see {@code /api/chunks/{id}})
 * @param title heading or FAQ question
 * @param breadcrumb article title, enclosing headings, then the title
 * @param text the chunk's plain text (possibly cut after a whole sentence to fit the token budget)
 * @param url the link to cite: absolute under the site's base address or at the page's canonical URL when known,
 *     else relative
 * @param score relevance score (comparable within one response only)
 * @param confidence the calibrated probability, 0 to 1, that it answers the question (comparable across queries);
 *     absent when the ranking did not assess it
 * @param article the article it comes from
 * @param internal {@code true} for an internal passage (only agents get one): not to be quoted to customers;
 *     otherwise absent
 */
public record Passage(String id, String title, List<String> breadcrumb, String text, String url, float score,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double confidence, SearchHit.ArticleRef article,
        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean internal) {

    public Passage {
        internal = Boolean.TRUE.equals(internal) ? Boolean.TRUE : null;
    }

    /** A public passage. */
    public Passage(String id, String title, List<String> breadcrumb, String text, String url, float score,
            Double confidence, SearchHit.ArticleRef article) {
        this(id, title, breadcrumb, text, url, score, confidence, article, null);
    }
}
