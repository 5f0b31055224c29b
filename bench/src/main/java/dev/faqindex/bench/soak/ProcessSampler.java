package dev.faqindex.bench.soak;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Samples the server process while the soak runs: every few seconds its heap in use, threads (both from
 * {@code /metrics}, which is never rate limited) and open files ({@code /proc/<pid>/fd}); every minute its live heap,
 * what a full collection asked for with {@code jcmd GC.run} left, as the server's GC log says it ({@code -Xlog:gc}).
 * The log's figure is the heap at the end of the collection itself; the heap read from {@code /metrics} a moment later
 * already holds what the clients' requests allocated since, which made single samples jump by 20 MB under load.
 */
final class ProcessSampler {

    /** One sample. */
    record Sample(double seconds, double heapMb, int threads, int openFiles, Double liveHeapMb) {
    }

    private static final Pattern HEAP = Pattern.compile("(?m)^jvm_memory_used_bytes\\{area=\"heap\"} (\\S+)$");
    private static final Pattern THREADS = Pattern.compile("(?m)^jvm_threads_current (\\S+)$");
    /** A full collection asked for by {@code jcmd GC.run} in the GC log, with the heap after it in MB. */
    private static final Pattern FULL_GC = Pattern.compile("Pause Full \\(Diagnostic Command\\) \\d+M->(\\d+)M");

    private final long pid;
    private final String baseUrl;
    private final Path gcLog;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Sample> samples = Collections.synchronizedList(new ArrayList<>());

    /** @param gcLog the server's GC log ({@code -Xlog:gc:file=...}) */
    ProcessSampler(long pid, String baseUrl, Path gcLog) {
        this.pid = pid;
        this.baseUrl = baseUrl;
        this.gcLog = gcLog;
    }

    /** Takes one sample, {@code seconds} into the run, with the live heap when {@code fullGc}. */
    void sample(double seconds, boolean fullGc) throws IOException, InterruptedException {
        Double live = null;
        if (fullGc) {
            int before = fullCollections().size();
            Process gc = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    Long.toString(pid), "GC.run").redirectErrorStream(true).redirectOutput(
                    ProcessBuilder.Redirect.DISCARD).start();
            gc.waitFor(1, TimeUnit.MINUTES);
            List<Double> after = fullCollections();
            for (long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                    after.size() <= before && System.nanoTime() < deadline; after = fullCollections()) {
                Thread.sleep(100); // the log line is written as the collection ends, jcmd returns about then
            }
            live = after.size() > before ? after.getLast() : null;
        }
        String metrics = metrics();
        samples.add(new Sample(seconds, heapMb(metrics), (int) value(THREADS, metrics), openFiles(), live));
    }

    List<Sample> samples() {
        synchronized (samples) {
            return List.copyOf(samples);
        }
    }

    private String metrics() throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/metrics")).timeout(Duration.ofSeconds(15))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /** The heap left by each full collection asked for so far, in MB, from the GC log. */
    private List<Double> fullCollections() throws IOException {
        if (!Files.exists(gcLog)) {
            return List.of();
        }
        Matcher matcher = FULL_GC.matcher(Files.readString(gcLog));
        List<Double> left = new ArrayList<>();
        while (matcher.find()) {
            left.add(Double.parseDouble(matcher.group(1)));
        }
        return left;
    }

    private int openFiles() throws IOException {
        try (var fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
            return (int) fds.count();
        }
    }

    private static double heapMb(String metrics) {
        return value(HEAP, metrics) / 1048576.0;
    }

    private static double value(Pattern pattern, String metrics) {
        Matcher matcher = pattern.matcher(metrics);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : Double.NaN;
    }
}
