package dev.faqindex.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.ConsoleAppender;
import org.junit.jupiter.api.Test;

class ConsoleLoggingTest {

    @Test
    void theAccessLogIsQueuedToStandardOutputAndTheRestGoesToStandardError() {
        LoggerContext context = new LoggerContext();
        try {
            ConsoleLogging.applyTo(context);

            Logger access = context.getLogger(ConsoleLogging.ACCESS_LOGGER);
            assertFalse(access.isAdditive(), "access lines do not also go to standard error");
            AsyncAppender queued = assertInstanceOf(AsyncAppender.class, access.getAppender("ASYNC_ACCESS"));
            assertEquals(0, queued.getDiscardingThreshold(), "no access line is dropped when the queue fills");
            assertEquals("System.out",
                    assertInstanceOf(ConsoleAppender.class, queued.getAppender("ACCESS")).getTarget());

            Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
            assertEquals("System.err", assertInstanceOf(ConsoleAppender.class, root.getAppender("STDERR")).getTarget());
            assertEquals(Level.toLevel(System.getProperty(ConsoleLogging.LEVEL_PROPERTY), Level.INFO), root.getLevel());
            assertEquals(Level.WARN, context.getLogger("org.eclipse.jetty").getLevel());
            assertEquals(Level.ERROR, context.getLogger("ai.djl.util.cuda.CudaUtils").getLevel(),
                    "no GPU warnings on a machine without CUDA");
        } finally {
            context.stop();
        }
    }
}
