package dev.faqindex.content;

import dev.faqindex.content.html.HtmlArticleParser;
import dev.faqindex.content.html.HtmlSelectors;
import dev.faqindex.content.jsonfaq.JsonFaqParser;
import dev.faqindex.content.markdown.MarkdownArticleParser;
import dev.faqindex.content.parse.ArticleParser;
import dev.faqindex.content.plaintext.PlainTextArticleParser;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which parser reads which file: {@code .md} and {@code .markdown} as Markdown, {@code .txt} as plain-text articles,
 * {@code .json} (an array) and {@code .jsonl} (one object per line) as FAQ entries, {@code .html} and {@code .htm} as
 * HTML pages (their main content found with the site's selectors, if any). A new format is one more parser
 * behind {@link ArticleParser} and one more line here.
 */
final class ContentFormats {

    private final Map<String, ArticleParser> parsersByExtension;

    ContentFormats(HtmlSelectors htmlSelectors) {
        ArticleParser markdown = new MarkdownArticleParser();
        ArticleParser html = new HtmlArticleParser(htmlSelectors);
        this.parsersByExtension = Map.of(
                "md", markdown,
                "markdown", markdown,
                "html", html,
                "htm", html,
                "txt", new PlainTextArticleParser(),
                "json", new JsonFaqParser(false),
                "jsonl", new JsonFaqParser(true));
    }

    /** The extensions read, lower-case, without the dot. */
    Set<String> extensions() {
        return parsersByExtension.keySet();
    }

    /** The parser for a lower-case extension. */
    Optional<ArticleParser> parser(String extension) {
        return Optional.ofNullable(parsersByExtension.get(extension));
    }
}
