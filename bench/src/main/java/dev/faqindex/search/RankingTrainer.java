package dev.faqindex.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * Trains the learned ranking and its calibration on the development material and writes them to
 * {@code ranking-model.properties}, printing the cross-validated figures on the way. Run by {@code bench/train-ranking.sh}.
 *
 * <p>Usage: {@code RankingTrainer SHARED_DIR WORK_DIR OUTPUT_FILE [--corpora]}; {@code --corpora} also measures the
 * three documentation corpora (held out; embedding them takes a while).
 */
public final class RankingTrainer {

    static final List<String> HYBRID_RANK = CandidateFeatures.NAMES;
    static final List<String> LEXICAL_RANK = List.of("lex", "lexrank", "cov_title", "cov_body", "cov_any", "bm25_title",
            "bm25_body", "prox_title", "prox_body", "title_prec", "title_prec_faq", "faq");
    static final List<String> HYBRID_CONFIDENCE = List.of("score", "gap", "rank", "cos", "cos_title", "cov_all",
            "cov_any", "q_unknown", "title_prec", "cos_x_cov");
    static final List<String> LEXICAL_CONFIDENCE = List.of("score", "gap", "rank", "cov_all", "cov_any", "q_unknown",
            "title_prec", "lex");
    static final Set<String> TRAINING = Set.of("stackfaq", "seed", "own");
    static final int FOLDS = 5;
    static final int ASSESSED_HITS = 5;

    private RankingTrainer() {
    }

    public static void main(String[] args) throws IOException {
        Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
        Path work = Path.of(args.length > 1 ? args[1] : "target/ranking-training");
        Path output = Path.of(args.length > 2 ? args[2] : "src/main/resources/dev/faqindex/search/ranking-model.properties");
        boolean corpora = List.of(args).contains("--corpora");
        List<RankingDataset.Query> queries = TrainingMaterial.collect(shared, work, corpora);
        StringBuilder model = new StringBuilder(header(output));
        model.append(new RankingTrainer.Mode("hybrid", HYBRID_RANK, HYBRID_CONFIDENCE, false).train(queries));
        model.append(new RankingTrainer.Mode("lexical", LEXICAL_RANK, LEXICAL_CONFIDENCE, true).train(queries));
        Files.writeString(output, model);
        System.out.println("wrote " + output);
    }

    /** The comment lines at the top of the existing model file, kept as they are. */
    private static String header(Path output) throws IOException {
        StringBuilder header = new StringBuilder();
        if (Files.exists(output)) {
            for (String line : Files.readAllLines(output)) {
                if (line.startsWith("#")) {
                    header.append(line).append('\n');
                }
            }
        }
        return header.toString();
    }

    /**
     * One model: its ranking features and calibration inputs.
     *
     * @param bm25Order whether hits keep BM25's order (lexical mode), the ranking score only informing the confidence
     */
    record Mode(String name, List<String> rankFeatures, List<String> confidenceInputs, boolean bm25Order) {

        String train(List<RankingDataset.Query> all) {
            Predicate<RankingDataset.Candidate> usable = bm25Order ? RankingDataset.Candidate::lexical : c -> true;
            List<RankingDataset.Query> training = all.stream()
                    .filter(q -> q.answerable() && TRAINING.contains(q.collection())).toList();
            Map<String, Long> perCollection = new HashMap<>();
            training.forEach(q -> perCollection.merge(q.collection(), 1L, Long::sum));
            ToDoubleFunction<RankingDataset.Query> weight = q -> 1.0 / perCollection.get(q.collection());
            Map<String, double[]> crossValidated = new HashMap<>();
            Map<String, Integer> fold = folds(training);
            for (int f = 0; f < FOLDS; f++) {
                int held = f;
                double[] w = fitRanking(training.stream().filter(q -> fold.get(q.group()) != held).toList(), usable,
                        weight);
                training.stream().filter(q -> fold.get(q.group()) == held).forEach(q -> crossValidated.put(key(q), w));
            }
            double[] full = fitRanking(training, usable, weight);
            System.out.printf("%n== %s ranking (%s)%n", name, bm25Order ? "BM25 order kept; score for calibration" : "learned order");
            for (String set : all.stream().filter(RankingDataset.Query::answerable).map(RankingDataset.Query::set)
                    .distinct().toList()) {
                List<RankingDataset.Query> of = all.stream().filter(q -> q.set().equals(set)).toList();
                boolean trained = of.stream().anyMatch(q -> TRAINING.contains(q.collection()));
                System.out.printf("%-22s %s %s%n", set, trained ? "cross-validated" : "held out       ",
                        Figures.of(of, q -> crossValidated.getOrDefault(key(q), full), this, usable));
                if (trained) {
                    System.out.printf("%-22s %s %s%n", set, "in sample      ", Figures.of(of, q -> full, this, usable));
                }
                if (!bm25Order) {
                    System.out.printf("%-22s %s %s%n", set, "weighted 0.7   ", Figures.ofWeightedFusion(of));
                }
            }
            Calibration calibration = Calibration.fit(all, q -> crossValidated.getOrDefault(key(q), full), this,
                    usable);
            StringBuilder out = new StringBuilder();
            out.append(name).append(".rank.bias=").append(format(full[0])).append('\n');
            for (int i = 0; i < rankFeatures.size(); i++) {
                out.append(name).append(".rank.").append(rankFeatures.get(i)).append('=').append(format(full[i + 1]))
                        .append('\n');
            }
            out.append(calibration.properties(name));
            return out.toString();
        }

