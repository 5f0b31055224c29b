package dev.faqindex.bench.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewQueriesTest {

    private static final List<String> SEEDS = List.of("stretching before running", "lower back pain at night");

    @Test
    void queriesAreDistinctNeverASeedAndTheSameForASeed(@TempDir Path corpus) throws IOException {
        Files.writeString(corpus.resolve("a.md"), ("# Warm muscles\n\nGentle stretching eases stiff muscles after "
                + "running; core strength protects the spine while lifting weights. ").repeat(5));
        Files.writeString(corpus.resolve("b.jsonl"), "{\"question\":\"Does walking help posture?\","
                + "\"answer\":\"Walking daily helps posture and eases stiffness.\"}\n".repeat(5));
        NewQueries queries = NewQueries.of(SEEDS, corpus, 3);
        List<String> first = queries.next(2_000);
        List<String> second = queries.next(500);
        var all = new HashSet<>(first);
        all.addAll(second);
        assertEquals(2_500, all.size(), "no query repeats across calls");
        assertFalse(all.removeAll(SEEDS), "the latency set is never sent again");
        assertTrue(all.stream().noneMatch(q -> q.contains("question") || q.contains("answer")));
        assertEquals(first, NewQueries.of(SEEDS, corpus, 3).next(2_000), "deterministic for a seed");
    }
}
