package dev.faqindex.bench.report;

import dev.faqindex.bench.BenchArgs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Rewrites the generated parts of {@code docs/BENCHMARKS.md} from the latest run's results, and the latency plot.
 * A part the run did not measure keeps its previous text; the goals table ({@code bench/goals.json}) is always
 * rewritten, so it never claims more than the latest run measured.
 *
 * <p>{@code BenchmarkReport --results DIR --doc docs/BENCHMARKS.md --plot docs/benchmark-latency.png}
 */
public final class BenchmarkReport {

    private BenchmarkReport() {
    }

    public static void main(String[] args) throws IOException {
        BenchArgs options = new BenchArgs(args, Set.of(), "BenchmarkReport --results DIR --doc FILE --plot FILE");
        RunResults results = RunResults.read(options.path("results"));
        Goals goals = Goals.read(Goals.FILE);
        Path docFile = options.path("doc");
        String doc = Files.readString(docFile, StandardCharsets.UTF_8);
        doc = MarkedSections.replace(doc, "goals", GoalCheck.table(goals, results));
        doc = MarkedSections.replace(doc, "machine", MachineDescription.markdown(results));
        if (!results.http().isEmpty() || !results.startups().isEmpty()) {
            String http = PerformanceTables.http(results.http(), results.startups());
            if (results.startups().isEmpty()) {
                // An HTTP run without the scale part measured no start-up: the previous start-up table stays.
                http = http + PerformanceTables.startupTable(MarkedSections.body(doc, "http"));
            }
            doc = MarkedSections.replace(doc, "http", http);
        }
        if (!results.indexing().isEmpty()) {
            doc = MarkedSections.replace(doc, "indexing",
                    PerformanceTables.indexing(results.indexing(), results.queries()));
        }
        if (!results.queries().isEmpty()) {
            doc = MarkedSections.replace(doc, "queries", PerformanceTables.queries(results.queries()));
            LatencyPlot.write(results.queries(), options.path("plot"));
        }
        if (!results.hybrid().isEmpty() || results.indexing().stream().anyMatch(b -> b.semantic())) {
            doc = MarkedSections.replace(doc, "hybrid-scale",
                    PerformanceTables.hybridScale(results.indexing(), results.hybrid()));
        }
        if (!results.jmh().isEmpty()) {
            doc = MarkedSections.replace(doc, "jmh", PerformanceTables.jmh(results.jmh(), results.indexing()));
        }
        if (results.relevanceMarkdown().isPresent()) {
            doc = MarkedSections.replace(doc, "relevance", results.relevanceMarkdown().get());
        }
        Files.writeString(docFile, doc, StandardCharsets.UTF_8);
        System.out.println("rewrote " + docFile + (results.queries().isEmpty() ? "" : " and " + options.path("plot")));
        System.out.print(GoalCheck.table(goals, results));
    }
}