        double[] features(RankingDataset.Candidate c) {
            double[] x = new double[rankFeatures.size()];
            for (int i = 0; i < x.length; i++) {
                x[i] = c.features()[CandidateFeatures.NAMES.indexOf(rankFeatures.get(i))];
            }
            return x;
        }

        /** The candidates in the order this mode shows them, at most {@code n}. */
        List<RankingDataset.Candidate> order(RankingDataset.Query q, double[] w, Predicate<RankingDataset.Candidate> usable,
                int n) {
            ToDoubleFunction<RankingDataset.Candidate> by = bm25Order
                    ? c -> c.features()[CandidateFeatures.NAMES.indexOf("lex")] : c -> LinearFit.apply(w, features(c));
            return q.candidates().stream().filter(usable)
                    .sorted(Comparator.comparingDouble((RankingDataset.Candidate c) -> -by.applyAsDouble(c))
                            .thenComparing(RankingDataset.Candidate::chunk))
                    .limit(n).toList();
        }

        private double[] fitRanking(List<RankingDataset.Query> queries, Predicate<RankingDataset.Candidate> usable,
                ToDoubleFunction<RankingDataset.Query> weight) {
            List<LinearFit.Pair> pairs = new ArrayList<>();
            int lexRank = CandidateFeatures.NAMES.indexOf("lexrank");
            int vecRank = CandidateFeatures.NAMES.indexOf("vecrank");
            for (RankingDataset.Query q : queries) {
                List<RankingDataset.Candidate> good = q.candidates().stream().filter(usable)
                        .filter(RankingDataset.Candidate::relevant).toList();
                // Irrelevant candidates in the first 20 of either ranking carry the information; the tail only slows.
                List<RankingDataset.Candidate> bad = q.candidates().stream().filter(usable).filter(c -> !c.relevant())
                        .filter(c -> c.features()[lexRank] >= 0.05 || c.features()[vecRank] >= 0.05).toList();
                for (RankingDataset.Candidate g : good) {
                    for (RankingDataset.Candidate b : bad) {
                        pairs.add(new LinearFit.Pair(features(g), features(b),
                                weight.applyAsDouble(q) / (good.size() * bad.size())));
                    }
                }
            }
            return LinearFit.ranking(pairs, 1e-3);
        }
    }

    /** Folds of cross-validation: every group (a query, or a StackFAQ thread) in one fold, fixed seed. */
    static Map<String, Integer> folds(List<RankingDataset.Query> queries) {
        List<String> groups = new ArrayList<>(queries.stream().map(RankingDataset.Query::group).distinct().sorted()
                .toList());
        Collections.shuffle(groups, new Random(42));
        Map<String, Integer> fold = new HashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            fold.put(groups.get(i), i % FOLDS);
        }
        return fold;
    }

    static String key(RankingDataset.Query q) {
        return q.set() + "\u0000" + q.id();
    }

    static String format(double value) {
        return String.format(Locale.ROOT, "%.6f", value);
    }
}
