package dev.faqindex.content.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqindex.content.ContentProblem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** YAML, TOML and JSON front matter read by real parsers; broken front matter reported by line, never fatal. */
class FrontMatterReaderTest {

    private static final Path FILE = Path.of("page.md");

    private final FrontMatterReader reader = new FrontMatterReader();
    private final List<ContentProblem> problems = new ArrayList<>();

    private FrontMatter read(String text) {
        return reader.read(FILE, text.lines().toList(), problems);
    }

    @Test
    void readsEveryValidYamlDocumentAndTheKeysThatMeanSomething() {
        FrontMatter yaml = read("""
                ---
                Title: "Kettle care: the basics"
                description: >-
                  Folded text
                  over two lines
                tags:
                  - kettle
                keywords: [descaling, 'hard water']
                menu: {docs: {weight: 4, parent: home}}
                redirect_from: /old-kettle
                last_review_date: 2025-05-22
                draft: false
                weight: 7 # ordering
                lang: en
                canonical_url: https://kettles.example/care
                ...
                Body
                """);
        assertEquals(List.of(), problems);
        assertEquals(Optional.of("Kettle care: the basics"), yaml.title(), "keys match without regard to case");
        assertEquals(Optional.of("Folded text over two lines"), yaml.description());
        assertEquals(List.of("kettle", "descaling", "hard water"), yaml.tags());
        assertEquals(List.of("/old-kettle"), yaml.aliases());
        assertEquals(Optional.of("2025-05-22"), yaml.lastChanged());
        assertEquals(Optional.of(7), yaml.weight());
        assertEquals(Optional.of("en"), yaml.lang());
        assertEquals(false, yaml.draft());
        assertEquals(Optional.of("https://kettles.example/care"), yaml.canonicalUrl());
        assertEquals(16, yaml.bodyStart());
    }

    @Test
    void readsTomlAndJson() {
        FrontMatter toml = read("+++\ntitle = 'Pots'\ndraft = true\n[params]\nx = 1\n+++\nBody");
        assertEquals(Optional.of("Pots"), toml.title());
        assertEquals(Optional.empty(), read("---\ncanonical: /pots\n---\n").canonicalUrl(), "only absolute URLs");
        assertTrue(toml.draft());
        assertEquals(6, toml.bodyStart());
        FrontMatter json = read("{\n  \"title\": \"Cups\",\n  \"aliases\": [\"/c\"]\n}\n\nBody");
        assertEquals(Optional.of("Cups"), json.title());
        assertEquals(List.of("/c"), json.aliases());
        assertEquals(4, json.bodyStart());
        assertEquals(List.of(), problems);
    }

    @Test
    void brokenFrontMatterIsReportedWithItsLineAndTheReadableKeysAreKept() {
        FrontMatter yaml = read("---\ntitle: Kept\ntags: [one, two\nslug: also-kept\n---\nBody");
        assertEquals(Optional.of("Kept"), yaml.title());
        assertEquals(Optional.of("also-kept"), yaml.slug());
        assertEquals(5, yaml.bodyStart());
        assertEquals(1, problems.size());
        assertTrue(problems.getFirst().line() >= 3 && problems.getFirst().line() <= 4, problems.toString());

        problems.clear();
        read("---\ntitle: A\ntitle: B\n---\n");
        assertEquals(3, problems.getFirst().line(), problems.toString());
        assertTrue(problems.getFirst().message().contains("title"), problems.toString());

        problems.clear();
        FrontMatter unclosed = read("---\ntitle: Never closed\n\nBody");
        assertEquals(0, unclosed.bodyStart(), "the whole file is read as the page");
        assertEquals(1, problems.getFirst().line());

        problems.clear();
        FrontMatter toml = read("+++\ntitle = 'Fine'\nbroken = [1,\n+++\nBody");
        assertEquals(Optional.of("Fine"), toml.title());
        assertEquals(1, problems.size());
    }
}
