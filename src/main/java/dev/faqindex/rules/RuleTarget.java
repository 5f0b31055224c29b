package dev.faqindex.rules;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which chunks an action of a rule is about: one chunk by id, every chunk of an article, of a type or with a tag.
 * Exactly one is given. Written {@code "billing:old-pricing"} (a chunk id) or {@code {article: billing}},
 * {@code {type: faq}}, {@code {tag: billing}}.
 *
 * @param id a chunk id
 * @param article an article slug
 * @param type {@code faq} or {@code section}
 * @param tag a tag
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RuleTarget(String id, String article, String type, String tag) {

    public RuleTarget {
        id = blankToNull(id);
        article = blankToNull(article);
        type = blankToNull(type);
        tag = blankToNull(tag);
        List<String> given = new ArrayList<>();
        for (String value : new String[] {id, article, type, tag}) {
            if (value != null) {
                given.add(value);
            }
        }
        if (given.size() != 1) {
            throw new IllegalArgumentException("name exactly one of id, article, type or tag, got " + given.size());
        }
        if (type != null) {
            type = type.toLowerCase(Locale.ROOT);
            if (!type.equals("faq") && !type.equals("section")) {
                throw new IllegalArgumentException("type must be faq or section, got '" + type + "'");
            }
        }
    }

    /** A target written as a bare chunk id. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static RuleTarget ofId(String id) {
        return new RuleTarget(id, null, null, null);
    }

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    static RuleTarget of(@JsonProperty("id") String id, @JsonProperty("article") String article,
            @JsonProperty("type") String type, @JsonProperty("tag") String tag) {
        return new RuleTarget(id, article, type, tag);
    }

    /** Whether a chunk with these values is one of the target's. */
    public boolean matches(String chunkId, String chunkArticle, String chunkType, List<String> chunkTags) {
        if (id != null) {
            return id.equals(chunkId);
        }
        if (article != null) {
            return article.equals(chunkArticle);
        }
        if (type != null) {
            return type.equals(chunkType);
        }
        return chunkTags.contains(tag);
    }

    /** How it reads in messages and explanations: {@code billing:old-pricing}, {@code article billing}. */
    public String describe() {
        if (id != null) {
            return id;
        }
        if (article != null) {
            return "article " + article;
        }
        return type != null ? "type " + type : "tag " + tag;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
