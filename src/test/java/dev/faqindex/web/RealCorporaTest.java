package dev.faqindex.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.faqindex.config.Capability;
import dev.faqindex.config.FaqIndexConfig;
import dev.faqindex.config.Setting;
import dev.faqindex.content.Article;
import dev.faqindex.content.Chunk;
import dev.faqindex.content.ContentLoader;
import dev.faqindex.content.LoadedContent;
import dev.faqindex.content.block.Block;
import dev.faqindex.content.block.Inline;
import dev.faqindex.content.block.PlainText;
import dev.faqindex.index.ChunkDocuments;
import dev.faqindex.index.LiveIndex;
import dev.faqindex.search.Suggestion;
import dev.faqindex.search.TitleSuggester;
import dev.faqindex.testing.Paths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Ingests the real documentation sites in {@code ../shared/corpora} as published (Markdown and built HTML) and checks
 * that every page is kept and that no template syntax, run-together code or pipe-table line shows outside code: in
 * titles, breadcrumbs, chunk text, the article pages rendered from what the index stores, and the suggestions made
 * from an index of each corpus.
 */
class RealCorporaTest {

    private static final Pattern LEFTOVER = Pattern.compile("\\{\\{<|\\{\\{%|\\{%|\\{#|\\{:|\\{\\{&lt;");
    private static final Pattern PIPE_ROW = Pattern.compile("(?m)^\\s*\\|.*\\|\\s*$|^\\s*\\|?\\s*:?-{3,}:?\\s*\\|");
    private static final Pattern FENCE = Pattern.compile("(?m)^\\s*(```|~~~)");
    private static final Pattern CODE_HTML = Pattern.compile("(?s)<pre>.*?</pre>|<code[^>]*>.*?</code>");

