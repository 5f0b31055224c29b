package dev.faqindex.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.faqindex.search.SearchResult;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Renders search results as JSON bytes, keeping the bytes in the result's {@link SearchResult.Attachment}: a page
 * the search layer answers again from its result cache is not serialised again (serialising is most of the cost of
 * such an answer), and the bytes leave the cache with the page. A page is rendered with {@code tookMs} 0, which
 * {@link SearchResult} writes first, and each answer gets its own time written over that.
 */
final class SearchResultJson {

    private static final byte[] RENDERED_PREFIX = "{\"tookMs\":0".getBytes(StandardCharsets.US_ASCII);

    /** The bytes of a page as rendered with {@code tookMs} 0. */
    private record Rendered(byte[] timeless) {
    }

    private final ObjectWriter writer;

    SearchResultJson(ObjectMapper mapper) {
        this.writer = mapper.writerFor(SearchResult.class);
    }

    /** The result as JSON. */
    byte[] render(SearchResult result) {
        byte[] timeless = result.attachment()
                .computeIfAbsent(Rendered.class, () -> new Rendered(writeTimeless(result.withTookMs(0)))).timeless();
        byte[] took = ("{\"tookMs\":" + result.tookMs()).getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream out = new ByteArrayOutputStream(timeless.length + took.length);
        out.writeBytes(took);
        out.write(timeless, RENDERED_PREFIX.length, timeless.length - RENDERED_PREFIX.length);
        return out.toByteArray();
    }

    private byte[] writeTimeless(SearchResult timeless) {
        byte[] bytes;
        try {
            bytes = writer.writeValueAsBytes(timeless);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a search result of records, lists and strings always serialises", e);
        }
        if (!Arrays.equals(bytes, 0, RENDERED_PREFIX.length, RENDERED_PREFIX, 0, RENDERED_PREFIX.length)) {
            throw new IllegalStateException("a search result must render tookMs first");
        }
        return bytes;
    }
}
