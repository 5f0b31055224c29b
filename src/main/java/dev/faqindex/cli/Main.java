package dev.faqindex.cli;

import dev.faqindex.semantic.DjlOfflineMode;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code faq-index} command line: one jar, one subcommand per job. */
@Command(
        name = "faq-index",
        mixinStandardHelpOptions = true,
        version = "faq-index 0.1.0",
        description = "Searchable FAQ and content index built on Lucene.",
        subcommands = {ServeCommand.class, IndexCommand.class, SearchCommand.class, EvalCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    static {
        // No outbound connections: DJL offline and without telemetry before any of its classes loads.
        DjlOfflineMode.enable();
    }

    /**
     * Lucene logs through java.util.logging that it could use the incubating Vector API; that is a tuning hint for
     * operators (see README), not something to print on every command. Held here because JUL keeps loggers weakly.
     */
    private static final java.util.logging.Logger LUCENE_VECTORIZATION =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        LUCENE_VECTORIZATION.setLevel(java.util.logging.Level.SEVERE);
        System.exit(run(args));
    }

    /**
     * Runs the command line and returns its exit code (0 success, 1 failure, 2 usage error, 3 index written but
     * some content file could not be indexed).
     */
    public static int run(String... args) {
        return new CommandLine(new Main())
                .setExecutionExceptionHandler(new FriendlyErrors())
                .execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: serve, index or search");
    }
}
