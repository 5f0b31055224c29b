package dev.faqindex.bench.http;

import dev.faqindex.bench.BenchArgs;
import dev.faqindex.bench.results.ResultFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Launches the packaged server on an existing index several times and records how long each launch took to be
 * ready and to answer a first search; writes {@link StartupFigures}. Launches {@code java -jar JAR serve}, or with
 * {@code --launcher bin/faq-index} the launcher script users run, which keeps an ahead-of-time cache of the JVM
 * beside the jar: one untimed launch with no cache writes it first, as a user's first start after a build does.
 *
 * <p>{@code ServerStartup --jar JAR --content DIR --index DIR --label 1M --out FILE --work DIR [--semantic]
 * [--launches 3] [--launcher SCRIPT]}
 */
public final class ServerStartup {

    private ServerStartup() {
    }

    public static void main(String[] args) throws Exception {
        BenchArgs options = new BenchArgs(args, Set.of("semantic"), "ServerStartup --jar JAR --content DIR"
                + " --index DIR --label 1M --out FILE --work DIR [--semantic] [--launches 3] [--launcher SCRIPT]");
        Path work = Files.createDirectories(options.path("work"));
        Optional<Path> launcher = options.optional("launcher").map(Path::of);
        if (launcher.isPresent()) {
            deleteJvmCaches(options.path("jar"));
            launch(options, launcher, work); // writes the cache when the JVM exits
        }
        List<Double> ready = new ArrayList<>();
        List<Double> firstSearch = new ArrayList<>();
        for (int launch = 0; launch < options.number("launches", 3); launch++) {
            double[] times = launch(options, launcher, work);
            ready.add(times[0]);
            firstSearch.add(times[1]);
        }
        String launch = launcher.map(script -> script + " (JVM ahead-of-time cache)").orElse("java -jar");
        StartupFigures figures = new StartupFigures(options.text("label"), launch, ready, firstSearch);
        System.out.printf("  %s: start-up to ready %s ms, to first search %s ms%n", launch, ready, firstSearch);
        ResultFiles.write(options.path("out"), figures);
    }

    /** Deletes the JVM caches the launcher keeps beside {@code jar} ({@code faq-index-jdk-*.aot} or {@code .jsa}). */
    private static void deleteJvmCaches(Path jar) throws IOException {
        String stem = jar.getFileName().toString().replaceFirst("\\.jar$", "") + "-jdk-";
        try (Stream<Path> siblings = Files.list(jar.toAbsolutePath().getParent())) {
            for (Path cache : siblings.filter(p -> p.getFileName().toString().startsWith(stem)).toList()) {
                Files.delete(cache);
            }
        }
    }

    /** One launch: milliseconds to ready and to the first search answer. */
    private static double[] launch(BenchArgs options, Optional<Path> launcher, Path work) throws Exception {
        Path log = work.resolve("server.log");
        try (ServerProcess server = launcher.isPresent()
                ? ServerProcess.startWithLauncher(launcher.get(), options.path("jar"), options.path("content"),
                        options.path("index"), options.flag("semantic"), work, log)
                : ServerProcess.start(options.path("jar"), options.path("content"), options.path("index"),
                        options.flag("semantic"), work, log)) {
            double ready = server.awaitOk("/api/ready");
            return new double[] {ready, server.awaitOk(HttpLoadBenchmark.SEARCH + "?q=back+pain")};
        }
    }
}
