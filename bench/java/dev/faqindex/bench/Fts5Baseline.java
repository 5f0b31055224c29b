package dev.faqindex.bench;

import dev.faqindex.content.Chunk;
import dev.faqindex.eval.RankedItem;
import dev.faqindex.eval.RelevanceEvaluator;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The baseline engine: the chunks in an in-memory SQLite FTS5 table (porter stemming), ranked by bm25 with field
 * weights, the query's words OR-ed.
 */
public final class Fts5Baseline implements RelevanceEvaluator.Ranker, AutoCloseable {

    private final Connection connection;
    private final PreparedStatement search;
    private final Map<String, Chunk> chunksById = new HashMap<>();

    private Fts5Baseline(Connection connection, String searchSql) throws SQLException {
        this.connection = connection;
        this.search = connection.prepareStatement(searchSql);
    }

    /** Builds the FTS5 table over {@code chunks} in a fresh in-memory database. */
    public static Fts5Baseline build(List<Chunk> chunks, FieldWeights weights) throws SQLException {
        Connection connection = DriverManager.getConnection("jdbc:sqlite::memory:");
        try {
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE VIRTUAL TABLE chunks USING fts5("
                        + "id UNINDEXED, title, breadcrumb, body, tokenize='porter unicode61')");
            }
            Fts5Baseline baseline = new Fts5Baseline(connection, "SELECT id FROM chunks WHERE chunks MATCH ? ORDER BY "
                    + weights.bm25Call() + ", rowid LIMIT ?");
            baseline.insert(chunks);
            return baseline;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    private void insert(List<Chunk> chunks) throws SQLException {
        connection.setAutoCommit(false);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO chunks (id, title, breadcrumb, body) VALUES (?, ?, ?, ?)")) {
            for (Chunk chunk : chunks) {
                insert.setString(1, chunk.id());
                insert.setString(2, chunk.title());
                insert.setString(3, String.join(" > ", enclosingHeadings(chunk)));
                insert.setString(4, chunk.body());
                insert.addBatch();
                chunksById.put(chunk.id(), chunk);
            }
            insert.executeBatch();
        }
        connection.commit();
        connection.setAutoCommit(true);
    }

    /** The breadcrumb without the chunk's own title at its end. */
    static List<String> enclosingHeadings(Chunk chunk) {
        List<String> crumbs = chunk.breadcrumb();
        if (!crumbs.isEmpty() && crumbs.getLast().equals(chunk.title())) {
            return crumbs.subList(0, crumbs.size() - 1);
        }
        return crumbs;
    }

    @Override
    public List<RankedItem> rank(String query, int depth) throws IOException {
        String match = Fts5Query.orOfWords(query);
        if (match.isEmpty()) {
            return List.of();
        }
        List<RankedItem> ranked = new ArrayList<>();
        try {
            search.setString(1, match);
            search.setInt(2, depth);
            try (ResultSet rows = search.executeQuery()) {
                while (rows.next()) {
                    Chunk chunk = chunksById.get(rows.getString(1));
                    ranked.add(new RankedItem(chunk.id(), chunk.title(), chunk.breadcrumb()));
                }
            }
        } catch (SQLException e) {
            throw new IOException("FTS5 query failed for '" + query + "' (" + match + "): " + e.getMessage(), e);
        }
        return ranked;
    }

    @Override
    public void close() throws SQLException {
        try (connection) {
            search.close();
        }
    }
}
