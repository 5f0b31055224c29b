package dev.faqindex.content.html;

import org.jsoup.nodes.Element;

/**
 * The anchor a section or FAQ entry of a page keeps, so that the page's own links ({@code #delete}) still land: the id
 * its heading, term or {@code <details>} carries, or a named anchor inside it, or the wrapper it opens; null when the
 * page gives none (one is then made from the title).
 */
final class HtmlAnchors {

    private HtmlAnchors() {
    }

    /** A heading's id, or that of an anchor inside it, or that of the wrapper it opens. */
    static String ofHeading(Element heading) {
        if (!heading.id().isBlank()) {
            return heading.id();
        }
        Element named = heading.selectFirst("a[id], a[name]");
        if (named != null) {
            return named.id().isBlank() ? named.attr("name") : named.id();
        }
        Element parent = heading.parent();
        if (parent != null && !parent.id().isBlank() && parent.firstElementChild() == heading) {
            return parent.id();
        }
        return null;
    }

    /** A term's id, or that of an anchor inside it, or that of the nearest wrapper holding no other term. */
    static String ofTerm(Element term, Element root) {
        String own = ofHeading(term);
        if (own != null && own.equals(term.parent().id())) {
            own = null; // the list's id names the list, not its first question
        }
        if (own != null) {
            return own;
        }
        for (Element parent = term.parent(); parent != null; parent = parent.parent()) {
            if (!parent.id().isBlank() && parent.select("dt").size() == 1) {
                return parent.id();
            }
            if (parent == root.parent()) {
                break;
            }
        }
        return null;
    }

    /** A {@code <details>} entry's id, or its summary's as a heading's. */
    static String ofDetails(Element details, Element summary) {
        if (!details.id().isBlank()) {
            return details.id();
        }
        return ofHeading(summary);
    }
}
