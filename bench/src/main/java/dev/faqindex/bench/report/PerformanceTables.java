package dev.faqindex.bench.report;

import dev.faqindex.bench.http.HttpFigures;
import dev.faqindex.bench.http.StartupFigures;
import dev.faqindex.bench.http.WrkFigures;
import dev.faqindex.bench.latency.LatencyFigures;
import dev.faqindex.bench.latency.PeerLoad;
import dev.faqindex.bench.orama.OramaPages;
import dev.faqindex.bench.results.IndexingFigures;
import dev.faqindex.bench.results.QueryFigures;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The generated Markdown tables of the performance sections, one method per section. */
final class PerformanceTables {

    private PerformanceTables() {
    }

    /** Search throughput and latency against the trivial endpoint, and start-up. */
    static String http(List<HttpFigures> runs, List<StartupFigures> startups) {
        StringBuilder out = new StringBuilder();
        if (!runs.isEmpty()) {
            out.append("| corpus | mode | endpoint | connections | requests/s | p50 | p90 | p99 | max | errors |"
                    + " search/trivial |\n|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            for (HttpFigures run : runs) {
                httpRow(out, run, run.search(), run.connections(), Figures.percent(run.throughputRatio()));
                httpRow(out, run, run.trivial(), run.connections(), "");
                if (run.searchNew() != null) {
                    httpRow(out, run, run.searchNew(), " (new queries)", run.connections(),
                            Figures.percent(run.newQueryThroughputRatio()));
                }
                if (run.searchOneConnection() != null) {
                    httpRow(out, run, run.searchOneConnection(), 1, "");
                }
                if (run.searchNewOneConnection() != null) {
                    httpRow(out, run, run.searchNewOneConnection(), " (new queries)", 1, "");
                }
                if (run.searchUncached() != null) {
                    httpRow(out, run, run.searchUncached(), " (cache off)", run.connections(),
                            Figures.percent(run.uncachedThroughputRatio()));
                    httpRow(out, run, run.searchUncachedOneConnection(), " (cache off)", 1, "");
                }
            }
            HttpFigures first = runs.getFirst();
            out.append("\nwrk: ").append(first.wrkThreads()).append(" threads, ").append(first.connections())
                    .append(" connections (then 1), ").append(Figures.seconds(first.search().seconds()))
                    .append(" per run after a warm-up, on loopback; `/api/search` cycles through the ")
                    .append("latency query set (a page of ten with snippets and facets). The server runs as ")
                    .append("shipped, so its result cache answers the set's 56 queries after their first search, as ")
                    .append("it answers the queries many readers type; the *new queries* rows send, on the same server ")
                    .append("right after `/api/health`, queries it has not seen (latency-set queries with corpus words ")
                    .append("swapped in and corpus words drawn by frequency, a quarter with a typo; each sent once")
                    .append(repeatedNote(runs)).append("); the *cache off* rows are a second server with ")
                    .append("`search.cache-size=0`, where every request searches, as when every query is new. With ")
                    .append("every connection always waiting for an answer, latency is connections / throughput ")
                    .append("(Little's law).\n");
        }
        if (!startups.isEmpty()) {
            out.append("\n| corpus | launched with | to `/api/ready` (each launch) | to first `/api/search` answer |\n")
                    .append("|---|---|---|---|\n");
            for (StartupFigures startup : startups) {
                out.append("| ").append(startup.label()).append(" | `").append(startup.launch()).append("` | ")
                        .append(String.join(", ", startup.readyMillis().stream().map(Figures::ms).toList()))
                        .append(" | ").append(String.join(", ",
                                startup.firstSearchMillis().stream().map(Figures::ms).toList()))
                        .append(" |\n");
            }
        }
        return out.isEmpty() ? "Not run.\n" : out.toString();
    }

    /** The start-up table of an HTTP section written before (with the blank line before it), or nothing. */
    static String startupTable(String httpSection) {
        int start = httpSection.indexOf("| corpus | launched with |");
        return start < 0 ? "" : "\n" + httpSection.substring(start).strip() + "\n";
    }

