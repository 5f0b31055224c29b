package dev.faqindex.bench.http;

import java.util.List;

/**
 * Start-up of the packaged server on an existing index, over several launches.
 *
 * @param label corpus size label
 * @param launch how the JVM was launched ({@code java -jar}, or with a class data sharing archive)
 * @param readyMillis from launch to {@code /api/ready} answering 200, per launch
 * @param firstSearchMillis from launch to the first {@code /api/search} answer, per launch
 */
public record StartupFigures(String label, String launch, List<Double> readyMillis, List<Double> firstSearchMillis) {

    public StartupFigures {
        readyMillis = List.copyOf(readyMillis);
        firstSearchMillis = List.copyOf(firstSearchMillis);
    }

    /** The slowest launch to ready. */
    public double worstReadyMillis() {
        return readyMillis.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    /** The slowest launch to the first search answer. */
    public double worstFirstSearchMillis() {
        return firstSearchMillis.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }
}
