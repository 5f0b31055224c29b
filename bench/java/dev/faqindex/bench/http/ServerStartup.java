package dev.faqindex.bench.http;

import dev.faqindex.bench.BenchArgs;
import dev.faqindex.bench.results.ResultFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Launches the packaged server on an existing index several times and records how long each launch took to be
 * ready and to answer a first search; writes {@link StartupFigures}.
 *
 * <p>{@code ServerStartup --jar JAR --content DIR --index DIR --label 1M --out FILE --work DIR [--semantic]
 * [--launches 3]}
 */
public final class ServerStartup {

    private ServerStartup() {
    }

    public static void main(String[] args) throws Exception {
        BenchArgs options = new BenchArgs(args, Set.of("semantic"), "ServerStartup --jar JAR --content DIR"
                + " --index DIR --label 1M --out FILE --work DIR [--semantic] [--launches 3]");
        Path work = Files.createDirectories(options.path("work"));
        List<Double> ready = new ArrayList<>();
        List<Double> firstSearch = new ArrayList<>();
        for (int launch = 0; launch < options.number("launches", 3); launch++) {
            try (ServerProcess server = ServerProcess.start(options.path("jar"), options.path("content"),
                    options.path("index"), options.flag("semantic"), work, work.resolve("server.log"))) {
                ready.add(server.awaitOk("/api/ready"));
                firstSearch.add(server.awaitOk(HttpLoadBenchmark.SEARCH + "?q=back+pain"));
            }
        }
        StartupFigures figures = new StartupFigures(options.text("label"), ready, firstSearch);
        System.out.printf("  start-up to ready %s ms, to first search %s ms%n", ready, firstSearch);
        ResultFiles.write(options.path("out"), figures);
    }
}