    /** Says so when a run of new queries ran past its file and repeated some. */
    private static String repeatedNote(List<HttpFigures> runs) {
        long repeated = runs.stream().flatMap(run -> java.util.stream.Stream.of(run.searchNew(),
                run.searchNewOneConnection())).filter(java.util.Objects::nonNull).mapToLong(WrkFigures::repeated).sum();
        return repeated == 0 ? "" : ", but " + Figures.count(repeated) + " requests repeated a query";
    }

    private static void httpRow(StringBuilder out, HttpFigures run, WrkFigures endpoint, int connections,
            String ratio) {
        httpRow(out, run, endpoint, "", connections, ratio);
    }

    private static void httpRow(StringBuilder out, HttpFigures run, WrkFigures endpoint, String note, int connections,
            String ratio) {
        out.append("| ").append(run.label()).append(" (").append(Figures.count(run.chunks())).append(" chunks) | ")
                .append(run.mode()).append(" | `").append(endpoint.path()).append("`").append(note).append(" | ")
                .append(connections)
                .append(" | ")
                .append(Figures.rate(endpoint.requestsPerSecond())).append(" | ").append(Figures.ms(endpoint.p50Ms()))
                .append(" | ").append(Figures.ms(endpoint.p90Ms())).append(" | ").append(Figures.ms(endpoint.p99Ms()))
                .append(" | ").append(Figures.ms(endpoint.maxMs())).append(" | ").append(endpoint.errors())
                .append(" | ").append(ratio).append(" |\n");
    }

    /** Building the index at each size: time, rate, size and heap; and the peers' loading. */
    static String indexing(List<IndexingFigures> builds, List<QueryFigures> queries) {
        if (builds.isEmpty()) {
            return "Not run.\n";
        }
        StringBuilder out = new StringBuilder();
        out.append("| corpus | embeddings | content | build time | chunks/s | index size | heap limit | peak heap after GC |"
                + " SQLite FTS5 load | PostgreSQL load | Orama load (V8 heap) |\n"
                + "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (IndexingFigures build : builds) {
            Optional<QueryFigures> sameSize = build.semantic() ? Optional.empty()
                    : queries.stream().filter(q -> q.label().equals(build.label())).findFirst();
            out.append("| ").append(build.label()).append(" (").append(Figures.count(build.chunks())).append(") | ")
                    .append(build.semantic() ? "yes" : "no").append(" | ").append(Figures.megabytes(build.contentBytes()))
                    .append(" | ").append(Figures.seconds(build.seconds())).append(" | ")
                    .append(Figures.rate(build.chunksPerSecond())).append(" | ")
                    .append(Figures.megabytes(build.indexBytes())).append(" | ")
                    .append(Figures.megabytes(build.maxHeapBytes())).append(" | ")
                    .append(Figures.megabytes(build.peakHeapAfterGcBytes())).append(" | ")
                    .append(peerLoad(sameSize, "SQLite FTS5")).append(" | ").append(peerLoad(sameSize, "PostgreSQL"))
                    .append(" | ").append(oramaLoad(sameSize)).append(" |\n");
        }
        return out.toString();
    }

    private static String peerLoad(Optional<QueryFigures> queries, String engine) {
        return queries.flatMap(q -> q.peerLoads().stream().filter(l -> l.engine().equals(engine)).findFirst())
                .map(PerformanceTables::describe).orElse("–");
    }

    /** Orama's load, or why it could not load at this size. */
    private static String oramaLoad(Optional<QueryFigures> queries) {
        String load = peerLoad(queries, OramaPages.ENGINE);
        if (!load.equals("–")) {
            return load;
        }
        return queries.flatMap(q -> q.notRun().stream().filter(reason -> reason.startsWith("Orama")).findFirst())
                .map(reason -> "could not run").orElse("–");
    }