    /** The corpora and how many pages each must keep, by the file extensions its formats read. */
    static Stream<Arguments> corpora() {
        return Stream.of(
                Arguments.of("homebrew-docs", Set.of("md"), 84),
                Arguments.of("hugo-docs", Set.of("md"), 565),
                Arguments.of("git-html", Set.of("html"), 101));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpora")
    void keepsEveryPageAndShowsNoTemplateSyntaxOutsideCode(String corpus, Set<String> extensions, int pages)
            throws IOException {
        Path content = Paths.corpus(corpus);
        assumeTrue(Files.isDirectory(content), content + " is not beside the checkout");
        assertEquals(pages, countFiles(content, extensions), "the corpus itself changed");

        LoadedContent loaded = new ContentLoader(FaqIndexConfig.DEFAULT_MAX_CHUNK_CHARS).load(content);
        Set<String> kept = loaded.chunks().stream().map(Chunk::path).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(pages, kept.size(), "pages kept; problems: " + loaded.problems());
        assertEquals(pages, loaded.articles().size(), "one article per page");
        assertEquals(pages, loaded.tally().pagesIndexed(), loaded.tally().summary());
        assertTrue(loaded.tally().complete(), loaded.tally().summary());

        List<String> leftovers = new ArrayList<>();
        int codeBlocks = 0;
        for (Article article : loaded.articles()) {
            List<Chunk> stored = article.chunks().stream()
                    .map(chunk -> ChunkDocuments.withBlocks(ChunkDocuments.toDocument(chunk))).toList();
            for (Chunk chunk : stored) {
                check(chunk.path() + " title", chunk.title(), leftovers);
                check(chunk.path() + " breadcrumb", String.join(" > ", chunk.breadcrumb()), leftovers);
                check(chunk.path() + " text", proseOf(chunk.blocks()), leftovers);
                codeBlocks += (int) chunk.blocks().stream().filter(b -> b instanceof Block.CodeBlock).count();
            }
            String rendered = ArticlePage.render(stored, new PageLayout(SiteCopy.NEUTRAL));
            String page = CODE_HTML.matcher(rendered).replaceAll("");
            check(article.chunks().getFirst().path() + " page", page, leftovers);
        }
        assertEquals(List.of(), leftovers.stream().limit(20).toList(), leftovers.size() + " leftovers");
        assertTrue(codeBlocks > 100, "code blocks are kept as code: " + codeBlocks);
    }

    /** Suggestions are made from the indexed titles: every title's first word completes to clean suggestions. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("corpora")
    void suggestionsShowNoTemplateSyntax(String corpus, Set<String> extensions, int pages, @TempDir Path temp)
            throws IOException {
        Path content = Paths.corpus(corpus);
        assumeTrue(Files.isDirectory(content), content + " is not beside the checkout");
        FaqIndexConfig config = FaqIndexConfig.builder().set(Setting.CONTENT_DIR, content)
                .set(Setting.INDEX_DIR, temp.resolve("index")).set(Setting.SEMANTIC, false).build();
        List<String> leftovers = new ArrayList<>();
        try (LiveIndex index = LiveIndex.open(config.part(Capability.CONTENT, Capability.INDEX));
                TitleSuggester suggester = new TitleSuggester(index.searchers())) {
            assertEquals(pages, index.commitInfo().orElseThrow().articles(), "every page indexed");
            Set<String> prefixes = new TreeSet<>();
            for (Chunk chunk : new ContentLoader(FaqIndexConfig.DEFAULT_MAX_CHUNK_CHARS).load(content).chunks()) {
                String[] words = chunk.title().strip().split("\\s+", 2);
                if (!words[0].isEmpty()) {
                    prefixes.add(words[0].toLowerCase(java.util.Locale.ROOT));
                }
            }
            int suggestions = 0;
            for (String prefix : prefixes) {
                for (Suggestion suggestion : suggester.suggest(prefix, 10)) {
                    check(corpus + " suggestion for '" + prefix + "'", suggestion.text(), leftovers);
                    check(corpus + " suggestion html for '" + prefix + "'", suggestion.html(), leftovers);
                    suggestions++;
                }
            }
            assertTrue(suggestions > prefixes.size(), "suggestions were made: " + suggestions);
        }
        assertEquals(List.of(), leftovers.stream().limit(20).toList(), leftovers.size() + " leftovers");
    }

    private static void check(String where, String text, List<String> leftovers) {
        var template = LEFTOVER.matcher(text);
        if (template.find()) {
            leftovers.add(where + ": template syntax near '" + around(text, template.start()) + "'");
        }
        var pipe = PIPE_ROW.matcher(text);
        if (pipe.find()) {
            leftovers.add(where + ": pipe-table line '" + around(text, pipe.start()) + "'");
        }
        var fence = FENCE.matcher(text);
        if (fence.find()) {
            leftovers.add(where + ": code fence run into the text near '" + around(text, fence.start()) + "'");
        }
    }

    /** The text of the blocks outside code: code blocks and code spans left out. */
    private static String proseOf(List<Block> blocks) {
        return blocks.stream().filter(block -> !(block instanceof Block.CodeBlock)).map(RealCorporaTest::prose)
                .collect(Collectors.joining("\n\n"));
    }

    private static String prose(Block block) {
        return switch (block) {
            case Block.Paragraph p -> prose(p.content());
            case Block.ListItem item -> prose(item.content());
            case Block.Heading heading -> prose(heading.content());
            case Block.Term term -> prose(term.content());
            case Block.Definition definition -> prose(definition.content());
            case Block.Quote quote -> proseOf(quote.content());
            case Block.Callout callout -> callout.title() + "\n\n" + proseOf(callout.content());
            case Block.Table table -> Stream.concat(table.head().stream(), table.body().stream())
                    .flatMap(row -> row.cells().stream()).map(RealCorporaTest::prose)
                    .collect(Collectors.joining(" \u00b7 "));
            default -> PlainText.text(block);
        };
    }

    private static String prose(List<Inline> content) {
        return PlainText.inline(content.stream().map(RealCorporaTest::withoutCode).toList());
    }

    private static Inline withoutCode(Inline inline) {
        return switch (inline) {
            case Inline.Code ignored -> new Inline.Text("");
            case Inline.Emphasis e -> new Inline.Emphasis(e.content().stream().map(RealCorporaTest::withoutCode).toList());
            case Inline.Strong s -> new Inline.Strong(s.content().stream().map(RealCorporaTest::withoutCode).toList());
            case Inline.Link l -> new Inline.Link(l.href(), l.title(),
                    l.content().stream().map(RealCorporaTest::withoutCode).toList());
            default -> inline;
        };
    }

    private static String around(String text, int index) {
        return text.substring(Math.max(0, index - 40), Math.min(text.length(), index + 60)).replace('\n', ' ');
    }

    private static long countFiles(Path dir, Set<String> extensions) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(file -> {
                String name = file.getFileName().toString();
                int dot = name.lastIndexOf('.');
                return dot > 0 && extensions.contains(name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT));
            }).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
