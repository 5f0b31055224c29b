package dev.faqindex.bench.soak;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.faqindex.bench.BenchArgs;
import dev.faqindex.bench.http.ServerProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The soak (see the package docs): starts the packaged server with its production defaults (rate limiting on) and
 * a small heap, runs the clients for the given minutes while sampling the process, and reports the figures as
 * Markdown and JSON. It fails (exit 1) when a normal request failed, the live heap or the open files grew, or the
 * server died.
 */
public final class SoakBenchmark {

    private static final String USAGE = "SoakBenchmark --jar target/faq-index.jar [--content content] [--work DIR]"
            + " [--minutes 10] [--heap 256m] [--normal 4] [--sample-seconds 5] [--out results.json]";

    private SoakBenchmark() {
    }

    public static void main(String[] argv) throws Exception {
        BenchArgs args = new BenchArgs(argv, Set.of(), USAGE);
        Path work = args.path("work", "target/bench/soak");
        Files.createDirectories(work);
        Duration length = Duration.ofSeconds((long) (args.number("minutes", 10) * 60));
        int sampleSeconds = args.number("sample-seconds", 5);
        boolean passed;
        Map<String, String> production = Map.of("FAQ_INDEX_LIMITS_RATE_PER_MINUTE", "600",
                "FAQ_INDEX_WATCH", "false");
        Path gcLog = work.toAbsolutePath().resolve("gc.log");
        Files.deleteIfExists(gcLog);
        List<String> jvm = List.of("-Xmx" + args.text("heap", "256m"), "--enable-native-access=ALL-UNNAMED",
                "-Dfaqindex.log.level=WARN", "-Xlog:gc:file=" + gcLog);
        try (ServerProcess server = ServerProcess.start(jvm, production, args.path("jar"),
                args.path("content", "content"), work.resolve("index"), false, work, work.resolve("server.log"))) {
            server.awaitOk("/api/ready");
            int port = Integer.parseInt(server.baseUrl().substring(server.baseUrl().lastIndexOf(':') + 1));
            Tally tally = new Tally();
            ProcessSampler sampler = new ProcessSampler(server.pid(), server.baseUrl(), gcLog);
            AtomicBoolean running = new AtomicBoolean(true);
            int normal = args.number("normal", 4);
            ExecutorService clients = Executors.newFixedThreadPool(normal + HostileClient.Kind.values().length);
            long start = System.nanoTime();
            sampler.sample(0, true);
            for (int i = 0; i < normal; i++) {
                clients.submit(new NormalClient(i, server.baseUrl(), tally, running::get));
            }
            RawHttp raw = new RawHttp(port);
            for (HostileClient.Kind kind : HostileClient.Kind.values()) {
                clients.submit(new HostileClient(kind, raw, tally, running::get));
            }
            long end = start + length.toNanos();
            long nextGc = start + TimeUnit.MINUTES.toNanos(1);
            long lastGc = start;
            while (System.nanoTime() < end && server.alive()) {
                Thread.sleep(sampleSeconds * 1000L);
                long now = System.nanoTime();
                boolean gc = now >= nextGc;
                if (gc) {
                    nextGc += TimeUnit.MINUTES.toNanos(1);
                    lastGc = now;
                }
                sampler.sample((now - start) / 1e9, gc);
                System.out.printf("%5.0f s  heap %6.1f MB  files %4d  threads %3d  normal %d  hostile %d%n",
                        (now - start) / 1e9, sampler.samples().getLast().heapMb(),
                        sampler.samples().getLast().openFiles(), sampler.samples().getLast().threads(),
                        tally.total("normal"), tally.snapshot().keySet().stream().filter(k -> k.startsWith("hostile"))
                                .mapToLong(tally::total).sum());
            }
            running.set(false);
            clients.shutdown();
            clients.awaitTermination(1, TimeUnit.MINUTES);
            boolean alive = server.alive();
            long now = System.nanoTime();
            sampler.sample((now - start) / 1e9, alive && now - lastGc > TimeUnit.SECONDS.toNanos(30));
            SoakFigures figures = SoakFigures.of(length, jvm.getFirst(), alive, sampler.samples(), tally.snapshot());
            System.out.println(figures.markdown());
            Path out = args.path("out", work.resolve("soak.json").toString());
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), figures);
            passed = figures.passed();
        }
        System.exit(passed ? 0 : 1); // only once the server is stopped
    }
}
