package dev.faqindex.bench;

import dev.faqindex.content.Chunk;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The SQLite FTS5 setup the benchmark compares with, in one place: a {@code chunks} table
 * {@code fts5(id UNINDEXED, title, breadcrumb, body, tokenize='porter unicode61')}, filled in batches, ranked by
 * {@code bm25} with the column weights of a {@link FieldWeights}.
 */
public final class Fts5Table {

    private static final int BATCH_ROWS = 2_000;

    private Fts5Table() {
    }

    /** Creates the {@code chunks} table. */
    public static void create(Connection connection) throws SQLException {
        try (Statement create = connection.createStatement()) {
            create.execute("CREATE VIRTUAL TABLE chunks USING fts5("
                    + "id UNINDEXED, title, breadcrumb, body, tokenize='porter unicode61')");
        }
    }

    /** Inserts the chunks in one transaction, the enclosing headings joined with {@code >}. */
    public static void insert(Connection connection, Iterable<Chunk> chunks) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO chunks (id, title, breadcrumb, body) VALUES (?, ?, ?, ?)")) {
            int rows = 0;
            for (Chunk chunk : chunks) {
                insert.setString(1, chunk.id());
                insert.setString(2, chunk.title());
                insert.setString(3, String.join(" > ", Fts5Baseline.enclosingHeadings(chunk)));
                insert.setString(4, chunk.body());
                insert.addBatch();
                if (++rows % BATCH_ROWS == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
            connection.commit();
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** Ids of the best matches: parameters the {@link Fts5Query#orOfWords} text and the number of rows. */
    public static String rankedIdsSql(FieldWeights weights) {
        return "SELECT id FROM chunks WHERE chunks MATCH ? ORDER BY " + weights.bm25Call() + ", rowid LIMIT ?";
    }

    /**
     * A result page: id, title and a highlighted snippet ({@code snippet()} of the body, matched words in
     * {@code <mark>}, about 24 words) of the best matches; same parameters as {@link #rankedIdsSql}.
     */
    public static String resultPageSql(FieldWeights weights) {
        return "SELECT id, title, snippet(chunks, 3, '<mark>', '</mark>', ' … ', 24) FROM chunks WHERE chunks MATCH ? "
                + "ORDER BY " + weights.bm25Call() + ", rowid LIMIT ?";
    }
}
