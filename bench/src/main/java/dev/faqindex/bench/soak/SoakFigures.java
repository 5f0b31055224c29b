package dev.faqindex.bench.soak;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a soak showed: its length and heap, the samples, the answers by client kind, and the verdicts: no failed normal
 * request, no growth of the live heap (least-squares slope over the samples after the first minute, and last against
 * second), no growth of open files (the last third's most against the first third's most), the server alive.
 */
record SoakFigures(String length, String heap, boolean alive, long normalRequests, long normalFailures,
        long hostileRequests, double liveHeapFirstMb, double liveHeapLastMb, double liveHeapSlopeMbPerMin,
        double heapMaxMb, int openFilesEarlyMax, int openFilesLateMax, int threadsMax,
        Map<String, Map<String, Long>> answers, List<ProcessSampler.Sample> samples) {

    /** Live heap growth accepted over the run, in MB per minute (noise of a few hundred KB is not a trend). */
    static final double MAX_SLOPE_MB_PER_MIN = 0.5;
    /** Open files accepted above the early most (sockets come and go). */
    static final int OPEN_FILES_SLACK = 20;

    static SoakFigures of(Duration length, String heapOption, boolean alive, List<ProcessSampler.Sample> samples,
            Map<String, Map<String, Long>> answers) {
        List<ProcessSampler.Sample> live = samples.stream().filter(s -> s.liveHeapMb() != null).toList();
        List<ProcessSampler.Sample> afterWarmUp = live.size() > 3 ? live.subList(1, live.size()) : live;
        Map<String, Long> normal = answers.getOrDefault("normal", Map.of());
        long normalRequests = normal.values().stream().mapToLong(Long::longValue).sum();
        long normalFailures = normal.entrySet().stream().filter(e -> e.getKey().startsWith("failed"))
                .mapToLong(Map.Entry::getValue).sum();
        long hostile = answers.entrySet().stream().filter(e -> e.getKey().startsWith("hostile"))
                .flatMap(e -> e.getValue().values().stream()).mapToLong(Long::longValue).sum();
        int third = Math.max(1, samples.size() / 3);
        return new SoakFigures(length.toMinutes() + " min", heapOption, alive, normalRequests, normalFailures,
                hostile, afterWarmUp.getFirst().liveHeapMb(), afterWarmUp.getLast().liveHeapMb(),
                slopePerMinute(afterWarmUp),
                samples.stream().mapToDouble(ProcessSampler.Sample::heapMb).max().orElse(0),
                samples.subList(0, third).stream().mapToInt(ProcessSampler.Sample::openFiles).max().orElse(0),
                samples.subList(samples.size() - third, samples.size()).stream()
                        .mapToInt(ProcessSampler.Sample::openFiles).max().orElse(0),
                samples.stream().mapToInt(ProcessSampler.Sample::threads).max().orElse(0), answers, samples);
    }

    boolean passed() {
        return alive && normalFailures == 0 && liveHeapSlopeMbPerMin < MAX_SLOPE_MB_PER_MIN
                && openFilesLateMax <= openFilesEarlyMax + OPEN_FILES_SLACK;
    }

    /** The figures as a Markdown table and the answers by kind, for docs/BENCHMARKS.md. */
    String markdown() {
        StringBuilder text = new StringBuilder();
        text.append("| figure | value |\n|---|---|\n");
        row(text, "length, server heap", length + ", " + heap);
        row(text, "normal requests (4 clients, 5 a second each)", normalRequests + ", **" + normalFailures
                + " failed**");
        row(text, "hostile requests", String.valueOf(hostileRequests));
        row(text, "live heap after a full GC, minute 1 → end", fmt(liveHeapFirstMb) + " → " + fmt(liveHeapLastMb)
                + " MB (slope " + String.format(Locale.ROOT, "%+.2f", liveHeapSlopeMbPerMin) + " MB/min)");
        row(text, "heap in use, most sampled", fmt(heapMaxMb) + " MB");
        row(text, "open files, most in first third → last third", openFilesEarlyMax + " → " + openFilesLateMax);
        row(text, "threads, most", String.valueOf(threadsMax));
        row(text, "verdict", passed() ? "no growth, no failed normal request" : "FAILED");
        text.append("\nAnswers by client kind:\n\n");
        answers.forEach((kind, outcomes) -> text.append("- ").append(kind).append(": ")
                .append(outcomes.entrySet().stream().map(e -> e.getKey() + " × " + e.getValue())
                        .collect(Collectors.joining(", "))).append('\n'));
        return text.toString();
    }

    private static void row(StringBuilder text, String name, String value) {
        text.append("| ").append(name).append(" | ").append(value).append(" |\n");
    }

    private static String fmt(double mb) {
        return String.format(Locale.ROOT, "%.1f", mb);
    }

    /** Least-squares slope of the live heap against time, in MB per minute. */
    private static double slopePerMinute(List<ProcessSampler.Sample> live) {
        int n = live.size();
        if (n < 2) {
            return 0;
        }
        double meanX = live.stream().mapToDouble(s -> s.seconds() / 60).average().orElse(0);
        double meanY = live.stream().mapToDouble(ProcessSampler.Sample::liveHeapMb).average().orElse(0);
        double covariance = 0;
        double variance = 0;
        for (ProcessSampler.Sample s : live) {
            double x = s.seconds() / 60 - meanX;
            covariance += x * (s.liveHeapMb() - meanY);
            variance += x * x;
        }
        return variance == 0 ? 0 : covariance / variance;
    }
}
