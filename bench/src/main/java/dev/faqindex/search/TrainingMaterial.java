package dev.faqindex.search;

import dev.faqindex.eval.JudgedQuery;
import dev.faqindex.eval.QuerySets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The development material the learned ranking is trained and measured on, from the shared evaluation folder:
 * StackFAQ, the seed article's query sets and our own content's paraphrases to learn from; questions the content
 * cannot answer to calibrate on (the off-topic set, and each collection's queries against another collection); and,
 * when asked, the three documentation corpora, held out (never trained on), to check that nothing regresses.
 */
final class TrainingMaterial {

    /** StackFAQ queries taken as unanswerable questions against the seed: every sixth. */
    private static final int STACKFAQ_SAMPLE_STEP = 6;
    private static final List<String> CORPORA = List.of("homebrew-docs", "hugo-docs", "git-html");

    private TrainingMaterial() {
    }

    static List<RankingDataset.Query> collect(Path shared, Path work, boolean corpora) throws IOException {
        Path eval = shared.resolve("eval");
        List<JudgedQuery> stackfaq = QuerySets.readQrelsJudged(eval.resolve("stackfaq/queries.jsonl"),
                eval.resolve("stackfaq/qrels.tsv"));
        List<JudgedQuery> questions = QuerySets.readTitleJudged(eval.resolve("seed-questions-dev.tsv"));
        List<JudgedQuery> corporaQueries = new ArrayList<>();
        for (String corpus : CORPORA) {
            corporaQueries.addAll(QuerySets.readTitleJudged(shared.resolve("corpora").resolve(corpus).resolve("queries.tsv")));
        }
        List<JudgedQuery> stackfaqSample = new ArrayList<>();
        for (int i = 0; i < stackfaq.size(); i += STACKFAQ_SAMPLE_STEP) {
            stackfaqSample.add(stackfaq.get(i));
        }
        Path stackfaqContent = Files.createDirectories(work.resolve("stackfaq-content"));
        Files.copy(eval.resolve("stackfaq/faq.jsonl"), stackfaqContent.resolve("faq.jsonl"),
                StandardCopyOption.REPLACE_EXISTING);
        List<RankingDataset.Query> all = new ArrayList<>();
        all.addAll(RankingDataset.collect("stackfaq", stackfaqContent, work.resolve("stackfaq-index"), List.of(
                new RankingDataset.QuerySet("stackfaq", stackfaq, true, false),
                new RankingDataset.QuerySet("seed questions on stackfaq", questions, false, false))));
        all.addAll(RankingDataset.collect("seed", shared.resolve("seed"), work.resolve("seed-index"), List.of(
                new RankingDataset.QuerySet("seed dev queries", QuerySets.readTitleJudged(
                        eval.resolve("seed-dev-queries.tsv")), true, false),
                new RankingDataset.QuerySet("seed questions", questions, true, false),
                new RankingDataset.QuerySet("off-topic", offTopic(eval.resolve("off-topic-dev.tsv")), false, false),
                new RankingDataset.QuerySet("stackfaq on seed", stackfaqSample, false, false),
                new RankingDataset.QuerySet("corpora on seed", corporaQueries, false, false))));
        all.addAll(RankingDataset.collect("own", Path.of("content"), work.resolve("own-index"), List.of(
                new RankingDataset.QuerySet("own paraphrases", QuerySets.readTitleJudged(
                        Path.of("bench/queries/own-content.tsv")), true, false))));
        if (corpora) {
            for (String corpus : CORPORA) {
                Path dir = shared.resolve("corpora").resolve(corpus);
                all.addAll(RankingDataset.collect(corpus, dir.resolve("content"), work.resolve(corpus + "-index"),
                        List.of(new RankingDataset.QuerySet(corpus, QuerySets.readTitleJudged(
                                dir.resolve("queries.tsv")), true, true))));
            }
        }
        return all;
    }

    /** One question a line ({@code #} lines are comments), none with an answer. */
    private static List<JudgedQuery> offTopic(Path file) throws IOException {
        List<JudgedQuery> queries = new ArrayList<>();
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                queries.add(new JudgedQuery(Integer.toString(i + 1), line, Set.of(), List.of()));
            }
        }
        return queries;
    }
}
