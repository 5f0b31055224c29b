package dev.faqindex.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One benchmark result from JMH's JSON output ({@code -rf json}).
 *
 * @param benchmark the benchmark method, without its package
 * @param params its parameters
 * @param mode JMH mode ({@code sample}, {@code ss}...)
 * @param score the primary score
 * @param error its error margin (99.9%), NaN when JMH gave none
 * @param unit the score's unit
 * @param percentiles the sampled percentiles ({@code 50.0}, {@code 99.0}...) in the score's unit
 */
record JmhScore(String benchmark, Map<String, String> params, String mode, double score, double error, String unit,
        Map<String, Double> percentiles) {

    /** Every result in a JMH JSON file; empty when the file does not exist. */
    static List<JmhScore> read(Path file) throws IOException {
        List<JmhScore> scores = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return scores;
        }
        for (JsonNode run : new ObjectMapper().readTree(file.toFile())) {
            Map<String, String> params = new LinkedHashMap<>();
            run.path("params").fields().forEachRemaining(p -> params.put(p.getKey(), p.getValue().asText()));
            JsonNode metric = run.path("primaryMetric");
            Map<String, Double> percentiles = new LinkedHashMap<>();
            metric.path("scorePercentiles").fields()
                    .forEachRemaining(p -> percentiles.put(p.getKey(), p.getValue().asDouble()));
            String name = run.path("benchmark").asText();
            scores.add(new JmhScore(name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1), params,
                    run.path("mode").asText(), metric.path("score").asDouble(),
                    metric.path("scoreError").isNumber() ? metric.path("scoreError").asDouble() : Double.NaN,
                    metric.path("scoreUnit").asText(), percentiles));
        }
        return scores;
    }

    /** The percentile {@code p} (such as 99.0), NaN when JMH did not sample it. */
    double percentile(double p) {
        return percentiles.getOrDefault(String.format(java.util.Locale.ROOT, "%.1f", p), Double.NaN);
    }
}
