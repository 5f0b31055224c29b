package dev.faqindex.bench;

import dev.faqindex.content.Chunk;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

/**
 * The baseline engine: the chunks in an in-memory SQLite FTS5 table (porter stemming), ranked by bm25 with field
 * weights, the query's words OR-ed.
 */
public final class Fts5Baseline extends SqlBaseline {

    private Fts5Baseline(Connection connection, String searchSql, List<Chunk> chunks) throws SQLException {
        super("FTS5", connection, searchSql, chunks);
    }

    /** Builds the FTS5 table over {@code chunks} in a fresh in-memory database. */
    public static Fts5Baseline build(List<Chunk> chunks, FieldWeights weights) throws SQLException {
        Connection connection = DriverManager.getConnection("jdbc:sqlite::memory:");
        try {
            Fts5Table.create(connection);
            Fts5Table.insert(connection, chunks);
            return new Fts5Baseline(connection, Fts5Table.rankedIdsSql(weights), chunks);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** The breadcrumb without the chunk's own title at its end. */
    public static List<String> enclosingHeadings(Chunk chunk) {
        List<String> crumbs = chunk.breadcrumb();
        if (!crumbs.isEmpty() && crumbs.getLast().equals(chunk.title())) {
            return crumbs.subList(0, crumbs.size() - 1);
        }
        return crumbs;
    }

    @Override
    String matchText(String query) {
        return Fts5Query.orOfWords(query);
    }
}
