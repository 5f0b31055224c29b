package dev.faqindex.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/**
 * What a content writer should look at in the serving index, whatever people searched: sections that say the same
 * thing on different pages, and when each page was last reviewed. Made by {@code ContentHealthCheck}.
 *
 * @param pages every indexed page, by slug
 * @param duplicates pairs of sections on different pages whose texts mean nearly the same (by their embeddings, or
 *     the same words when the index holds none), closest first
 * @param checkedChunks chunks compared for duplicates
 * @param totalChunks chunks in the index ({@code checkedChunks} is smaller only for a very large index)
 */
public record ContentHealth(List<Page> pages, List<Duplicate> duplicates, int checkedChunks, int totalChunks) {

    /**
     * One indexed page.
     *
     * @param slug its slug
     * @param title its title
     * @param path the content file it was read from
     * @param reviewed when it was last changed or reviewed, as its front matter says; absent when it does not
     * @param internal whether only agents see it
     * @param chunks its chunks
     */
    public record Page(String slug, String title, String path,
            @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate reviewed, boolean internal, int chunks) {
    }

    /**
     * Two sections on different pages that say nearly the same.
     *
     * @param first one section's id
     * @param firstTitle its breadcrumb, joined
     * @param second the other's id
     * @param secondTitle its breadcrumb, joined
     * @param similarity the cosine of their embeddings (1 for the same words)
     */
    public record Duplicate(String first, String firstTitle, String second, String secondTitle, double similarity) {
    }
}
