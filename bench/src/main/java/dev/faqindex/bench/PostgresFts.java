package dev.faqindex.bench;

import dev.faqindex.content.Chunk;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The PostgreSQL full-text search setup the benchmark compares with, in one place: a {@code chunks} table whose
 * stored, generated {@code tsvector} weighs title A, enclosing headings B and body C (English stemming and stop
 * words), a GIN index over it, the query's words OR-ed into a {@code tsquery}, and matches ranked by a
 * {@link Ranking} with per-weight factors that mirror the FTS5 baseline's bm25 column weights.
 */
public final class PostgresFts {

    private static final int COPY_BATCH_ROWS = 2_000;

    private PostgresFts() {
    }

    /**
     * How matches are ordered.
     *
     * @param function {@code ts_rank} (term frequency) or {@code ts_rank_cd} (cover density: how close the words are)
     * @param normalization PostgreSQL's length normalization flags (0 none, 1 divides by 1 + log(length), 2 by
     *     length, 32 scales to 0..1)
     */
    public record Ranking(String function, int normalization) {

        /** The tuned choice, best on the relevance benchmark's query sets (see docs/BENCHMARKS.md). */
        public static final Ranking TUNED = new Ranking("ts_rank", 1);

        /** The variants the tuning run compares. */
        public static final List<Ranking> VARIANTS = List.of(new Ranking("ts_rank", 0), new Ranking("ts_rank", 1),
                new Ranking("ts_rank", 2), new Ranking("ts_rank_cd", 0), new Ranking("ts_rank_cd", 1),
                new Ranking("ts_rank_cd", 2));

        public Ranking {
            if (!function.equals("ts_rank") && !function.equals("ts_rank_cd")) {
                throw new IllegalArgumentException("unknown ranking function " + function);
            }
        }

        /** The ranking expression for the weights; the table's {@code tsv} against the query {@code q}. */
        String expression(FieldWeights weights) {
            double max = Math.max(weights.title(), Math.max(weights.breadcrumb(), weights.body()));
            // PostgreSQL lists the weights of D, C, B, A: body is C, breadcrumb B, title A.
            String factors = String.format(Locale.ROOT, "'{0, %.4f, %.4f, %.4f}'", weights.body() / max,
                    weights.breadcrumb() / max, weights.title() / max);
            return function + "(" + factors + ", tsv, q, " + normalization + ")";
        }

        @Override
        public String toString() {
            return function + "/" + normalization;
        }
    }

    /** Drops and creates the {@code chunks} table (no index yet: building it after loading is faster). */
    public static void createTable(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS chunks");
            statement.execute("CREATE TABLE chunks (ord bigserial, id text NOT NULL, title text NOT NULL, "
                    + "breadcrumb text NOT NULL, body text NOT NULL, tsv tsvector GENERATED ALWAYS AS ("
                    + "setweight(to_tsvector('english', title), 'A') || "
                    + "setweight(to_tsvector('english', breadcrumb), 'B') || "
                    + "setweight(to_tsvector('english', body), 'C')) STORED)");
        }
    }

    /** Streams the chunks into the table with {@code COPY} (CSV), the enclosing headings joined with {@code >}. */
    public static void load(Connection connection, Iterable<Chunk> chunks) throws SQLException {
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY chunks (id, title, breadcrumb, body) FROM STDIN WITH (FORMAT csv)");
        try {
            StringWriter batch = new StringWriter();
            int rows = 0;
            for (Chunk chunk : chunks) {
                batch.append(csv(chunk.id())).append(',').append(csv(chunk.title())).append(',')
                        .append(csv(String.join(" > ", Fts5Baseline.enclosingHeadings(chunk)))).append(',')
                        .append(csv(chunk.body())).append('\n');
                if (++rows % COPY_BATCH_ROWS == 0) {
                    write(copy, batch);
                }
            }
            write(copy, batch);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private static void write(CopyIn copy, StringWriter batch) throws SQLException {
        byte[] bytes = batch.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        batch.getBuffer().setLength(0);
    }

    private static String csv(String value) {
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    /** Builds the GIN index and refreshes the planner's statistics. */
    public static void index(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(true); // VACUUM cannot run inside a transaction
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE INDEX chunks_tsv ON chunks USING gin (tsv)");
            statement.execute("VACUUM ANALYZE chunks");
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** The user's words OR-ed as {@code tsquery} text ({@code back | pain}); empty when the text has no word. */
    public static String orOfWords(String text) {
        return Fts5Query.words(text).stream().collect(Collectors.joining(" | "));
    }

    /** Ids of the best matches: parameters the {@link #orOfWords} text and the number of rows. */
    public static String rankedIdsSql(FieldWeights weights, Ranking ranking) {
        return "SELECT id FROM chunks, to_tsquery('english', ?) AS q WHERE tsv @@ q ORDER BY "
                + ranking.expression(weights) + " DESC, ord LIMIT ?";
    }

    /**
     * A result page: id, title and a highlighted snippet ({@code ts_headline}, two fragments, matched words in
     * {@code <mark>}) of the best matches, best first; same parameters as {@link #rankedIdsSql}.
     */
    public static String resultPageSql(FieldWeights weights, Ranking ranking) {
        return "SELECT id, title, ts_headline('english', body, q, "
                + "'StartSel=<mark>, StopSel=</mark>, MaxFragments=2, MaxWords=30, MinWords=10') FROM ("
                + "SELECT id, title, body, q, ord, " + ranking.expression(weights) + " AS score "
                + "FROM chunks, to_tsquery('english', ?) AS q WHERE tsv @@ q ORDER BY score DESC, ord LIMIT ?) top "
                + "ORDER BY score DESC, ord";
    }

    /** The size of the table with its index and generated column, in bytes. */
    public static long sizeInBytes(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT pg_total_relation_size('chunks')")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
