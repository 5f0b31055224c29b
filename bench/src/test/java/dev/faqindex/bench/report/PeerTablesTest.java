package dev.faqindex.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqindex.bench.latency.LatencyFigures;
import dev.faqindex.bench.latency.PeerLoad;
import dev.faqindex.bench.results.IndexingFigures;
import dev.faqindex.bench.results.QueryFigures;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The peers in the generated tables: every engine's row, Orama's single process, and what could not run. */
class PeerTablesTest {

    private static final QueryFigures TEN_K = new QueryFigures("10k", 10_000, 56, 900, 1 << 20, 2L << 30,
            List.of(new LatencyFigures("faq-index lexical", 100, 2, 2, 3, 4, 5, 2, 800),
                    new LatencyFigures("SQLite FTS5", 100, 9, 9, 12, 15, 20, 2, 200),
                    new LatencyFigures("Orama full-text", 100, 40, 40, 60, 80, 90, 1, 25)),
            List.of(new PeerLoad("Orama", 10_000, 6.5, 100L << 20)), List.of());
    private static final QueryFigures ONE_M = new QueryFigures("1M", 1_000_000, 56, 2000, 40L << 20, 2L << 30,
            List.of(new LatencyFigures("faq-index lexical", 100, 20, 18, 30, 45, 60, 2, 70)),
            List.of(), List.of("Orama full-text: Orama process ended during insert: heap out of memory"));

    @Test
    void everyEngineHasItsRowAndASingleProcessPeerSaysSo() {
        String table = PerformanceTables.queries(List.of(TEN_K));
        assertTrue(table.contains("| Orama full-text | 40.0 ms |"), table);
        assertTrue(table.contains("| 25 (1 thread) | 20x slower |"), table);
        assertTrue(table.contains("| 200 | 4.50x slower |"), table);
    }

    @Test
    void aPeerThatCouldNotRunIsListedWithItsReason() {
        String table = PerformanceTables.queries(List.of(TEN_K, ONE_M));
        assertTrue(table.contains("|  | Orama full-text | could not run: Orama process ended during insert: heap out of"
                + " memory |"), table);
        String indexing = PerformanceTables.indexing(List.of(
                new IndexingFigures("10k", 10_000, 3 << 20, false, 4, 5 << 20, 2L << 30, 16 << 20),
                new IndexingFigures("1M", 1_000_000, 300 << 20, false, 90, 450 << 20, 2L << 30, 650 << 20)),
                List.of(TEN_K, ONE_M));
        assertTrue(indexing.contains("| 6.50 s, 100 MB |"), indexing);
        assertTrue(indexing.contains("| could not run |"), indexing);
    }

    @Test
    void aPeerThatCouldNotRunDoesNotFailTheSpeedGoalButIsNamed() throws Exception {
        RunResults results = new RunResults(new Properties(), List.of(), Optional.empty(), List.of(),
                List.of(TEN_K, ONE_M), List.of(), List.of(), List.of(), List.of());
        GoalCheck.Verdict faster = GoalCheck.verdicts(Goals.read(Goals.FILE), results).stream()
                .filter(v -> v.goal().startsWith("Faster than")).findFirst().orElseThrow();
        assertEquals("**met**", faster.verdict());
        assertTrue(faster.measured().contains("10k vs Orama full-text: p50 20x, p99 20x"), faster.measured());
        assertTrue(faster.measured().contains("1M vs Orama full-text: could not run"), faster.measured());
    }
}
