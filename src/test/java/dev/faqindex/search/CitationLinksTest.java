package dev.faqindex.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.faqindex.content.Chunk;
import dev.faqindex.content.ChunkType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The links chatbots cite passages by: under the site's address, else the page's canonical URL, else relative. */
class CitationLinksTest {

    private static Chunk chunk(List<String> breadcrumb, String anchor, String url, String canonical) {
        return new Chunk("kettles:" + anchor, ChunkType.SECTION, "kettles", "Kettles", breadcrumb.getLast(), breadcrumb,
                anchor, url, "Descale monthly.", List.of(), 0, List.of(), "kettles.html", List.of(), canonical);
    }

    private static final Chunk SECTION = chunk(List.of("Kettles", "Descaling"), "descaling",
            "/articles/kettles#descaling", "https://kettles.example/care/kettles#top");
    private static final Chunk TOP = chunk(List.of("Kettles"), "introduction", "/articles/kettles#introduction",
            "https://kettles.example/care/kettles");
    private static final Chunk PLAIN = chunk(List.of("Kettles", "Descaling"), "descaling",
            "/articles/kettles#descaling", "");
    private static final Chunk GIVEN = chunk(List.of("Kettles", "Descaling"), "descaling",
            "https://faq.example/kettles/42", "");

    @Test
    void theSitesAddressComesFirst() {
        CitationLinks links = new CitationLinks("https://help.example.com/");
        assertEquals("https://help.example.com/articles/kettles#descaling", links.of(SECTION));
        assertEquals("https://help.example.com/articles/kettles#descaling", links.of(PLAIN));
        assertEquals("https://faq.example/kettles/42", links.of(GIVEN), "a link the content gives is kept");
    }

    @Test
    void elseThePagesCanonicalUrlWithTheSectionsAnchor() {
        assertEquals("https://kettles.example/care/kettles#descaling", CitationLinks.RELATIVE.of(SECTION));
        assertEquals("https://kettles.example/care/kettles", CitationLinks.RELATIVE.of(TOP),
                "the top of the page is the page, not an anchor of ours");
    }

    @Test
    void elseRelativeAsSearchResultsLink() {
        assertEquals("/articles/kettles#descaling", CitationLinks.RELATIVE.of(PLAIN));
        assertEquals("https://faq.example/kettles/42", CitationLinks.RELATIVE.of(GIVEN));
    }
}
