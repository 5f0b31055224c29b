package dev.faqindex.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.faqindex.config.Capability;
import dev.faqindex.config.FaqIndexConfig;
import dev.faqindex.content.ChunkType;
import dev.faqindex.index.LiveIndex;
import dev.faqindex.search.SearchHit;
import dev.faqindex.search.SearchMode;
import dev.faqindex.search.SearchRequest;
import dev.faqindex.search.SearchResult;
import dev.faqindex.search.SearchService;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code faq-index search}: ranked results with highlighted snippets, for a terminal or as JSON. */
@Command(name = "search", mixinStandardHelpOptions = true, description = "Search the index from the terminal.")
final class SearchCommand implements Callable<Integer> {

    private static final String BOLD = "\u001B[1m";
    private static final String HIGHLIGHT = "\u001B[1;33m";
    private static final String DIM = "\u001B[2m";
    private static final String RESET = "\u001B[0m";

    @Mixin
    IndexOptions options;

    @Option(names = "--json", description = "Print the result as JSON, as the HTTP API returns it.")
    boolean json;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Hits to show, 1 to 50 (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--type", paramLabel = "TYPE", description = "Only faq or section hits.")
    String type;

    @Option(names = "--mode", paramLabel = "MODE", converter = ModeConverter.class,
            description = "lexical, semantic or hybrid (default: hybrid when the index has embeddings, else lexical).")
    SearchMode mode;

    @Option(names = "--color", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Highlight matches with terminal colours (default: on when printing to a terminal).")
    boolean color;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The words to search for.")
    List<String> words;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        SearchRequest request = new SearchRequest(String.join(" ", words), limit, 0,
                Optional.ofNullable(type).map(ChunkType::fromLabel), List.of(), List.of(), false, false,
                Optional.ofNullable(mode));
        FaqIndexConfig config = options.load().config();
        try (LiveIndex index = LiveIndex.open(config.part(Capability.CONTENT, Capability.INDEX))) {
            SearchService search = new SearchService(index, config.search());
            SearchResult result = search.search(request);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(result));
            } else {
                printReadable(result, out, color && System.console() != null);
            }
            out.flush();
            return 0;
        }
    }

    private static void printReadable(SearchResult result, PrintWriter out, boolean ansi) {
        out.printf("%d result%s for \"%s\" (%s, %d ms)%n%n", result.total(), result.total() == 1 ? "" : "s",
                result.query(), result.mode(), result.tookMs());
        int rank = 1;
        for (SearchHit hit : result.hits()) {
            out.printf("%2d. %s%s%s  [%s, %.2f]%n", rank++, ansi ? BOLD : "", hit.title(), ansi ? RESET : "",
                    hit.type(), hit.score());
            out.printf("    %s%s%s%n", ansi ? DIM : "", String.join(" > ", hit.breadcrumb()), ansi ? RESET : "");
            out.printf("    %s%n", TerminalText.fromSnippet(hit.snippet(), ansi ? HIGHLIGHT : "[", ansi ? RESET : "]"));
            out.printf("    %s%n%n", hit.url());
        }
    }
}