    private static String describe(PeerLoad load) {
        return Figures.seconds(load.seconds()) + ", " + Figures.megabytes(load.bytes());
    }

    /** Query latency and throughput of every engine at each size, with faq-index's lead over each peer. */
    static String queries(List<QueryFigures> runs) {
        if (runs.isEmpty()) {
            return "Not run.\n";
        }
        StringBuilder out = new StringBuilder();
        out.append("| corpus | engine | p50 | p90 | p99 | max | mean | queries/s | p50 vs faq-index | p99 vs faq-index |\n")
                .append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (QueryFigures run : runs) {
            LatencyFigures ours = run.engines().getFirst();
            for (LatencyFigures engine : run.engines()) {
                boolean first = engine == ours;
                out.append("| ").append(first ? run.label() + " (" + Figures.count(run.chunks()) + ")" : "")
                        .append(" | ").append(engine.engine()).append(" | ").append(Figures.ms(engine.p50Ms()))
                        .append(" | ").append(Figures.ms(engine.p90Ms())).append(" | ")
                        .append(Figures.ms(engine.p99Ms())).append(" | ").append(Figures.ms(engine.maxMs()))
                        .append(" | ").append(Figures.ms(engine.meanMs())).append(" | ")
                        .append(Figures.rate(engine.queriesPerSecond()))
                        .append(engine.threads() == ours.threads() ? "" : " (" + engine.threads() + " thread"
                                + (engine.threads() == 1 ? "" : "s") + ")")
                        .append(" | ")
                        .append(first ? "" : relative(engine.p50Ms() / ours.p50Ms()))
                        .append(" | ")
                        .append(first ? "" : relative(engine.p99Ms() / ours.p99Ms()))
                        .append(" |\n");
            }
            for (String notRun : run.notRun()) {
                int colon = notRun.indexOf(": ");
                out.append("|  | ").append(colon < 0 ? notRun : notRun.substring(0, colon))
                        .append(" | could not run: ").append(colon < 0 ? "" : notRun.substring(colon + 2))
                        .append(" |  |  |  |  |  |  |  |\n");
            }
        }
        QueryFigures any = runs.getFirst();
        out.append("\nLatency: one thread, ").append(any.queries()).append(" queries cycled, every call timed after a")
                .append(" warm-up; queries/s: ").append(any.engines().getFirst().threads())
                .append(" threads at once. faq-index opened its existing index as the server does (open and first")
                .append(" answer: ").append(String.join(", ", runs.stream()
                        .map(r -> r.label() + " " + Figures.ms(r.openMillis())).toList()))
                .append("; heap held while serving, after a full GC: ").append(String.join(", ", runs.stream()
                        .map(r -> r.label() + " " + Figures.megabytes(r.servingHeapBytes())).toList()))
                .append(").\n");
        return out.toString();
    }

    /** A peer's time over faq-index's: "3.2x slower", or "1.4x faster" when the peer took less. */
    private static String relative(double peerOverOurs) {
        return peerOverOurs >= 1 ? Figures.times(peerOverOurs) + " slower" : Figures.times(1 / peerOverOurs) + " faster";
    }

