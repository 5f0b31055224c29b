package dev.faqindex.bench.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqindex.config.FaqIndexConfig;
import dev.faqindex.content.Chunk;
import dev.faqindex.content.ChunkType;
import dev.faqindex.content.ContentLoader;
import dev.faqindex.content.LoadedContent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scale benchmark's corpus: exact sizes, the same files for the same seed, content the loader reads cleanly. */
class CorpusGeneratorTest {

    /** The project folder: the benchmarks' tests run there, as the benchmarks do. */
    private static final Path PROJECT = Path.of(System.getProperty("user.dir"));

    private static CorpusGenerator generator;

    @TempDir
    Path temp;

    @BeforeAll
    static void readMaterial() throws IOException {
        generator = CorpusGenerator.fromProject(PROJECT);
    }

    @Test
    void givesExactlyTheAskedNumberOfChunksWithNoProblems() throws IOException {
        for (int size : List.of(1, 2, 37, 2500)) {
            Path dir = temp.resolve("corpus-" + size);
            CorpusGenerator.Summary summary = generator.write(dir, size, 7);
            LoadedContent loaded = new ContentLoader(FaqIndexConfig.DEFAULT_MAX_CHUNK_CHARS).load(dir);
            assertEquals(List.of(), loaded.problems(), "problems at size " + size);
            assertEquals(size, loaded.chunks().size(), "chunks at size " + size);
            assertEquals(size, summary.chunks());
            assertEquals(loaded.articles().size(), summary.files());
        }
    }

    @Test
    void sameSeedWritesTheSameBytesAndAnotherSeedDoesNot() throws IOException {
        generator.write(temp.resolve("a"), 1500, 42);
        generator.write(temp.resolve("b"), 1500, 42);
        generator.write(temp.resolve("c"), 1500, 43);
        String fingerprintA = loader().fingerprint(temp.resolve("a"));
        assertEquals(fingerprintA, loader().fingerprint(temp.resolve("b")));
        assertNotEquals(fingerprintA, loader().fingerprint(temp.resolve("c")));
        assertEquals(Files.readString(temp.resolve("a").resolve(CorpusGenerator.MANIFEST)),
                Files.readString(temp.resolve("b").resolve(CorpusGenerator.MANIFEST)));
    }

    @Test
    void mixesFormatsAndChunkTypesWithUniqueIdsAndNoSplitSections() throws IOException {
        Path dir = temp.resolve("mix");
        generator.write(dir, 3000, 11);
        Set<String> extensions = new HashSet<>();
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(Files::isRegularFile).forEach(f -> extensions.add(f.toString().replaceAll(".*\\.", "")));
        }
        assertEquals(Set.of("md", "jsonl", "properties"), extensions);
        List<Chunk> chunks = loader().load(dir).chunks();
        assertEquals(chunks.size(), chunks.stream().map(Chunk::id).distinct().count());
        assertTrue(chunks.stream().anyMatch(c -> c.type() == ChunkType.FAQ));
        assertTrue(chunks.stream().anyMatch(c -> c.type() == ChunkType.SECTION));
        assertTrue(chunks.stream().allMatch(c -> c.body().length() <= FaqIndexConfig.DEFAULT_MAX_CHUNK_CHARS));
        assertTrue(chunks.stream().allMatch(c -> !c.title().isBlank() && !c.body().isBlank() && !c.tags().isEmpty()));
        assertEquals(chunks.size(), chunks.stream().map(c -> c.articleSlug() + "#" + c.anchor()).distinct().count(),
                "no section was split into parts (parts share their anchor)");
    }

    @Test
    void writesOnlyTheProjectsOwnWords() throws IOException {
        Set<String> ownWords = new HashSet<>();
        for (Path folder : SourceMaterial.FOLDERS) {
            for (Chunk chunk : loader().load(PROJECT.resolve(folder)).chunks()) {
                for (String text : List.of(chunk.title(), chunk.body())) {
                    WordChain.words(text).forEach(w -> ownWords.add(normal(w)));
                }
            }
        }
        Path dir = temp.resolve("words");
        generator.write(dir, 500, 5);
        for (Chunk chunk : loader().load(dir).chunks()) {
            for (String word : WordChain.words(chunk.body())) {
                assertTrue(ownWords.contains(normal(word)), () -> "not in the source material: " + word);
            }
        }
    }

    @Test
    void readsCorpusSizes() {
        assertEquals(10_000, CorpusSize.parse("10k"));
        assertEquals(1_000_000, CorpusSize.parse("1M"));
        assertEquals(2500, CorpusSize.parse("2500"));
        assertEquals("100k", CorpusSize.label(100_000));
        assertEquals("1M", CorpusSize.label(1_000_000));
        assertEquals("2500", CorpusSize.label(2500));
        assertThrows(IllegalArgumentException.class, () -> CorpusSize.parse("lots"));
        assertThrows(IllegalArgumentException.class, () -> CorpusSize.parse("0k"));
    }

    @Test
    void knowsAFolderItAlreadyGenerated() throws IOException {
        Path dir = temp.resolve("reuse");
        generator.write(dir, 100, 3);
        assertTrue(CorpusGenerator.isGenerated(dir, 100, 3));
        assertFalse(CorpusGenerator.isGenerated(dir, 100, 4));
        assertFalse(CorpusGenerator.isGenerated(dir, 101, 3));
        assertFalse(CorpusGenerator.isGenerated(temp.resolve("missing"), 100, 3));
    }

    private static ContentLoader loader() {
        return new ContentLoader(FaqIndexConfig.DEFAULT_MAX_CHUNK_CHARS);
    }

    private static String normal(String word) {
        return WordChain.stripClosing(word).toLowerCase(java.util.Locale.ROOT);
    }
}
