package dev.faqindex.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Fits the confidence of a mode: logistic regression of whether each of a query's first hits is relevant, over the
 * inputs of {@link RankingModel#CONFIDENCE_INPUTS} the mode uses, on every query set (those the content can answer
 * and those it cannot), each set weighing the same. Prints the cross-validated reliability table and, for each
 * threshold, how many queries of each set would be answered and how many with a relevant passage.
 */
final class Calibration {

    private final List<String> inputs;
    private final double[] weights;

    private Calibration(List<String> inputs, double[] weights) {
        this.inputs = inputs;
        this.weights = weights;
    }

    private record Hit(RankingDataset.Query query, double[] x, boolean relevant) {
    }

    static Calibration fit(List<RankingDataset.Query> all, Function<RankingDataset.Query, double[]> rankWeights,
            RankingTrainer.Mode mode, Predicate<RankingDataset.Candidate> usable) {
        List<Hit> hits = new ArrayList<>();
        for (RankingDataset.Query q : all) {
            double[] w = rankWeights.apply(q);
            List<RankingDataset.Candidate> ranked = mode.order(q, w, usable, RankingTrainer.ASSESSED_HITS);
            if (ranked.isEmpty()) {
                continue;
            }
            double top = LinearFit.apply(w, mode.features(ranked.getFirst()));
            for (int i = 0; i < ranked.size(); i++) {
                RankingDataset.Candidate c = ranked.get(i);
                double score = LinearFit.apply(w, mode.features(c));
                double[] x = new double[mode.confidenceInputs().size()];
                for (int j = 0; j < x.length; j++) {
                    x[j] = input(mode.confidenceInputs().get(j), c, score, top, i);
                }
                hits.add(new Hit(q, x, c.relevant()));
            }
        }
        Map<String, Long> perSet = new HashMap<>();
        hits.forEach(h -> perSet.merge(h.query().set(), 1L, Long::sum));
        Map<String, Integer> fold = RankingTrainer.folds(all);
        double[] predicted = new double[hits.size()];
        for (int f = 0; f < RankingTrainer.FOLDS; f++) {
            int held = f;
            double[] w = LinearFit.logistic(examples(hits.stream()
                    .filter(h -> fold.get(h.query().group()) != held).toList(), perSet));
            for (int i = 0; i < hits.size(); i++) {
                if (fold.get(hits.get(i).query().group()) == f) {
                    predicted[i] = 1 / (1 + Math.exp(-LinearFit.apply(w, hits.get(i).x())));
                }
            }
        }
        report(mode.name(), hits, predicted, perSet, all);
        return new Calibration(mode.confidenceInputs(), LinearFit.logistic(examples(hits, perSet)));
    }

    /** The named input of a hit, as {@link LearnedRanking} computes it. */
    private static double input(String name, RankingDataset.Candidate c, double score, double top, int index) {
        return switch (name) {
            case "score" -> score;
            case "gap" -> score - top;
            case "rank" -> 1.0 / (index + 1);
            case "cov_all" -> c.coverageOfAll();
            case "q_unknown" -> c.unknownShare();
            case "cos_x_cov" -> c.features()[CandidateFeatures.NAMES.indexOf("cos")] * c.coverageOfAll();
            default -> c.features()[CandidateFeatures.NAMES.indexOf(name)];
        };
    }

    private static List<LinearFit.Example> examples(List<Hit> hits, Map<String, Long> perSet) {
        return hits.stream().map(h -> new LinearFit.Example(h.x(), h.relevant(), 1.0 / perSet.get(h.query().set())))
                .toList();
    }

    private static void report(String mode, List<Hit> hits, double[] p, Map<String, Long> perSet,
            List<RankingDataset.Query> all) {
        System.out.printf("%n== %s confidence, cross-validated: reliability (each set weighing the same)%n", mode);
        for (int b = 0; b < 10; b++) {
            double weight = 0;
            double relevant = 0;
            double mean = 0;
            int n = 0;
            for (int i = 0; i < hits.size(); i++) {
                if (p[i] >= b / 10.0 && (p[i] < (b + 1) / 10.0 || b == 9)) {
                    double w = 1.0 / perSet.get(hits.get(i).query().set());
                    weight += w;
                    relevant += hits.get(i).relevant() ? w : 0;
                    mean += w * p[i];
                    n++;
                }
            }
            if (n > 0) {
                System.out.printf(Locale.ROOT, "| %.1f-%.1f | %5d hits | mean confidence %.3f | relevant %.3f |%n",
                        b / 10.0, (b + 1) / 10.0, n, mean / weight, relevant / weight);
            }
        }
        System.out.printf("%n== %s confidence, cross-validated: queries answered (a passage at or above t) / with a"
                + " relevant passage%n", mode);
        for (double t = 0.1; t < 0.41; t += 0.05) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "t=%.2f", t));
            for (String set : all.stream().map(RankingDataset.Query::set).distinct().toList()) {
                Map<String, boolean[]> byQuery = new HashMap<>();
                for (int i = 0; i < hits.size(); i++) {
                    if (hits.get(i).query().set().equals(set) && p[i] >= t) {
                        boolean[] seen = byQuery.computeIfAbsent(RankingTrainer.key(hits.get(i).query()),
                                k -> new boolean[2]);
                        seen[0] = true;
                        seen[1] |= hits.get(i).relevant();
                    }
                }
                long queries = all.stream().filter(q -> q.set().equals(set)).count();
                long right = byQuery.values().stream().filter(s -> s[1]).count();
                line.append(String.format(Locale.ROOT, " | %s %d/%d, %d", set, byQuery.size(), queries, right));
            }
            System.out.println(line);
        }
    }

    /** The calibration as lines of the model file. */
    String properties(String mode) {
        StringBuilder out = new StringBuilder();
        out.append(mode).append(".confidence.bias=").append(RankingTrainer.format(weights[0])).append('\n');
        for (int j = 0; j < inputs.size(); j++) {
            out.append(mode).append(".confidence.").append(inputs.get(j)).append('=')
                    .append(RankingTrainer.format(weights[j + 1])).append('\n');
        }
        return out.toString();
    }
}
