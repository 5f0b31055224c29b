package dev.faqindex.rules;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A chunk, or the best chunk of an article, put at a position of the results: {@code {id: "billing:cancel",
 * position: 1}} or {@code {article: billing, position: 2}}. Positions count from 1.
 *
 * @param id the chunk pinned, or {@code null} when an article is
 * @param article the article whose best-ranked chunk (else its first) is pinned, or {@code null}
 * @param position where it goes, from 1
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Pin(String id, String article, int position) {

    /** Deepest position a pin may take. */
    public static final int MAX_POSITION = 50;

    @JsonCreator
    public Pin(@JsonProperty("id") String id, @JsonProperty("article") String article,
            @JsonProperty("position") Integer position) {
        this(id, article, position == null ? 1 : position.intValue());
    }

    public Pin {
        id = id == null || id.isBlank() ? null : id.strip();
        article = article == null || article.isBlank() ? null : article.strip();
        if ((id == null) == (article == null)) {
            throw new IllegalArgumentException("a pin names either an id or an article");
        }
        if (position < 1 || position > MAX_POSITION) {
            throw new IllegalArgumentException("position must be between 1 and " + MAX_POSITION + ", got " + position);
        }
    }

    /** How it reads in explanations. */
    public String describe() {
        return (id != null ? id : "article " + article) + " at " + position;
    }
}
