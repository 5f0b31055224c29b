package dev.faqindex.content.block;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * A run of text inside a block, with its markup: plain text, inline code, emphasis, links, images and line breaks.
 * Every format's parser reduces its inline markup to these, so that article pages render them alike and the index
 * gets their {@link PlainText plain text}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "t")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Inline.Text.class, name = "text"),
        @JsonSubTypes.Type(value = Inline.Code.class, name = "code"),
        @JsonSubTypes.Type(value = Inline.Emphasis.class, name = "em"),
        @JsonSubTypes.Type(value = Inline.Strong.class, name = "strong"),
        @JsonSubTypes.Type(value = Inline.Deleted.class, name = "del"),
        @JsonSubTypes.Type(value = Inline.Link.class, name = "link"),
        @JsonSubTypes.Type(value = Inline.Image.class, name = "img"),
        @JsonSubTypes.Type(value = Inline.LineBreak.class, name = "br")})
public sealed interface Inline {

    /** Plain text, shown as it is (escaped). */
    record Text(String text) implements Inline {
    }

    /** Inline code, shown verbatim in a monospace font. */
    record Code(String code) implements Inline {
    }

    /** Emphasised text ({@code *text*}). */
    record Emphasis(List<Inline> content) implements Inline {
        public Emphasis {
            content = List.copyOf(content);
        }
    }

    /** Strongly emphasised text ({@code **text**}). */
    record Strong(List<Inline> content) implements Inline {
        public Strong {
            content = List.copyOf(content);
        }
    }

    /** Struck-out text ({@code ~~text~~}). */
    record Deleted(List<Inline> content) implements Inline {
        public Deleted {
            content = List.copyOf(content);
        }
    }

    /**
     * A link.
     *
     * @param href where it leads: an absolute URL, an article page ({@code /articles/<slug>#anchor}), an in-page
     *     {@code #anchor}, or another path as written
     * @param title the link's tooltip, or empty
     * @param content the link text
     */
    record Link(String href, String title, List<Inline> content) implements Inline {
        public Link {
            content = List.copyOf(content);
        }
    }

    /**
     * An image inside a line of text.
     *
     * @param src absolute URL, or a path served from the content folder
     * @param alt the alternative text
     * @param title tooltip, or empty
     */
    record Image(String src, String alt, String title) implements Inline {
    }

    /** A hard line break inside a paragraph. */
    record LineBreak() implements Inline {
    }

    /** Plain text as a list of one inline. */
    static List<Inline> text(String text) {
        return List.of(new Text(text));
    }
}
