package dev.faqindex.cli;

import dev.faqindex.config.FaqIndexConfig;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every command shares: where the content and the index live. */
final class IndexOptions {

    @Option(names = "--content", paramLabel = "DIR", description = "Content folder (default: ${DEFAULT-VALUE}).",
            defaultValue = "content")
    Path content;

    @Option(names = "--index", paramLabel = "DIR", description = "Index folder (default: ${DEFAULT-VALUE}).",
            defaultValue = "index")
    Path index;

    @Option(names = "--max-chunk-chars", paramLabel = "N",
            description = "Split sections longer than this (default: ${DEFAULT-VALUE}).",
            defaultValue = "" + FaqIndexConfig.DEFAULT_MAX_CHUNK_CHARS)
    int maxChunkChars;

    @Option(names = "--semantic", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Embed chunks for semantic and hybrid search (default: on); --no-semantic builds a "
                    + "lexical-only index, faster to build.")
    boolean semantic;

    FaqIndexConfig toConfig(int port) {
        return new FaqIndexConfig(content, index, port, maxChunkChars, semantic);
    }
}
