import dev.faqindex.config.FaqIndexConfig;
import dev.faqindex.config.Setting;
import dev.faqindex.index.LiveIndex;
import dev.faqindex.search.SearchMode;
import dev.faqindex.search.SearchRequest;
import dev.faqindex.search.SearchService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Times lexical against hybrid search on the same queries in one run, and prints the ratio.
 *
 * <p>Run from the project folder after {@code ./mvnw -B -q package -DskipTests}:
 * {@code java --enable-native-access=ALL-UNNAMED -cp target/faq-index.jar bench/HybridLatency.java CONTENT INDEX QUERIES.jsonl}
 */
public class HybridLatency {

    public static void main(String[] args) throws Exception {
        Path content = Path.of(args[0]);
        Path indexDir = Path.of(args[1]);
        List<String> queries = Files.readAllLines(Path.of(args[2])).stream()
                .filter(line -> line.contains("\"text\""))
                .map(line -> line.replaceAll(".*\"text\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\".*", "$1"))
                .toList();
        FaqIndexConfig config = FaqIndexConfig.builder().set(Setting.CONTENT_DIR, content)
                .set(Setting.INDEX_DIR, indexDir).set(Setting.SEARCH_CACHE_SIZE, 0) // time searching, not the cache
                .build();
        try (LiveIndex index = LiveIndex.open(config)) {
            SearchService search = new SearchService(index, config.search());
            for (SearchMode mode : List.of(SearchMode.LEXICAL, SearchMode.HYBRID)) {
                run(search, queries, mode); // warm-up: JIT, model load, page cache
            }
            double lexical = run(search, queries, SearchMode.LEXICAL);
            double hybrid = run(search, queries, SearchMode.HYBRID);
            double semantic = run(search, queries, SearchMode.SEMANTIC);
            System.out.printf("queries=%d  lexical %.2f ms/query  semantic %.2f ms/query  hybrid %.2f ms/query"
                    + "  hybrid/lexical %.2fx%n", queries.size(), lexical, semantic, hybrid, hybrid / lexical);
        }
    }

    /** Mean milliseconds per query for a top-10 page with snippets. */
    private static double run(SearchService search, List<String> queries, SearchMode mode) throws Exception {
        long start = System.nanoTime();
        for (String query : queries) {
            search.search(new SearchRequest(query, 10, 0, Optional.empty()).withMode(mode));
        }
        return (System.nanoTime() - start) / 1e6 / queries.size();
    }
}
