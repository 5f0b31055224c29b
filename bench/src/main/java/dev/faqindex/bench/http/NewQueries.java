package dev.faqindex.bench.http;

import dev.faqindex.bench.BenchArgs;
import dev.faqindex.bench.TypoQueries;
import dev.faqindex.bench.latency.LatencyQueries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.SequencedSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A stream of distinct queries a server has not seen, as a search box and a chatbot send them: each is either a
 * query of the latency set with one or two of its words replaced by words of the corpus, or two to five words of the
 * corpus drawn by their frequency (so common words repeat across queries, as real vocabularies do); a quarter of
 * them get a typo ({@link TypoQueries#misspell}). Deterministic for a seed; no text repeats within one stream.
 *
 * <p>{@code NewQueries --content DIR --count N --out FILE [--shared DIR]} writes {@code N} request paths for wrk
 * (for profiling by hand; {@link HttpLoadBenchmark} makes its own).
 */
public final class NewQueries {

    private static final Pattern WORD = Pattern.compile("\\p{L}{3,}");
    private static final Pattern QUERY_WORD = Pattern.compile("\\p{L}+");

    private final List<String> seeds;
    private final List<String> tokens;
    private final Random random;
    private final SequencedSet<String> seen = new LinkedHashSet<>();

    private NewQueries(List<String> seeds, List<String> tokens, long seed) {
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("the corpus has no words to build queries from");
        }
        this.seeds = seeds;
        this.tokens = tokens;
        this.random = new Random(seed);
        seen.addAll(seeds); // the latency set itself is what the other runs send: never again here
    }

    public static void main(String[] args) throws IOException {
        BenchArgs options = new BenchArgs(args, Set.of(),
                "NewQueries --content DIR --count N --out FILE [--shared DIR]");
        List<String> latencySet = LatencyQueries.read(Path.of("."),
                options.path("shared", "../shared"));
        HttpLoadBenchmark.writeSearchPaths(of(latencySet, options.path("content"), 17)
                .next(options.number("count", 100_000)), options.path("out"));
    }

    /** Queries built from {@code seeds} and the words of the Markdown and JSON-lines files under {@code corpus}. */
    static NewQueries of(List<String> seeds, Path corpus, long seed) throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        List<String> tokens = new ArrayList<>();
        try (Stream<Path> files = Files.walk(corpus)) {
            files.filter(f -> f.toString().endsWith(".md") || f.toString().endsWith(".jsonl")).sorted()
                    .forEach(file -> {
                        try {
                            Matcher words = WORD.matcher(Files.readString(file, StandardCharsets.UTF_8));
                            while (words.find()) {
                                String word = words.group().toLowerCase(Locale.ROOT);
                                counts.merge(word, 1, Integer::sum);
                                tokens.add(word);
                            }
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        }
        // Words seen only once or twice are mostly names and fragments; JSON keys are not text.
        List<String> kept = tokens.stream()
                .filter(w -> counts.get(w) > 2 && !w.equals("question") && !w.equals("answer") && !w.equals("tags"))
                .toList();
        return new NewQueries(seeds, kept, seed);
    }

    /** The next {@code n} queries, none equal to any returned before. */
    List<String> next(int n) {
        List<String> out = new ArrayList<>(n);
        while (out.size() < n) {
            String query = random.nextInt(4) == 0 ? TypoQueries.misspell(candidate()) : candidate();
            if (seen.add(query)) {
                out.add(query);
            }
        }
        return out;
    }

    private String candidate() {
        if (random.nextBoolean()) {
            List<String> words = new ArrayList<>();
            Matcher matcher = QUERY_WORD.matcher(seeds.get(random.nextInt(seeds.size())));
            while (matcher.find()) {
                words.add(matcher.group());
            }
            int replaced = 1 + random.nextInt(2);
            for (int i = 0; i < replaced && !words.isEmpty(); i++) {
                words.set(random.nextInt(words.size()), word());
            }
            return String.join(" ", words);
        }
        int length = 2 + random.nextInt(4);
        List<String> words = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            words.add(word());
        }
        return String.join(" ", words);
    }

    /** A corpus word drawn by its frequency. */
    private String word() {
        return tokens.get(random.nextInt(tokens.size()));
    }
}
