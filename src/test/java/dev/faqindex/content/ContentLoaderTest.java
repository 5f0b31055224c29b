package dev.faqindex.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentLoaderTest {

    @TempDir
    Path dir;

    @Test
    void readingAheadGivesTheSameFilesInTheSameOrderAndTheSameFingerprint() throws IOException {
        for (int i = 0; i < 3 * ContentLoader.READ_AHEAD; i++) {
            Files.writeString(dir.resolve(String.format("faq-%03d.jsonl", i)),
                    "{\"id\": \"q" + i + "\", \"question\": \"Question " + i + "?\", \"answer\": \"Answer.\"}\n");
        }
        Files.writeString(dir.resolve("broken.json"), "[{\"id\": 1,");
        ContentLoader loader = new ContentLoader(1000);
        List<String> direct = new java.util.ArrayList<>();
        List<String> ahead = new java.util.ArrayList<>();
        String fingerprint = loader.read(dir, file -> direct.add(file.name() + file.problems().size()));
        String fingerprintAhead = loader.readAhead(dir, file -> ahead.add(file.name() + file.problems().size()));
        assertEquals(direct, ahead);
        assertEquals(3 * ContentLoader.READ_AHEAD + 1, ahead.size());
        assertEquals(fingerprint, fingerprintAhead);
    }

    @Test
    void readingAheadStopsWhenTheSinkFailsOrTheFolderIsMissing() throws IOException {
        for (int i = 0; i < 3 * ContentLoader.READ_AHEAD; i++) {
            Files.writeString(dir.resolve("a-" + i + ".md"), "# A\n\nText.\n");
        }
        ContentLoader loader = new ContentLoader(1000);
        int[] seen = {0};
        IOException failure = assertThrows(IOException.class, () -> loader.readAhead(dir, file -> {
            if (++seen[0] == 5) {
                throw new IOException("disk full");
            }
        }));
        assertEquals("disk full", failure.getMessage());
        assertEquals(5, seen[0]);
        assertThrows(NoSuchFileException.class, () -> loader.readAhead(dir.resolve("missing"), file -> { }));
    }

    @Test
    void loadsEveryFormatInSortedOrderAndIgnoresOtherFiles() throws IOException {
        Path articles = Fixtures.folder("articles");
        LoadedContent content = new ContentLoader(1000).load(articles);
        assertEquals(List.of(), content.problems());
        assertEquals(List.of("cast-iron-care", "garden-faq", "kettle-faq", "knee-pain-when-cycling"),
                content.articles().stream().map(Article::slug).toList());
    }

    @Test
    void skipsSynonymsHiddenFilesAndUnknownExtensionsRecursively() throws IOException {
        Path nested = Files.createDirectories(dir.resolve("guides/kitchen"));
        Files.writeString(nested.resolve("pans.md"), "# Pans\n\nHeavy is good.\n");
        Files.writeString(dir.resolve("synonyms.txt"), "Pan\nskillet, frying pan\n");
        Files.writeString(dir.resolve(".secret.txt"), "Secret Notes\nNot for the index.\n");
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".git/notes.md"), "# Git\n\nInternal.\n");
        Files.writeString(dir.resolve("table.csv"), "a,b\n");
        LoadedContent content = new ContentLoader(1000).load(dir);
        assertEquals(List.of("guides/kitchen/pans"), content.articles().stream().map(Article::slug).toList());
        assertEquals("guides/kitchen/pans.md", content.chunks().getFirst().path());
        assertEquals(List.of(), content.problems());
    }

    @Test
    void reportsBrokenFilesAndStillLoadsTheOthers() throws IOException {
        LoadedContent content = new ContentLoader(1000).load(Fixtures.folder("broken"));
        assertEquals(List.of("bad-front-matter", "bad-line", "fine", "truncated"),
                content.articles().stream().map(Article::slug).toList());
        Article brokenFrontMatter = content.articles().getFirst();
        assertEquals("A Page With Broken Front Matter", brokenFrontMatter.title(), "the keys that parse are kept");
        assertTrue(brokenFrontMatter.chunks().getFirst().body().startsWith("Body text that is still indexed"));
        List<String> problems = content.problems().stream()
                .map(p -> p.file().getFileName() + ":" + p.line()).toList();
        assertEquals(List.of("bad-front-matter.md:3", "bad-line.jsonl:2", "bad-line.jsonl:3", "binary.txt:2",
                "truncated.json:3"), problems);
        ContentProblem binary = content.problems().get(3);
        assertTrue(binary.message().contains("UTF-8"), binary.message());
    }

    @Test
    void reportsDuplicateSlugsAndChunkIdsAndKeepsBothUnderUniqueNames() throws IOException {
        Files.writeString(dir.resolve("a.jsonl"), "{\"id\": \"shared\", \"question\": \"A?\", \"answer\": \"A.\"}\n");
        Files.writeString(dir.resolve("b.json"),
                "[{\"id\": \"shared\", \"question\": \"B?\", \"answer\": \"B.\"},"
                        + " {\"id\": \"own\", \"question\": \"C?\", \"answer\": \"C.\"},"
                        + " {\"id\": \"more/b:introduction\", \"question\": \"D?\", \"answer\": \"D.\"}]");
        Files.createDirectories(dir.resolve("more"));
        Files.writeString(dir.resolve("more/a.md"), "---\nurl: /a/\n---\n# Another A\n\nSame slug as a.jsonl.\n");
        Files.writeString(dir.resolve("more/b.md"), "# Not b\n\nIts path makes it more/b.\n");
        LoadedContent content = new ContentLoader(1000).load(dir);
        assertEquals(List.of("shared", "shared-2", "own", "more/b:introduction", "a-2:introduction",
                "more/b:introduction-2"), content.chunks().stream().map(Chunk::id).toList());
        assertEquals(List.of("B?", "D.", "Not b"), List.of(content.chunks().get(1).title(),
                content.chunks().get(3).body(), content.chunks().get(5).title()), "both of each clash are kept");
        assertEquals("/articles/a-2#introduction", content.chunks().get(4).url());
        assertEquals(List.of("b.json", "a.md", "b.md"),
                content.problems().stream().map(p -> p.file().getFileName().toString()).toList());
        assertTrue(content.problems().get(0).message().contains("duplicate chunk id 'shared'"));
        assertTrue(content.problems().get(0).message().contains("kept as 'shared-2'"));
        assertTrue(content.problems().get(1).message().contains("duplicate slug 'a'"));
        assertTrue(content.problems().get(1).message().contains("kept as 'a-2'"));
        assertTrue(content.problems().get(2).message().contains("kept as 'more/b:introduction-2'"));
    }

    @Test
    void aLinkThatIsNotWebOrMailIsReplacedByTheChunksPlaceAndReported() throws IOException {
        Files.writeString(dir.resolve("faq.json"), "[{\"id\": \"x\", \"question\": \"Q?\", \"answer\": \"A.\","
                + " \"url\": \" JavaScript:alert(1)\"}, {\"id\": \"y\", \"question\": \"R?\", \"answer\": \"B.\","
                + " \"url\": \"https://example.com/r\"}, {\"id\": \"z\", \"question\": \"S?\", \"answer\": \"C.\","
                + " \"url\": \"data:text/html,<b>\"}]");
        LoadedContent content = new ContentLoader(1000).load(dir);
        List<String> urls = content.chunks().stream().map(Chunk::url).toList();
        assertEquals("https://example.com/r", urls.get(1));
        for (String url : List.of(urls.get(0), urls.get(2))) {
            assertTrue(url.startsWith("/articles/faq#"), url);
        }
        assertEquals(2, content.problems().size(), content.problems().toString());
        assertTrue(content.problems().get(0).message().contains("not an http, https, mailto or relative link"));
    }

    @Test
    void fingerprintFollowsFileContentNamesAndTheChunkBound() throws IOException {
        Files.writeString(dir.resolve("a.md"), "# A\n\nOne.\n");
        String first = new ContentLoader(1000).load(dir).fingerprint();
        assertEquals(64, first.length());
        assertEquals(first, new ContentLoader(1000).load(dir).fingerprint());
        assertNotEquals(first, new ContentLoader(999).load(dir).fingerprint());
        Files.writeString(dir.resolve("a.md"), "# A\n\nTwo.\n");
        String changed = new ContentLoader(1000).load(dir).fingerprint();
        assertNotEquals(first, changed);
        Files.writeString(dir.resolve("ignored.csv"), "x");
        assertEquals(changed, new ContentLoader(1000).load(dir).fingerprint());
        Files.move(dir.resolve("a.md"), dir.resolve("b.md"));
        assertNotEquals(changed, new ContentLoader(1000).load(dir).fingerprint());
    }

    @Test
    void failsOnlyWhenTheFolderItselfIsMissing() {
        assertThrows(NoSuchFileException.class, () -> new ContentLoader(1000).load(dir.resolve("absent")));
        assertThrows(IllegalArgumentException.class, () -> new ContentLoader(10));
    }
}
