package dev.faqindex.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The learned ranking and its calibration for one kind of index, as shipped in {@code ranking-model.properties}
 * beside this class (how they were trained is written at the top of that file): a linear score over a candidate's
 * {@link CandidateFeatures}, and a logistic model turning that score and a few facts about the hit and the query
 * into the probability that the hit answers the query. Both are sums of named weights, so an explanation can list
 * what each feature added. The {@code hybrid} model weighs cosines too; the {@code lexical} one, for indexes without
 * embeddings, only the words.
 *
 * @param rank the ranking weights by feature name (a feature without weight counts 0), with {@code bias}
 * @param confidence the calibration weights by input name (among {@link #CONFIDENCE_INPUTS}), with {@code bias}
 */
record RankingModel(Map<String, Double> rank, Map<String, Double> confidence) {

    private static final String RESOURCE = "ranking-model.properties";

    /** What calibration weighs: the hit's ranking score, its gap to the first hit's, 1 / rank, and facts. */
    static final List<String> CONFIDENCE_INPUTS = List.of("score", "gap", "rank", "lex", "cos", "cos_title",
            "cov_all", "cov_any", "q_unknown", "title_prec", "cos_x_cov");

    RankingModel {
        rank = Map.copyOf(rank);
        confidence = Map.copyOf(confidence);
        for (String name : rank.keySet()) {
            if (!name.equals("bias") && !CandidateFeatures.NAMES.contains(name)) {
                throw new IllegalArgumentException("the ranking model weighs an unknown feature " + name);
            }
        }
        for (String name : confidence.keySet()) {
            if (!name.equals("bias") && !CONFIDENCE_INPUTS.contains(name)) {
                throw new IllegalArgumentException("the calibration weighs an unknown input " + name);
            }
        }
    }

    /** The model for an index with embeddings, read from the class path. */
    static RankingModel hybrid() {
        return Holder.HYBRID;
    }

    /** The model for an index without embeddings, read from the class path. */
    static RankingModel lexical() {
        return Holder.LEXICAL;
    }

    /** The ranking score of a candidate: the bias plus each feature times its weight. */
    double score(CandidateFeatures features) {
        double score = rank.getOrDefault("bias", 0.0);
        for (int i = 0; i < CandidateFeatures.NAMES.size(); i++) {
            score += rank.getOrDefault(CandidateFeatures.NAMES.get(i), 0.0) * features.values()[i];
        }
        return score;
    }

    /** What each feature added to the score, by name, in feature order (the bias first). */
    Map<String, Double> contributions(CandidateFeatures features) {
        Map<String, Double> parts = new LinkedHashMap<>();
        parts.put("bias", rank.getOrDefault("bias", 0.0));
        for (int i = 0; i < CandidateFeatures.NAMES.size(); i++) {
            String name = CandidateFeatures.NAMES.get(i);
            if (rank.containsKey(name)) {
                parts.put(name, rank.get(name) * features.values()[i]);
            }
        }
        return parts;
    }

    /** The probability that a hit answers its query, from the inputs named in {@link #CONFIDENCE_INPUTS}. */
    double confidence(Map<String, Double> inputs) {
        double logit = confidence.getOrDefault("bias", 0.0);
        for (Map.Entry<String, Double> weight : confidence.entrySet()) {
            if (!weight.getKey().equals("bias")) {
                logit += weight.getValue() * inputs.get(weight.getKey());
            }
        }
        return 1 / (1 + Math.exp(-logit));
    }

    /** Reads the weights with prefix {@code mode.} from the shipped model file. */
    static RankingModel read(String mode) {
        Properties file = new Properties();
        try (InputStream in = RankingModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            file.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + RESOURCE + " failed", e);
        }
        return new RankingModel(weights(file, mode + ".rank."), weights(file, mode + ".confidence."));
    }

    private static Map<String, Double> weights(Properties file, String prefix) {
        Map<String, Double> weights = new LinkedHashMap<>();
        for (String key : file.stringPropertyNames()) {
            if (key.startsWith(prefix)) {
                weights.put(key.substring(prefix.length()), Double.parseDouble(file.getProperty(key)));
            }
        }
        return weights;
    }

    /** Lazy holder: the model file is read once, on first use. */
    private static final class Holder {
        static final RankingModel HYBRID = read("hybrid");
        static final RankingModel LEXICAL = read("lexical");
    }
}
