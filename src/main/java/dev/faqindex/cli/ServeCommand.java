package dev.faqindex.cli;

import dev.faqindex.config.FaqIndexConfig;
import dev.faqindex.http.ApiServer;
import dev.faqindex.index.LiveIndex;
import dev.faqindex.search.ArticleReader;
import dev.faqindex.search.SearchService;
import dev.faqindex.web.Website;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code faq-index serve}: indexes the content if needed and serves the HTTP API and website until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve search over HTTP.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    IndexOptions options;

    @Option(names = "--port", paramLabel = "P", description = "HTTP port; 0 picks a free one (default: ${DEFAULT-VALUE}).",
            defaultValue = "8080")
    int port;

    @Option(names = "--allow-origin", paramLabel = "ORIGIN",
            description = "An origin (e.g. https://www.example.com) whose pages may call the API, for the embeddable "
                    + "widget; repeatable. Default: none, same-origin only.")
    List<String> allowOrigins = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        FaqIndexConfig config = options.toConfig(port).withAllowedOrigins(allowOrigins);
        CountDownLatch stopped = new CountDownLatch(1);
        try (LiveIndex index = LiveIndex.open(config);
                ApiServer server = new ApiServer(new SearchService(index),
                        new Website(new ArticleReader(index), config.allowedOrigins()))) {
            ProblemReport.print(index.lastRefresh(), spec.commandLine().getOut(), spec.commandLine().getErr());
            int bound = server.start(config.port());
            spec.commandLine().getOut().printf("faq-index serving %s on http://localhost:%d/%n",
                    config.contentDir(), bound);
            spec.commandLine().getOut().flush();
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "faq-index-shutdown"));
            stopped.await();
        }
        return 0;
    }
}
