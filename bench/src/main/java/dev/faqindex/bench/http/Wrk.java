package dev.faqindex.bench.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs Debian's wrk with the benchmark's script ({@code bench/http/report.lua}) and reads the figures it prints.
 *
 * @param script the Lua script
 * @param threads wrk threads
 * @param connections open connections
 */
record Wrk(Path script, int threads, int connections) {

    /** The same script with {@code n} connections (and no more threads than connections). */
    Wrk withConnections(int n) {
        return new Wrk(script, Math.min(threads, n), n);
    }

    private static final String MARK = "WRK-JSON ";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Loads {@code baseUrl + path} for {@code duration}, cycling through {@code pathsFile} when given. */
    WrkFigures run(String baseUrl, String path, Duration duration, Optional<Path> pathsFile)
            throws IOException, InterruptedException {
        return run(baseUrl, path, duration, pathsFile, false);
    }

    /**
     * Loads {@code baseUrl + path} for {@code duration} sending each line of {@code pathsFile} once (the threads
     * share the file out); {@link WrkFigures#repeated()} says how many requests went past its end.
     */
    WrkFigures runOnce(String baseUrl, String path, Duration duration, Path pathsFile)
            throws IOException, InterruptedException {
        return run(baseUrl, path, duration, Optional.of(pathsFile), true);
    }

    private WrkFigures run(String baseUrl, String path, Duration duration, Optional<Path> pathsFile, boolean once)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("wrk", "-t" + threads, "-c" + connections,
                "-d" + duration.toSeconds() + "s", "--timeout", "10s", "-s", script.toString(), baseUrl + path));
        pathsFile.ifPresent(file -> {
            command.add("--");
            command.add(file.toString());
            if (once) {
                command.add("once");
                command.add(Integer.toString(threads));
            }
        });
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (wrk.waitFor() != 0) {
            throw new IOException("wrk failed: " + output);
        }
        String line = output.lines().filter(l -> l.startsWith(MARK)).findFirst()
                .orElseThrow(() -> new IOException("wrk printed no figures: " + output));
        JsonNode figures = JSON.readTree(line.substring(MARK.length()));
        return new WrkFigures(path, figures.get("requests").asLong(), figures.get("durationMicros").asLong() / 1e6,
                figures.get("socketErrors").asLong() + figures.get("non2xx").asLong(),
                figures.get("meanMicros").asDouble() / 1000, millis(figures, "p50Micros"), millis(figures, "p90Micros"),
                millis(figures, "p99Micros"), millis(figures, "maxMicros"), figures.path("repeated").asLong());
    }

    private static double millis(JsonNode figures, String field) {
        return figures.get(field).asLong() / 1000.0;
    }
}
