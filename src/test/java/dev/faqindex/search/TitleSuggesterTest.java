package dev.faqindex.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqindex.config.FaqIndexConfig;
import dev.faqindex.index.LiveIndex;
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

    @Test
    void whileANewCommitsSuggesterIsBuiltThePreviousOneAnswers() throws Exception {
        Path content = Files.createDirectories(temp.resolve("content"));
        writeFaq(content.resolve("boiler.jsonl"), "b1", "Why is the boiler noisy?");
        FaqIndexConfig config = new FaqIndexConfig(content, temp.resolve("index"), 0, 1200, false);
        ExecutorService builder = Executors.newSingleThreadExecutor();
        Duration maxWait = Duration.ofMillis(200);
        try (LiveIndex index = LiveIndex.open(config);
                TitleSuggester suggester = new TitleSuggester(index.searchers(), builder, maxWait)) {
            assertEquals(List.of("Why is the boiler noisy?"), texts(suggester.suggest("boil", 5)));

            writeFaq(content.resolve("boiler-2.jsonl"), "b2", "Can a boiler freeze?");
            CountDownLatch release = new CountDownLatch(1);
            builder.execute(() -> {
                try {
                    release.await(); // holds the build of the new commit's suggester back
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            assertTrue(index.refresh(false).rebuilt());

            long start = System.nanoTime();
            List<String> meanwhile = texts(suggester.suggest("boil", 5));
            long waitedMs = (System.nanoTime() - start) / 1_000_000;
            assertEquals(List.of("Why is the boiler noisy?"), meanwhile, "the previous commit's suggester answers");
            assertTrue(waitedMs >= maxWait.toMillis() && waitedMs < 5_000, "waited " + waitedMs + " ms");

            release.countDown();
            List<String> after = List.of();
            for (int attempt = 0; attempt < 100 && after.size() < 2; attempt++) {
                after = texts(suggester.suggest("boil", 5)); // each call waits up to maxWait for the build
            }
            assertEquals(List.of("Can a boiler freeze?", "Why is the boiler noisy?"), after.stream().sorted().toList());
        }
    }

    @Test
    void theFirstBuildAnswersWithNothingRatherThanWaitingLong() throws Exception {
        Path content = Files.createDirectories(temp.resolve("content"));
        writeFaq(content.resolve("kettle.jsonl"), "k1", "How do I descale the kettle?");
        FaqIndexConfig config = new FaqIndexConfig(content, temp.resolve("index"), 0, 1200, false);
        ExecutorService builder = Executors.newSingleThreadExecutor();
        CountDownLatch release = new CountDownLatch(1);
        builder.execute(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try (LiveIndex index = LiveIndex.open(config);
                TitleSuggester suggester = new TitleSuggester(index.searchers(), builder, Duration.ofMillis(100))) {
            assertEquals(List.of(), suggester.suggest("kett", 5));

            release.countDown();
            List<String> built = List.of();
            for (int attempt = 0; attempt < 100 && built.isEmpty(); attempt++) {
                built = texts(suggester.suggest("kett", 5));
            }
            assertEquals(List.of("How do I descale the kettle?"), built);
        }
    }
}
