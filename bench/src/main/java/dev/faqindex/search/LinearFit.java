package dev.faqindex.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Fits the two linear models of the learned ranking by gradient descent on standardised inputs: a pairwise logistic
 * ranker (each relevant candidate against each irrelevant one of the same query) and a logistic regression of
 * relevance. Weights come back in the inputs' own units, the bias first.
 */
final class LinearFit {

    private static final int EPOCHS_RANKING = 300;
    private static final int EPOCHS_LOGISTIC = 2000;

    /** A labelled example: its inputs, whether it is relevant, and its weight in the loss. */
    record Example(double[] x, boolean positive, double weight) {
    }

    /** A pair of candidates of one query: the relevant one's and the irrelevant one's inputs, and the pair's weight. */
    record Pair(double[] better, double[] worse, double weight) {
    }

    private LinearFit() {
    }

    /** Ranking weights (bias first) minimising the weighted pairwise logistic loss with L2 {@code l2}. */
    static double[] ranking(List<Pair> pairs, double l2) {
        int k = pairs.getFirst().better().length;
        List<double[]> all = new ArrayList<>();
        pairs.forEach(p -> {
            all.add(p.better());
            all.add(p.worse());
        });
        double[][] scale = standardisation(all, k);
        List<double[]> diffs = new ArrayList<>(pairs.size());
        double total = 0;
        for (Pair p : pairs) {
            double[] d = new double[k];
            for (int i = 0; i < k; i++) {
                d[i] = (p.better()[i] - p.worse()[i]) / scale[1][i];
            }
            diffs.add(d);
            total += p.weight();
        }
        double[] w = new double[k];
        for (int epoch = 0; epoch < EPOCHS_RANKING; epoch++) {
            double[] gradient = new double[k];
            for (int j = 0; j < diffs.size(); j++) {
                double[] d = diffs.get(j);
                double g = -1 / (1 + Math.exp(dot(w, d))) * pairs.get(j).weight() / total;
                for (int i = 0; i < k; i++) {
                    gradient[i] += g * d[i];
                }
            }
            for (int i = 0; i < k; i++) {
                w[i] -= gradient[i] + l2 * w[i];
            }
        }
        return raw(w, scale, 0);
    }

    /** Logistic regression weights (bias first) of relevance, weighted, with a small L2. */
    static double[] logistic(List<Example> examples) {
        int k = examples.getFirst().x().length;
        double[][] scale = standardisation(examples.stream().map(Example::x).toList(), k);
        double total = examples.stream().mapToDouble(Example::weight).sum();
        double bias = 0;
        double[] w = new double[k];
        for (int epoch = 0; epoch < EPOCHS_LOGISTIC; epoch++) {
            double gradientBias = 0;
            double[] gradient = new double[k];
            for (Example e : examples) {
                double s = bias;
                for (int i = 0; i < k; i++) {
                    s += w[i] * (e.x()[i] - scale[0][i]) / scale[1][i];
                }
                double d = (1 / (1 + Math.exp(-s)) - (e.positive() ? 1 : 0)) * e.weight() / total;
                gradientBias += d;
                for (int i = 0; i < k; i++) {
                    gradient[i] += d * (e.x()[i] - scale[0][i]) / scale[1][i];
                }
            }
            bias -= 2 * gradientBias;
            for (int i = 0; i < k; i++) {
                w[i] -= 2 * (gradient[i] + 1e-4 * w[i]);
            }
        }
        return raw(w, scale, bias);
    }

    /** {@code bias + w . x}, with {@code weights} as returned here (bias first). */
    static double apply(double[] weights, double[] x) {
        double s = weights[0];
        for (int i = 0; i < x.length; i++) {
            s += weights[i + 1] * x[i];
        }
        return s;
    }

    /** Means and standard deviations of each input. */
    private static double[][] standardisation(List<double[]> rows, int k) {
        double[] mean = new double[k];
        double[] std = new double[k];
        for (double[] x : rows) {
            for (int i = 0; i < k; i++) {
                mean[i] += x[i] / rows.size();
            }
        }
        for (double[] x : rows) {
            for (int i = 0; i < k; i++) {
                std[i] += (x[i] - mean[i]) * (x[i] - mean[i]) / rows.size();
            }
        }
        for (int i = 0; i < k; i++) {
            std[i] = Math.max(1e-9, Math.sqrt(std[i]));
        }
        return new double[][] {mean, std};
    }

    /** Weights on standardised inputs turned into weights on raw inputs, the bias first. */
    private static double[] raw(double[] w, double[][] scale, double bias) {
        double[] raw = new double[w.length + 1];
        raw[0] = bias;
        for (int i = 0; i < w.length; i++) {
            raw[i + 1] = w[i] / scale[1][i];
            raw[0] -= w[i] * scale[0][i] / scale[1][i];
        }
        return raw;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
