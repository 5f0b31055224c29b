package dev.faqindex.search;

import java.util.List;
import java.util.Set;

/**
 * What a retrieval ranked: the chunks {@link PassageRetriever} quotes from, and what the query rules did to them.
 *
 * @param chunks the best chunks, best first
 * @param rules the query rules that acted on it
 * @param pinnedIds the chunks a rule pinned
 */
record Retrieval(List<Ranked.RankedChunk> chunks, List<String> rules, Set<String> pinnedIds) {

    boolean pinned(Ranked.RankedChunk chunk) {
        return pinnedIds.contains(chunk.chunk().id());
    }
}
