package dev.faqindex.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.faqindex.search.SearchResult;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Renders search results as JSON bytes, keeping the bytes of recent results so that a page the search layer answered
 * from its result cache is not serialised again (serialising is most of the cost of such an answer). A result is
 * rendered with {@code tookMs} 0, which {@link SearchResult} writes first, and each answer gets its own time written
 * over that.
 */
final class SearchResultJson {

    private static final byte[] RENDERED_PREFIX = "{\"tookMs\":0".getBytes(StandardCharsets.US_ASCII);

    private final ObjectWriter writer;
    private final Optional<Cache<SearchResult, byte[]>> rendered;

    /** @param entries results whose bytes are kept; 0 renders every result afresh */
    SearchResultJson(ObjectMapper mapper, int entries) {
        this.writer = mapper.writerFor(SearchResult.class);
        this.rendered = entries == 0 ? Optional.empty() : Optional.of(Caffeine.newBuilder().maximumSize(entries).build());
    }

    /** The result as JSON. */
    byte[] render(SearchResult result) {
        if (rendered.isEmpty()) {
            return write(result);
        }
        byte[] timeless = rendered.get().get(result.withTookMs(0), this::writeTimeless);
        byte[] took = ("{\"tookMs\":" + result.tookMs()).getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream out = new ByteArrayOutputStream(timeless.length + took.length);
        out.writeBytes(took);
        out.write(timeless, RENDERED_PREFIX.length, timeless.length - RENDERED_PREFIX.length);
        return out.toByteArray();
    }

    private byte[] writeTimeless(SearchResult timeless) {
        byte[] bytes = write(timeless);
        if (!Arrays.equals(bytes, 0, RENDERED_PREFIX.length, RENDERED_PREFIX, 0, RENDERED_PREFIX.length)) {
            throw new IllegalStateException("a search result must render tookMs first");
        }
        return bytes;
    }

    private byte[] write(SearchResult result) {
        try {
            return writer.writeValueAsBytes(result);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a search result of records, lists and strings always serialises", e);
        }
    }
}
