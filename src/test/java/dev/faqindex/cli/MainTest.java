package dev.faqindex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.faqindex.testing.Paths;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line, run in-process as {@code java -jar faq-index.jar ...} would run it. */
class MainTest {

    @TempDir
    Path temp;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = Main.run(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }

    @Test
    void indexThenSearchPrintsRankedHighlightedResults() {
        String index = temp.resolve("idx").toString();
        Run indexed = run("index", "--content", Paths.seed().toString(), "--index", index);
        assertEquals(0, indexed.exit(), indexed.err());
        assertTrue(indexed.out().matches("(?s)Indexing .*\\nIndexed \\d+ chunks from 1 articles.*"), indexed.out());

        Run again = run("index", "--content", Paths.seed().toString(), "--index", index);
        assertTrue(again.out().contains("\nIndex up to date"), again.out());

        Run found = run("search", "--content", Paths.seed().toString(), "--index", index, "--limit", "3",
                "--no-color", "kettlebell", "swings");
        assertEquals(0, found.exit(), found.err());
        assertTrue(found.out().contains(" 1. "), found.out());
        assertTrue(found.out().contains("[kettlebell]"), found.out());
        assertTrue(found.out().contains("/articles/"), found.out());
    }

    @Test
    void searchJsonIsTheApiShape() throws Exception {
        Run found = run("search", "--content", Paths.seed().toString(), "--index", temp.resolve("i").toString(),
                "--json", "--limit", "2", "stretch");
        assertEquals(0, found.exit(), found.err());
        JsonNode json = new ObjectMapper().readTree(found.out());
        assertEquals(2, json.get("hits").size());
        assertTrue(json.get("hits").get(0).get("snippet").asText().contains("<mark>"));
    }

    @Test
    void missingContentFolderIsAClearError() {
        Run run = run("index", "--content", temp.resolve("nope").toString(), "--index", temp.resolve("i").toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("nope") && run.err().contains("content folder not found"), run.err());
    }

    @Test
    void badArgumentsExitNonZeroWithMessage() {
        Run noCommand = run();
        assertNotEquals(0, noCommand.exit());
        assertTrue(noCommand.err().contains("missing command"), noCommand.err());
        Run badLimit = run("search", "--content", Paths.seed().toString(), "--index", temp.resolve("i").toString(),
                "--limit", "500", "back");
        assertEquals(1, badLimit.exit());
        assertTrue(badLimit.err().contains("limit"), badLimit.err());
        Run badType = run("search", "--content", Paths.seed().toString(), "--index", temp.resolve("i").toString(),
                "--type", "video", "back");
        assertTrue(badType.err().contains("type"), badType.err());
    }

    @Test
    void brokenFilesAreReportedAndTheRestIndexed() throws Exception {
        Path content = Files.createDirectories(temp.resolve("content"));
        Files.writeString(content.resolve("good.jsonl"),
                "{\"id\":\"g1\",\"question\":\"How do I descale a kettle?\",\"answer\":\"Boil water with vinegar.\"}\n");
        Files.writeString(content.resolve("broken.jsonl"),
                "{\"id\":\"b1\",\"question\":\"Fine?\",\"answer\":\"Yes.\"}\n{\"id\": \"b2\", \"question\": \n");
        Run run = run("index", "--content", content.toString(), "--index", temp.resolve("i").toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains("broken.jsonl:2"), run.err());
        Run found = run("search", "--content", content.toString(), "--index", temp.resolve("i").toString(),
                "--no-color", "descale");
        assertTrue(found.out().contains("How do I descale a kettle?"), found.out());
    }

    @Test
    void indexSummarisesTheContentAndFailsWhenAFileCouldNotBeIndexed() throws Exception {
        Path content = Files.createDirectories(temp.resolve("content"));
        Files.writeString(content.resolve("kettles.md"), "# Kettles\n\nDescale them monthly.\n");
        Files.writeString(content.resolve("partial.jsonl"),
                "{\"id\":\"p1\",\"question\":\"Fine?\",\"answer\":\"Yes.\"}\n{\"id\": \"p2\", \n");
        Files.writeString(content.resolve("draft.md"), "---\ndraft: true\n---\n# Not yet\n");
        String index = temp.resolve("i").toString();
        Run clean = run("index", "--no-semantic", "--content", content.toString(), "--index", index);
        assertEquals(0, clean.exit(), clean.err());
        assertTrue(clean.out().contains("Content: 3 files read, 2 pages indexed, 1 file with problems, 0 files "
                + "dropped, 1 file left out as asked (drafts, noindex, redirects)"), clean.out());
        assertTrue(clean.err().contains("note: ") && clean.err().contains("draft.md"), clean.err());

        Files.write(content.resolve("binary.md"), new byte[] {'#', ' ', 0, 1, 2});
        Run dropped = run("index", "--no-semantic", "--content", content.toString(), "--index", index);
        assertEquals(IndexCommand.FILES_DROPPED, dropped.exit(), dropped.out() + dropped.err());
        assertTrue(dropped.out().contains("Content: 4 files read, 2 pages indexed, 1 file with problems, "
                + "1 file dropped"), dropped.out());
        assertTrue(dropped.err().contains("warning: ") && dropped.err().contains("binary.md"), dropped.err());
        assertTrue(dropped.err().contains("1 content file could not be indexed"), dropped.err());

        Run again = run("index", "--no-semantic", "--content", content.toString(), "--index", index);
        assertTrue(again.out().contains("Index up to date"), again.out());
        assertEquals(IndexCommand.FILES_DROPPED, again.exit(), "an up-to-date index still tells the truth");
    }

    @Test
    void evalMatchesContentFilesWhenTheQuerySetNamesFiles() throws Exception {
        Path queries = Files.writeString(temp.resolve("queries.tsv"), """
                # query<TAB>content files
                how do I reset my password\taccount/reset-password.html
                when is the workshop open\tfaq.html|account/reset-password.html
                """);
        String content = Paths.fixtures("markup/html/help").toString();
        String index = temp.resolve("i").toString();
        Run byPath = run("eval", "--no-semantic", "--content", content, "--index", index, "--queries",
                queries.toString(), "-v");
        assertEquals(0, byPath.exit(), byPath.err());
        assertTrue(byPath.out().contains("lexical: queries=2 ") && byPath.out().contains(" top3=2 (1.000)"),
                byPath.out());
        assertTrue(byPath.out().contains("(account/reset-password.html)"), "verbose lines name the files: "
                + byPath.out());

        Run byTitle = run("eval", "--no-semantic", "--content", content, "--index", index, "--queries",
                queries.toString(), "--match", "title");
        assertTrue(byTitle.out().contains("top1=0"), "file names are not titles: " + byTitle.out());

        Run bad = run("eval", "--no-semantic", "--content", content, "--index", index, "--queries",
                queries.toString(), "--match", "files");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("--match must be title, path or auto, got 'files'"), bad.err());
    }
}