    /**
     * The indexes with embeddings at each size: their build (time, rate, size, heap) beside hybrid search on them.
     */
    static String hybridScale(List<IndexingFigures> builds, List<QueryFigures> hybrid) {
        List<IndexingFigures> semantic = builds.stream().filter(IndexingFigures::semantic).toList();
        if (semantic.isEmpty() && hybrid.isEmpty()) {
            return "Not run.\n";
        }
        StringBuilder out = new StringBuilder("| corpus | build time | chunks/s | index size | build heap limit |"
                + " peak heap after GC | hybrid p50 | p90 | p99 | max | queries/s | heap while serving |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        List<String> labels = new ArrayList<>(semantic.stream().map(IndexingFigures::label).toList());
        hybrid.stream().map(QueryFigures::label).filter(label -> !labels.contains(label)).forEach(labels::add);
        for (String label : labels) {
            Optional<IndexingFigures> build = semantic.stream().filter(b -> b.label().equals(label)).findFirst();
            Optional<QueryFigures> run = hybrid.stream().filter(q -> q.label().equals(label)).findFirst();
            Optional<LatencyFigures> latency = run.map(q -> q.engines().getFirst());
            long chunks = build.map(IndexingFigures::chunks).or(() -> run.map(QueryFigures::chunks)).orElse(0L);
            out.append("| ").append(label).append(" (").append(Figures.count(chunks)).append(") | ")
                    .append(build.map(b -> Figures.seconds(b.seconds())).orElse("–")).append(" | ")
                    .append(build.map(b -> Figures.rate(b.chunksPerSecond())).orElse("–")).append(" | ")
                    .append(build.map(b -> Figures.megabytes(b.indexBytes())).orElse("–")).append(" | ")
                    .append(build.map(b -> Figures.megabytes(b.maxHeapBytes())).orElse("–")).append(" | ")
                    .append(build.map(b -> Figures.megabytes(b.peakHeapAfterGcBytes())).orElse("–")).append(" | ")
                    .append(latency.map(l -> Figures.ms(l.p50Ms())).orElse("–")).append(" | ")
                    .append(latency.map(l -> Figures.ms(l.p90Ms())).orElse("–")).append(" | ")
                    .append(latency.map(l -> Figures.ms(l.p99Ms())).orElse("–")).append(" | ")
                    .append(latency.map(l -> Figures.ms(l.maxMs())).orElse("–")).append(" | ")
                    .append(latency.map(l -> Figures.rate(l.queriesPerSecond())).orElse("–")).append(" | ")
                    .append(run.map(q -> Figures.megabytes(q.servingHeapBytes()) + " of "
                            + Figures.megabytes(q.maxHeapBytes())).orElse("–")).append(" |\n");
        }
        if (!hybrid.isEmpty()) {
            QueryFigures any = hybrid.getFirst();
            out.append("\nHybrid: one thread, ").append(any.queries()).append(" queries cycled, every call timed after")
                    .append(" a warm-up, result cache off; queries/s: ").append(any.engines().getFirst().threads())
                    .append(" threads at once. Heap while serving: after a full GC, index open and warm.\n");
        }
        return out.toString();
    }

    /** The JMH results. */
    static String jmh(List<JmhScore> scores, List<IndexingFigures> builds) {
        if (scores.isEmpty()) {
            return "Not run.\n";
        }
        StringBuilder out = new StringBuilder("| benchmark | parameters | mean | p50 | p99 | chunks/s |\n"
                + "|---|---|---:|---:|---:|---:|\n");
        for (JmhScore score : scores) {
            boolean indexing = score.benchmark().startsWith("IndexingBenchmark");
            String chunksPerSecond = "";
            if (indexing) {
                String corpus = score.params().getOrDefault("content", "");
                long chunks = builds.stream().filter(b -> !b.semantic() && corpus.endsWith("corpus-" + b.label()))
                        .mapToLong(IndexingFigures::chunks).findFirst().orElse(0);
                chunksPerSecond = chunks == 0 ? "–" : Figures.rate(chunks / score.score());
            }
            double toMillis = score.unit().startsWith("s/") ? 1000 : 1;
            out.append("| `").append(score.benchmark()).append("` | ").append(params(score)).append(" | ")
                    .append(Figures.ms(score.score() * toMillis)).append(" | ")
                    .append(Figures.ms(score.percentile(50) * toMillis)).append(" | ")
                    .append(Figures.ms(score.percentile(99) * toMillis)).append(" | ").append(chunksPerSecond)
                    .append(" |\n");
        }
        return out.toString();
    }

    private static String params(JmhScore score) {
        return String.join(", ", score.params().entrySet().stream()
                .filter(p -> !p.getKey().equals("shared") && !p.getKey().equals("index"))
                .map(p -> p.getKey() + "=" + p.getValue().replace("target/bench/", "")).toList());
    }
}
