package dev.faqindex.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faqindex.config.Setting;
import dev.faqindex.testing.IndexConfigs;
import dev.faqindex.testing.RunningServer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Passages for chatbots over a server of its own: cut after whole sentences, never inside code, a path or a URL; and
 * cited by absolute links when the site's address is configured.
 */
class PassageCitationsTest {


    @AutoClose
    static RunningServer server;

    @BeforeAll
    static void start(@TempDir Path temp) throws Exception {
        Files.writeString(IndexConfigs.contentIn(temp).resolve("upgrades.md"), """
                # Upgrading the shop server

                ## Migrating the database

                Stop the shop first. Run `RAILS_ENV=production ./bin/rails db:migrate. Then` from the app folder, \
                or see https://docs.example.org/shop/v2.1/upgrade.html. Wait for it to finish.

                ```sh
                cd /srv/shop. Then
                ./bin/rails db:migrate
                ```

                Start the shop again. Check the log for errors. Tell the team when it is done.
                """);
        server = RunningServer.start(RunningServer.lexicalConfig(temp)
                .with(Setting.SITE_BASE_URL, "https://shop.example/help/"));
    }

    @Test
    void aPassageCutToTheBudgetEndsWithAWholeSentence() throws Exception {
        java.util.Set<String> cuts = new java.util.TreeSet<>();
        for (int budget = 30; budget <= 120; budget += 3) {
            JsonNode reply = server.post("/api/retrieve", "{\"query\": \"migrate the database\", \"k\": 1, "
                    + "\"maxTokens\": " + budget + "}").body();
            for (JsonNode passage : reply.get("passages")) {
                String text = passage.get("text").asText();
                assertTrue(text.endsWith(".") || text.endsWith("migrate") || text.endsWith("done."),
                        budget + " tokens: " + text);
                assertFalse(text.endsWith("production .") || text.endsWith("./bin") || text.endsWith("v2.")
                        || text.endsWith("/srv/shop."), budget + " tokens: cut inside code or a URL: " + text);
                cuts.add(text.substring(Math.max(0, text.length() - 20)));
            }
        }
        assertTrue(cuts.size() >= 3, "the budgets cut the section in several places: " + cuts);
    }

    @Test
    void citationsAreAbsoluteUnderTheSitesAddress() throws Exception {
        JsonNode passage = server.post("/api/retrieve", "{\"query\": \"migrate the database\", \"k\": 1}").body()
                .get("passages").get(0);
        assertEquals("https://shop.example/help/articles/upgrades#migrating-the-database", passage.get("url").asText());
        assertEquals("upgrades.md", passage.get("article").get("path").asText());
        JsonNode hit = server.search("migrate", "&limit=1").body().get("hits").get(0);
        assertEquals("/articles/upgrades#migrating-the-database", hit.get("url").asText(), "the site links relatively");
    }
}
