package dev.faqindex.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.faqindex.search.SearchHit;
import dev.faqindex.search.SearchResult;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchResultJsonTest {

    private final ObjectMapper mapper = new ObjectMapper();

    private static SearchResult result(long tookMs) {
        SearchHit hit = new SearchHit("warm-up#faq-1", "faq", "Should I stretch first?", List.of("Warm-up", "FAQ"),
                "/articles/warm-up#faq-1", "A gentle <mark>stretch</mark> helps.", 3.5f, 0.9,
                new SearchHit.ArticleRef("warm-up", "Warm-up", "warm-up.md"), null, null);
        return new SearchResult("stretch", 1, tookMs, List.of(hit));
    }

    @Test
    void aRenderedPageSentAgainCarriesItsOwnTimeAndOtherwiseTheSameJson() throws Exception {
        SearchResultJson json = new SearchResultJson(mapper);

        String first = new String(json.render(result(7)), StandardCharsets.UTF_8);
        String again = new String(json.render(result(123)), StandardCharsets.UTF_8);

        assertEquals(mapper.writeValueAsString(result(7)), first);
        assertEquals(mapper.writeValueAsString(result(123)), again);
        assertEquals(123, mapper.readTree(again).get("tookMs").asLong());
    }

    @Test
    void theRenderedBytesStayWithThePageAndItsCopies() throws Exception {
        SearchResultJson json = new SearchResultJson(mapper);
        SearchResult page = result(7);

        json.render(page);

        Object attached = page.withTookMs(99).attachment()
                .computeIfAbsent(Object.class, () -> fail("the copy must find the bytes rendered for the page"));
        assertNotNull(attached);
        assertEquals(mapper.writeValueAsString(result(99)),
                new String(json.render(page.withTookMs(99)), StandardCharsets.UTF_8));
    }

    @Test
    void everyResultIsSerialisedAsJacksonWould() throws Exception {
        SearchResultJson json = new SearchResultJson(mapper);

        assertEquals(mapper.writeValueAsString(result(42)), new String(json.render(result(42)), StandardCharsets.UTF_8));
    }
}
