package dev.faqindex.bench.corpus;

import dev.faqindex.config.FaqIndexConfig;
import dev.faqindex.content.Chunk;
import dev.faqindex.content.ChunkType;
import dev.faqindex.content.ContentLoader;
import dev.faqindex.content.LoadedContent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The project's own text that generated corpora are written from: the articles in {@code content/} and the article
 * fixtures of the tests, read by the project's loader. Only these folders are read; the shared seed article and
 * the evaluation collections never are.
 *
 * @param prose chain over body text, for section text and answers
 * @param headings chain over headings and prose, started at a heading's first word, for section titles
 * @param questions chain over FAQ questions and prose, started at a question's first word, for FAQ questions
 * @param headingStarts first words of the source's headings
 * @param questionStarts first words of the source's FAQ questions
 * @param tags the source's tags
 */
record SourceMaterial(WordChain prose, WordChain headings, WordChain questions, List<String> headingStarts,
        List<String> questionStarts, List<String> tags) {

    /** The folders read, relative to the project folder. */
    static final List<Path> FOLDERS = List.of(Path.of("content"),
            Path.of("src", "test", "resources", "fixtures", "articles"));

    /** Reads the material under {@code projectDir}. */
    static SourceMaterial read(Path projectDir) throws IOException {
        List<Chunk> chunks = new ArrayList<>();
        ContentLoader loader = new ContentLoader(FaqIndexConfig.DEFAULT_MAX_CHUNK_CHARS);
        for (Path folder : FOLDERS) {
            Path dir = projectDir.resolve(folder);
            if (!Files.isDirectory(dir)) {
                throw new IOException("source material folder not found: " + dir);
            }
            LoadedContent content = loader.load(dir);
            content.articles().forEach(article -> chunks.addAll(article.chunks()));
        }
        WordChain prose = new WordChain();
        WordChain headings = new WordChain();
        WordChain questions = new WordChain();
        Set<String> headingStarts = new LinkedHashSet<>();
        Set<String> questionStarts = new LinkedHashSet<>();
        Set<String> tags = new LinkedHashSet<>();
        for (Chunk chunk : chunks) {
            for (String line : chunk.body().split("\n")) {
                String text = line.strip().replaceFirst("^- ", "");
                prose.train(text);
                headings.train(text);
                questions.train(text);
            }
            boolean faq = chunk.type() == ChunkType.FAQ;
            (faq ? questions : headings).train(chunk.title() + ".");
            List<String> first = WordChain.words(chunk.title());
            if (!first.isEmpty()) {
                (faq ? questionStarts : headingStarts).add(WordChain.stripClosing(first.getFirst()));
            }
            tags.addAll(chunk.tags());
        }
        if (prose.isEmpty() || headingStarts.isEmpty() || questionStarts.isEmpty() || tags.isEmpty()) {
            throw new IOException("the source material under " + projectDir + " has too little text to generate from");
        }
        return new SourceMaterial(prose, headings, questions, List.copyOf(headingStarts),
                List.copyOf(questionStarts), List.copyOf(tags));
    }
}
