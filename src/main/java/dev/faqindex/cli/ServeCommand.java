package dev.faqindex.cli;

import dev.faqindex.config.LoadedConfig;
import dev.faqindex.config.Setting;
import dev.faqindex.server.FaqIndexServer;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code faq-index serve}: serves the HTTP API and website until stopped, answering at once from the existing index
 * while the content is (re)indexed in the background and watched for changes.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve search over HTTP.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    IndexOptions options;

    @Option(names = "--port", paramLabel = "P", description = "HTTP port; 0 picks a free one (default: 8080).")
    Integer port;

    @Option(names = "--allow-origin", paramLabel = "ORIGIN",
            description = "An origin (e.g. https://www.example.com) whose pages may call the API, for the embeddable "
                    + "widget; repeatable. Default: none, same-origin only.")
    List<String> allowOrigins = new ArrayList<>();

    @Option(names = "--no-watch", description = "Do not reindex when content files change (default: watch).")
    boolean noWatch;

    @Option(names = "--role", paramLabel = "ROLE",
            description = "standalone (default: index and serve), primary (also publish each commit to replicas) or "
                    + "replica (copy the primary's commits and serve them); needs replication.token "
                    + "(FAQ_INDEX_REPLICATION_TOKEN) unless standalone.")
    String role;

    @Option(names = "--primary", paramLabel = "URL",
            description = "The primary's address, for --role replica (http://faq-index-primary:8080).")
    String primary;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Map<Setting, String> given = new EnumMap<>(Setting.class);
        if (port != null) {
            given.put(Setting.PORT, port.toString());
        }
        if (!allowOrigins.isEmpty()) {
            given.put(Setting.ALLOWED_ORIGINS, String.join(",", allowOrigins));
        }
        if (noWatch) {
            given.put(Setting.WATCH, "false");
        }
        if (role != null) {
            given.put(Setting.REPLICATION_ROLE, role);
        }
        if (primary != null) {
            given.put(Setting.REPLICATION_PRIMARY, primary);
        }
        LoadedConfig loaded = options.load(given);
        PrintWriter out = spec.commandLine().getOut();
        out.println("faq-index configuration" + loaded.file().map(f -> " (file " + f + ")").orElse("") + ":");
        loaded.summary().forEach(line -> out.println("  " + line));
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        try (FaqIndexServer server = FaqIndexServer.start(loaded.config())) {
            out.printf("faq-index serving %s on http://localhost:%d/%n", loaded.config().folder(Setting.CONTENT_DIR),
                    server.port());
            out.flush();
            server.firstRefresh().thenAccept(refresh ->
                    ProblemReport.print(refresh, out, spec.commandLine().getErr()));
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "faq-index-shutdown"));
            stopped.await();
        }
        return 0;
    }
}
