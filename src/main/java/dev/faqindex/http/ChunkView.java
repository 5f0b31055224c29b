package dev.faqindex.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.faqindex.content.Chunk;
import dev.faqindex.search.SearchHit;
import java.util.List;

/**
 * A chunk as {@code GET /api/chunks/{id}} returns it: its full text and where it lives.
 *
 * @param id chunk id
 * @param type {@code faq} or {@code section}
 * @param title heading or question
 * @param breadcrumb article title, enclosing headings, then the title
 * @param url deep link
 * @param text the full body (answer or section text), plain text
 * @param tags tags
 * @param position order within the article
 * @param article the article it belongs to
 * @param internal {@code true} for an internal chunk (agents only); otherwise absent
 */
public record ChunkView(
        String id,
        String type,
        String title,
        List<String> breadcrumb,
        String url,
        String text,
        List<String> tags,
        int position,
        SearchHit.ArticleRef article,
        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean internal) {

    static ChunkView of(Chunk chunk) {
        return new ChunkView(chunk.id(), chunk.type().label(), chunk.title(), chunk.breadcrumb(), chunk.url(),
                chunk.body(), chunk.tags(), chunk.position(),
                SearchHit.ArticleRef.of(chunk), chunk.internal() ? true : null);
    }
}
