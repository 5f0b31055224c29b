package dev.faqindex.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faqindex.testing.RunningServer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quick answer reads a section's prose, not its code: documentation puts the question's words in shell
 * transcripts as often as in the sentence that explains them, and a transcript is no answer. A section that is only
 * code still answers from it.
 */
class AnswerProseTest {

    private static final String GUIDE = """
            ---
            title: Plug-in repositories
            ---
            # Plug-in repositories

            ## Adding a plug-in repository

            A plug-in repository is added with the `crate attach` command followed by the owner and the repository name.
            Attached repositories are updated with everything else.

            ```console
            $ crate attach acme/extras
            ==> Attaching repository acme/extras
            Attached 3 plug-ins from repository acme/extras (12 files).
            $ crate attach acme/extras --shallow
            ```

            | command | what it does |
            |---|---|
            | `crate attach` | adds a plug-in repository |

            ## Configuration file

            ```toml
            [repository]
            mirror = "https://mirror.example.org/crate"
            timeout = 30
            ```
            """;

    @Test
    void theAnswerIsTheSentenceNotTheTranscript(@TempDir Path temp) throws Exception {
        Path content = Files.createDirectories(temp.resolve("content"));
        Files.writeString(content.resolve("plugins.md"), GUIDE);
        try (RunningServer server = RunningServer.start(content, temp.resolve("index"))) {
            JsonNode body = server.search("attach the acme extras repository", "&mode=lexical").body();
            JsonNode answer = body.get("answer");
            assertFalse(answer.isNull(), body.toString());
            String text = answer.get("text").asText();
            assertTrue(text.startsWith("A plug-in repository is added with the crate attach command"), text);
            assertFalse(text.contains("$") || text.contains("==>") || text.contains("·"), text);

            JsonNode onlyCode = server.search("repository mirror timeout", "&mode=lexical").body();
            JsonNode codeAnswer = onlyCode.get("answer");
            if (!codeAnswer.isNull()) {
                assertTrue(codeAnswer.get("text").asText().contains("mirror"), codeAnswer.toString());
            }
            assertTrue(onlyCode.get("hits").get(0).get("title").asText().equals("Configuration file"),
                    onlyCode.toString());
        }
    }
}
