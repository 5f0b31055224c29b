package dev.faqindex.cli;

import dev.faqindex.index.IndexRefresh;
import dev.faqindex.index.LiveIndex;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code faq-index index}: builds or updates the index from the content folder. */
@Command(name = "index", mixinStandardHelpOptions = true, description = "Build the index from the content folder.")
final class IndexCommand implements Callable<Integer> {

    @Mixin
    IndexOptions options;

    @Option(names = "--force", description = "Rebuild even when the index is up to date.")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (LiveIndex index = LiveIndex.open(options.toConfig(0))) {
            IndexRefresh refresh = force ? index.refresh(true) : index.lastRefresh();
            ProblemReport.print(refresh, spec.commandLine().getOut(), spec.commandLine().getErr());
            return 0;
        }
    }
}
