package dev.faqindex.bench.http;

import dev.faqindex.bench.BenchArgs;
import dev.faqindex.bench.results.ResultFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Launches the packaged server on an existing index several times and records how long each launch took to be
 * ready and to answer a first search; writes {@link StartupFigures}. With {@code --cds FILE} every launch uses an
 * application class data sharing archive (the JDK's {@code -XX:+AutoCreateSharedArchive}), which one untimed
 * launch creates first.
 *
 * <p>{@code ServerStartup --jar JAR --content DIR --index DIR --label 1M --out FILE --work DIR [--semantic]
 * [--launches 3] [--cds FILE]}
 */
public final class ServerStartup {

    private ServerStartup() {
    }

    public static void main(String[] args) throws Exception {
        BenchArgs options = new BenchArgs(args, Set.of("semantic"), "ServerStartup --jar JAR --content DIR"
                + " --index DIR --label 1M --out FILE --work DIR [--semantic] [--launches 3] [--cds FILE]");
        Path work = Files.createDirectories(options.path("work"));
        List<String> jvmOptions = options.optional("cds").map(archive -> List.of("-XX:+AutoCreateSharedArchive",
                "-XX:SharedArchiveFile=" + archive)).orElse(List.of());
        if (!jvmOptions.isEmpty()) {
            Files.deleteIfExists(Path.of(options.text("cds")));
            launch(options, jvmOptions, work); // creates the archive when the JVM exits
        }
        List<Double> ready = new ArrayList<>();
        List<Double> firstSearch = new ArrayList<>();
        for (int launch = 0; launch < options.number("launches", 3); launch++) {
            double[] times = launch(options, jvmOptions, work);
            ready.add(times[0]);
            firstSearch.add(times[1]);
        }
        String launch = jvmOptions.isEmpty() ? "java -jar" : "java -XX:SharedArchiveFile=... -jar";
        StartupFigures figures = new StartupFigures(options.text("label"), launch, ready, firstSearch);
        System.out.printf("  %s: start-up to ready %s ms, to first search %s ms%n", launch, ready, firstSearch);
        ResultFiles.write(options.path("out"), figures);
    }

    /** One launch: milliseconds to ready and to the first search answer. */
    private static double[] launch(BenchArgs options, List<String> jvmOptions, Path work) throws Exception {
        try (ServerProcess server = ServerProcess.start(jvmOptions, Map.of(), options.path("jar"), options.path("content"),
                options.path("index"), options.flag("semantic"), work, work.resolve("server.log"))) {
            double ready = server.awaitOk("/api/ready");
            return new double[] {ready, server.awaitOk(HttpLoadBenchmark.SEARCH + "?q=back+pain")};
        }
    }
}
