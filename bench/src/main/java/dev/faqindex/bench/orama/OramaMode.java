package dev.faqindex.bench.orama;

import java.util.Arrays;
import java.util.List;

/** Orama's three search modes, with the names the peer process and the result tables use. */
public enum OramaMode {
    /** BM25 over title, headings and body, boosted per field. */
    FULLTEXT("fulltext", "Orama full-text"),
    /** Nearest chunk vectors to the query's vector (cosine), no full-text part. */
    VECTOR("vector", "Orama vector"),
    /** Full-text and vector scores mixed, Orama's default weights (0.5 each). */
    HYBRID("hybrid", "Orama hybrid");

    private final String wire;
    private final String engine;

    OramaMode(String wire, String engine) {
        this.wire = wire;
        this.engine = engine;
    }

    /** The mode's name in the peer's protocol. */
    public String wire() {
        return wire;
    }

    /** The engine name in the result tables. */
    public String engine() {
        return engine;
    }

    /** Whether the mode needs vectors of chunks and queries. */
    public boolean needsVectors() {
        return this != FULLTEXT;
    }

    /** The modes of a comma-separated list of protocol names, such as {@code fulltext,hybrid}. */
    public static List<OramaMode> parseList(String names) {
        return Arrays.stream(names.split("\\s*,\\s*")).filter(name -> !name.isEmpty()).map(OramaMode::parse).toList();
    }

    /** The mode of a protocol name. */
    public static OramaMode parse(String name) {
        for (OramaMode mode : values()) {
            if (mode.wire.equals(name)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("unknown Orama mode " + name + "; known: fulltext, vector, hybrid");
    }
}
