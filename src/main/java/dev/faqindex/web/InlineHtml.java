package dev.faqindex.web;

import dev.faqindex.content.block.Inline;
import java.util.List;

/** Writes inline content as HTML: text escaped, code, emphasis, links and images only where their URL is safe. */
final class InlineHtml {

    private InlineHtml() {
    }

    static void write(List<Inline> content, HtmlWriter html) {
        for (Inline inline : content) {
            switch (inline) {
                case Inline.Text text -> html.text(text.text());
                case Inline.Code code -> html.element("code", code.code());
                case Inline.Emphasis emphasis -> wrapped("em", emphasis.content(), html);
                case Inline.Strong strong -> wrapped("strong", strong.content(), html);
                case Inline.Deleted deleted -> wrapped("del", deleted.content(), html);
                case Inline.Link link -> link(link, html);
                case Inline.Image image -> image(image.src(), image.alt(), image.title(), html);
                case Inline.LineBreak ignored -> html.open("br");
            }
        }
    }

    /** An {@code <img>} when the source is safe to load, else its alt text. */
    static void image(String src, String alt, String title, HtmlWriter html) {
        SafeUrls.image(src).ifPresentOrElse(
                safe -> html.open("img", "src", safe, "alt", alt, "title", title.isEmpty() ? null : title,
                        "loading", "lazy"),
                () -> html.text(alt));
    }

    private static void link(Inline.Link link, HtmlWriter html) {
        var href = SafeUrls.link(link.href());
        if (href.isEmpty()) {
            write(link.content(), html);
            return;
        }
        boolean external = href.get().startsWith("http://") || href.get().startsWith("https://");
        html.open("a", "href", href.get(), "title", link.title().isEmpty() ? null : link.title(),
                "rel", external ? "noopener nofollow" : null);
        write(link.content(), html);
        html.close("a");
    }

    private static void wrapped(String tag, List<Inline> content, HtmlWriter html) {
        html.open(tag);
        write(content, html);
        html.close(tag);
    }
}
