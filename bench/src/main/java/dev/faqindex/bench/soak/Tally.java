package dev.faqindex.bench.soak;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counts of answers by client kind and outcome (a status code, or what went wrong), from many threads. */
final class Tally {

    private final Map<String, Map<String, LongAdder>> counts = new ConcurrentHashMap<>();

    void add(String kind, String outcome) {
        counts.computeIfAbsent(kind, k -> new ConcurrentHashMap<>())
                .computeIfAbsent(outcome, o -> new LongAdder()).increment();
    }

    long total(String kind) {
        return counts.getOrDefault(kind, Map.of()).values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** Outcomes and their counts, by kind, sorted. */
    Map<String, Map<String, Long>> snapshot() {
        Map<String, Map<String, Long>> copy = new TreeMap<>();
        counts.forEach((kind, outcomes) -> {
            Map<String, Long> sorted = new TreeMap<>();
            outcomes.forEach((outcome, count) -> sorted.put(outcome, count.sum()));
            copy.put(kind, sorted);
        });
        return copy;
    }
}
