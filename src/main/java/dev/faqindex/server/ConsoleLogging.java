package dev.faqindex.server;

import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * The logging of faq-index, set up in code when logback starts (found through {@code META-INF/services}): the
 * structured access log (logger {@code faqindex.access}, one JSON object per line) goes to standard output through a
 * queue, so requests never wait for the terminal, and drops no line; everything else goes to standard error, at the
 * level of {@code -Dfaqindex.log.level} (default {@code INFO}), Jetty's and the MCP SDK's own at {@code WARN}, DJL's
 * GPU probe at {@code ERROR}.
 *
 * <p>Code rather than a {@code logback.xml} because reading XML costs the server about half a second of start-up. An
 * operator's own file still wins: with {@code -Dlogback.configurationFile=...}, or a {@code logback.xml} or
 * {@code logback-test.xml} on the class path, this steps aside and logback reads that file.
 */
public final class ConsoleLogging extends ContextAwareBase implements Configurator {

    static final String ACCESS_LOGGER = "faqindex.access";
    static final String LEVEL_PROPERTY = "faqindex.log.level";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (operatorConfigured()) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        applyTo(context);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Sets up {@code context} with the two streams. */
    static void applyTo(LoggerContext context) {
        ConsoleAppender<ILoggingEvent> stderr = console(context, "STDERR", "System.err",
                "%d{yyyy-MM-dd'T'HH:mm:ss.SSSX,UTC} %-5level [%thread] %logger{30} - %msg%n");
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.toLevel(System.getProperty(LEVEL_PROPERTY), Level.INFO));
        root.addAppender(stderr);

        AsyncAppender queued = new AsyncAppender();
        queued.setContext(context);
        queued.setName("ASYNC_ACCESS");
        queued.setQueueSize(8192);
        queued.setDiscardingThreshold(0);
        queued.addAppender(console(context, "ACCESS", "System.out", "%msg%n"));
        queued.start();
        Logger access = context.getLogger(ACCESS_LOGGER);
        access.setLevel(Level.INFO);
        access.setAdditive(false);
        access.addAppender(queued);

        context.getLogger("org.eclipse.jetty").setLevel(Level.WARN);
        // The MCP SDK logs every client's initialize at INFO; the access log already has one line per request.
        context.getLogger("io.modelcontextprotocol").setLevel(Level.WARN);
        // DJL (the tokenizer's library) looks for a GPU and names its native library on every start; the model runs
        // on the CPU, so "Failed to detect GPU count" on a machine without CUDA is no news.
        context.getLogger("ai.djl.util.cuda.CudaUtils").setLevel(Level.ERROR);
        context.getLogger("ai.djl.util.Platform").setLevel(Level.WARN);
    }

    private static boolean operatorConfigured() {
        ClassLoader loader = ConsoleLogging.class.getClassLoader();
        return System.getProperty("logback.configurationFile") != null
                || loader.getResource("logback-test.xml") != null
                || loader.getResource("logback.xml") != null;
    }

    private static ConsoleAppender<ILoggingEvent> console(LoggerContext context, String name, String target,
            String pattern) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(pattern);
        encoder.start();
        ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
        appender.setContext(context);
        appender.setName(name);
        appender.setTarget(target);
        appender.setEncoder(encoder);
        appender.start();
        return appender;
    }
}
