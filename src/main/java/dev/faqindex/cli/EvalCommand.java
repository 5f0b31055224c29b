package dev.faqindex.cli;

import dev.faqindex.config.Capability;
import dev.faqindex.config.FaqIndexConfig;
import dev.faqindex.eval.JudgedQuery;
import dev.faqindex.eval.QuerySets;
import dev.faqindex.eval.RankedItem;
import dev.faqindex.eval.RelevanceEvaluator;
import dev.faqindex.eval.RelevanceReport;
import dev.faqindex.index.LiveIndex;
import dev.faqindex.search.HybridFusion;
import dev.faqindex.search.RankingProfile;
import dev.faqindex.search.SearchMode;
import dev.faqindex.search.SearchRequest;
import dev.faqindex.search.SearchService;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code faq-index eval}: measures ranking quality on a judged query set. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure top-1, top-3, MRR@10, nDCG@10 and recall@10 on a judged query set.")
final class EvalCommand implements Callable<Integer> {

    @Mixin
    IndexOptions options;

    @Option(names = "--queries", required = true, paramLabel = "FILE",
            description = "query<TAB>expected titles or content files (alternatives separated by |), or a JSON-lines"
                    + " file of {id, text} with --qrels.")
    Path queries;

    @Option(names = "--match", paramLabel = "WHAT", defaultValue = "auto",
            description = "What the expectations of a query<TAB>expected file name: title (found in a hit's title or"
                    + " breadcrumb), path (a hit's content file, relative to the content folder) or auto (paths when"
                    + " every expectation looks like a file path; the default).")
    String match;

    @Option(names = "--qrels", paramLabel = "FILE", description = "TREC-style judgments: query-id entry-id relevance.")
    Path qrels;

    @Option(names = {"-v", "--verbose"}, description = "Print each query's rank and top titles.")
    boolean verbose;

    @Option(names = "--mode", paramLabel = "MODE", converter = ModeConverter.class,
            description = "lexical, semantic or hybrid (default: hybrid when the index has embeddings, else lexical).")
    SearchMode mode;

    @Option(names = "--fusion", paramLabel = "SPEC", hidden = true,
            description = "Hybrid ranking to measure: learned (the default), rrf[:k] or weighted[:lexicalWeight].")
    String fusion;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<JudgedQuery> judged = qrels == null
                ? QuerySets.readJudged(queries, expectation())
                : QuerySets.readQrelsJudged(queries, qrels);
        FaqIndexConfig config = options.load().config();
        try (LiveIndex index = LiveIndex.open(config.part(Capability.CONTENT, Capability.INDEX))) {
            SearchService search = fusion == null || fusion.strip().equalsIgnoreCase("learned")
                    ? new SearchService(index, config.search())
                    : new SearchService(index, config.search(), RankingProfile.standard(), HybridFusion.parse(fusion));
            SearchMode ranking = mode == null ? search.defaultMode() : mode;
            RelevanceReport report = RelevanceEvaluator.evaluate(judged, (text, depth) -> search
                    .search(new SearchRequest(text, depth, 0, Optional.empty()).withMode(ranking))
                    .hits().stream()
                    .map(hit -> new RankedItem(hit.id(), hit.title(), hit.breadcrumb(), hit.article().path()))
                    .toList());
            PrintWriter out = spec.commandLine().getOut();
            if (verbose) {
                for (RelevanceReport.QueryOutcome outcome : report.perQuery()) {
                    out.printf("%-3s %-45s %s%n", outcome.firstRelevantRank() == 0 ? "-" : outcome.firstRelevantRank(),
                            outcome.query().text(), outcome.topTitles());
                }
            }
            out.println(ranking.label() + ": " + report.summary());
            out.flush();
            return 0;
        }
    }

    private QuerySets.Expectation expectation() {
        return switch (match.strip().toLowerCase(Locale.ROOT)) {
            case "title" -> QuerySets.Expectation.TITLE;
            case "path" -> QuerySets.Expectation.PATH;
            case "auto" -> QuerySets.Expectation.AUTO;
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    "--match must be title, path or auto, got '" + match + "'");
        };
    }
}
