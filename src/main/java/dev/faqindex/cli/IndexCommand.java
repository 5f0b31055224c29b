package dev.faqindex.cli;

import dev.faqindex.config.Capability;
import dev.faqindex.config.FaqIndexConfig;
import dev.faqindex.config.Setting;
import dev.faqindex.index.IndexRefresh;
import dev.faqindex.index.LiveIndex;
import dev.faqindex.semantic.MiniLmEmbedder;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.IntConsumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code faq-index index}: builds or updates the index from the content folder and says how its files fared. Exits
 * with {@value #FILES_DROPPED} when some file could not be indexed at all (the rest is indexed and serves).
 */
@Command(name = "index", mixinStandardHelpOptions = true, description = "Build the index from the content folder.")
final class IndexCommand implements Callable<Integer> {

    /** The exit code when the index was written but some content file could not be indexed at all. */
    static final int FILES_DROPPED = 3;

    /** A progress line is printed each time this many more chunks are written. */
    private static final int PROGRESS_EVERY = 10_000;

    @Mixin
    IndexOptions options;

    @Option(names = "--force", description = "Rebuild even when the index is up to date.")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        FaqIndexConfig config = options.load().config();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Indexing %s into %s%n", config.folder(Setting.CONTENT_DIR), config.folder(Setting.INDEX_DIR));
        out.flush();
        IntConsumer progress = new IntConsumer() {
            private int next = PROGRESS_EVERY;

            @Override
            public void accept(int written) {
                if (written >= next) {
                    out.printf("  %,d chunks written%n", written);
                    out.flush();
                    next = (written / PROGRESS_EVERY + 1) * PROGRESS_EVERY;
                }
            }
        };
        FaqIndexConfig indexing = config.part(Capability.CONTENT, Capability.INDEX);
        try (LiveIndex index = LiveIndex.open(indexing, MiniLmEmbedder.shared(), progress)) {
            IndexRefresh refresh = force ? index.refresh(true, progress) : index.lastRefresh().orElseThrow();
            ProblemReport.print(refresh, out, spec.commandLine().getErr());
            if (!refresh.tally().complete()) {
                spec.commandLine().getErr().printf("faq-index: %d content file%s could not be indexed (see the "
                        + "warnings above)%n", refresh.tally().filesDropped(),
                        refresh.tally().filesDropped() == 1 ? "" : "s");
                return FILES_DROPPED;
            }
            return 0;
        }
    }
}
