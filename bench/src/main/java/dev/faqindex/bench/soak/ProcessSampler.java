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
 * the heap in use right after a full collection asked for with {@code jcmd GC.run}.
 */
final class ProcessSampler {

    /** One sample. */
    record Sample(double seconds, double heapMb, int threads, int openFiles, Double liveHeapMb) {
    }

    private static final Pattern HEAP = Pattern.compile("(?m)^jvm_memory_used_bytes\\{area=\"heap\"} (\\S+)$");
    private static final Pattern THREADS = Pattern.compile("(?m)^jvm_threads_current (\\S+)$");

    private final long pid;
    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Sample> samples = Collections.synchronizedList(new ArrayList<>());

    ProcessSampler(long pid, String baseUrl) {
        this.pid = pid;
        this.baseUrl = baseUrl;
    }

    /** Takes one sample, {@code seconds} into the run, with the live heap when {@code fullGc}. */
    void sample(double seconds, boolean fullGc) throws IOException, InterruptedException {
        Double live = null;
        if (fullGc) {
            Process gc = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    Long.toString(pid), "GC.run").redirectErrorStream(true).redirectOutput(
                    ProcessBuilder.Redirect.DISCARD).start();
            gc.waitFor(1, TimeUnit.MINUTES);
            live = heapMb(metrics());
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
