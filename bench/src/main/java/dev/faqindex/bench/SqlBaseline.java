package dev.faqindex.bench;

import dev.faqindex.content.Chunk;
import dev.faqindex.eval.RankedItem;
import dev.faqindex.eval.RelevanceEvaluator;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A baseline engine reached over JDBC: one prepared statement that takes the engine's match text and a row limit
 * and returns chunk ids, best first. Subclasses say how user text becomes match text.
 */
abstract class SqlBaseline implements RelevanceEvaluator.Ranker, AutoCloseable {

    private final String engine;
    private final Connection connection;
    private final PreparedStatement search;
    private final Map<String, Chunk> chunksById = new HashMap<>();

    SqlBaseline(String engine, Connection connection, String searchSql, List<Chunk> chunks) throws SQLException {
        this.engine = engine;
        this.connection = connection;
        this.search = connection.prepareStatement(searchSql);
        chunks.forEach(chunk -> chunksById.put(chunk.id(), chunk));
    }

    /** The engine's query text for the user's text; empty when there is nothing to match. */
    abstract String matchText(String query);

    @Override
    public final List<RankedItem> rank(String query, int depth) throws IOException {
        String match = matchText(query);
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
            throw new IOException(engine + " query failed for '" + query + "' (" + match + "): " + e.getMessage(), e);
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
