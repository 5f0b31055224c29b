package dev.faqindex.content.html;

import dev.faqindex.content.block.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads a {@code <pre>} as a code block: its text as written (line breaks, indentation, {@code <br>}), without the
 * line-number gutters that highlighters add, and the language it names in {@code data-lang} or a class
 * ({@code language-go}, {@code highlight-console}) on itself, its code element or its wrappers.
 */
final class HtmlCode {

    private static final Pattern LANGUAGE_CLASS = Pattern.compile("(?i)^(?:language|lang|highlight|brush)[-:]"
            + "([A-Za-z0-9_+#.-]+)$");

    private HtmlCode() {
    }

    /** The code block of a {@code <pre>}: its text as written and the language it names. */
    static Block.CodeBlock of(Element pre) {
        StringBuilder text = new StringBuilder();
        appendCode(pre, text);
        String code = Text.visible(text.toString()).replaceAll("\\s+$", "").replaceFirst("^(\\s*\\n)+", "");
        return new Block.CodeBlock(language(pre), code);
    }

    /** The text of code as written: line breaks and indentation kept, line-number gutters left out. */
    private static void appendCode(Element element, StringBuilder text) {
        for (Node node : element.childNodes()) {
            if (node instanceof TextNode textNode) {
                text.append(textNode.getWholeText());
            } else if (node instanceof Element child) {
                if (child.normalName().equals("br")) {
                    text.append('\n');
                } else if (child.classNames().stream().noneMatch(c -> c.matches("(?i)linenos?|lineno|gutter"))) {
                    appendCode(child, text);
                }
            }
        }
    }

    /** The language a code block names in its classes or {@code data-lang}: on itself, its code or its wrappers. */
    private static String language(Element pre) {
        List<Element> candidates = new ArrayList<>();
        candidates.add(pre);
        if (pre.childrenSize() == 1) {
            candidates.add(pre.child(0));
        }
        for (Element wrapper = pre.parent(); wrapper != null && candidates.size() < 4; wrapper = wrapper.parent()) {
            candidates.add(wrapper); // Sphinx names the language two wrappers up: div.highlight-console > div > pre
        }
        for (Element element : candidates) {
            for (String attribute : List.of("data-lang", "data-language")) {
                if (!element.attr(attribute).isBlank()) {
                    return element.attr(attribute).strip().replaceAll("[^A-Za-z0-9_+#.-]", "");
                }
            }
            for (String name : element.classNames()) {
                Matcher matcher = LANGUAGE_CLASS.matcher(name);
                if (matcher.matches()) {
                    return matcher.group(1);
                }
            }
        }
        return "";
    }
}
