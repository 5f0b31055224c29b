package dev.faqindex.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqindex.config.FaqIndexConfig;
import dev.faqindex.config.Setting;
import dev.faqindex.index.LiveIndex;
import dev.faqindex.testing.IndexConfigs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Suggestions never wait long for a suggester being built: the previous commit's answers meanwhile. */
class TitleSuggesterTest {

    @TempDir
    Path temp;

    private static void writeFaq(Path file, String id, String question) throws Exception {
        Files.writeString(file, "{\"id\":\"" + id + "\",\"question\":\"" + question + "\",\"answer\":\"See the manual.\"}\n");
    }

    private static List<String> texts(List<Suggestion> suggestions) {
        return suggestions.stream().map(Suggestion::text).toList();
    }

    /** A content folder holding one FAQ file with one question, and an index folder beside it. */
    private FaqIndexConfig contentWith(String file, String id, String question) throws Exception {
        Path content = Files.createDirectories(temp.resolve("content"));
        writeFaq(content.resolve(file), id, question);
        return IndexConfigs.index(content, temp.resolve("index"), false);
    }

    /** Occupies {@code builder}'s thread until the returned latch is counted down, so builds queue behind it. */
    private static CountDownLatch holdBack(ExecutorService builder) {
        CountDownLatch release = new CountDownLatch(1);
        builder.execute(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        return release;
    }

    /** Asks until {@code expected} suggestions come back (each call waits for the build up to the suggester's wait). */
    private static List<String> untilBuilt(TitleSuggester suggester, String prefix, int expected) throws Exception {
        List<String> texts = List.of();
        for (int attempt = 0; attempt < 100 && texts.size() < expected; attempt++) {
            texts = texts(suggester.suggest(prefix, 5));
        }
        return texts;
    }

    @Test
    void whileANewCommitsSuggesterIsBuiltThePreviousOneAnswers() throws Exception {
        FaqIndexConfig config = contentWith("boiler.jsonl", "b1", "Why is the boiler noisy?");
        Path content = config.folder(Setting.CONTENT_DIR);
        ExecutorService builder = Executors.newSingleThreadExecutor();
        Duration maxWait = Duration.ofMillis(200);
        try (LiveIndex index = LiveIndex.open(config);
                TitleSuggester suggester = new TitleSuggester(index.searchers(), builder, maxWait)) {
            assertEquals(List.of("Why is the boiler noisy?"), texts(suggester.suggest("boil", 5)));

            writeFaq(content.resolve("boiler-2.jsonl"), "b2", "Can a boiler freeze?");
            CountDownLatch release = holdBack(builder); // the build of the new commit's suggester waits
            assertTrue(index.refresh(false).rebuilt());

            long start = System.nanoTime();
            List<String> meanwhile = texts(suggester.suggest("boil", 5));
            long waitedMs = (System.nanoTime() - start) / 1_000_000;
            assertEquals(List.of("Why is the boiler noisy?"), meanwhile, "the previous commit's suggester answers");
            assertTrue(waitedMs >= maxWait.toMillis() && waitedMs < 5_000, "waited " + waitedMs + " ms");

            release.countDown();
            assertEquals(List.of("Can a boiler freeze?", "Why is the boiler noisy?"),
                    untilBuilt(suggester, "boil", 2).stream().sorted().toList());
        }
    }

    @Test
    void theFirstBuildAnswersWithNothingRatherThanWaitingLong() throws Exception {
        FaqIndexConfig config = contentWith("kettle.jsonl", "k1", "How do I descale the kettle?");
        ExecutorService builder = Executors.newSingleThreadExecutor();
        CountDownLatch release = holdBack(builder);
        try (LiveIndex index = LiveIndex.open(config);
                TitleSuggester suggester = new TitleSuggester(index.searchers(), builder, Duration.ofMillis(100))) {
            assertEquals(List.of(), suggester.suggest("kett", 5));

            release.countDown();
            assertEquals(List.of("How do I descale the kettle?"), untilBuilt(suggester, "kett", 1));
        }
    }
}
