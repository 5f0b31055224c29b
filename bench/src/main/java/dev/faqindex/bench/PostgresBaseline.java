package dev.faqindex.bench;

import dev.faqindex.content.Chunk;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

/**
 * The second baseline engine: the chunks in a PostgreSQL table with a weighted {@code tsvector} and a GIN index
 * ({@link PostgresFts}), the query's words OR-ed, ranked by {@code ts_rank_cd} or {@code ts_rank}.
 */
public final class PostgresBaseline extends SqlBaseline {

    private PostgresBaseline(Connection connection, String searchSql, List<Chunk> chunks) throws SQLException {
        super("PostgreSQL", connection, searchSql, chunks);
    }

    /** Loads {@code chunks} into a fresh {@code chunks} table of the database at {@code jdbcUrl}, and indexes it. */
    public static PostgresBaseline build(String jdbcUrl, List<Chunk> chunks, FieldWeights weights,
            PostgresFts.Ranking ranking) throws SQLException {
        Connection connection = DriverManager.getConnection(jdbcUrl);
        try {
            PostgresFts.createTable(connection);
            PostgresFts.load(connection, chunks);
            PostgresFts.index(connection);
            return new PostgresBaseline(connection, PostgresFts.rankedIdsSql(weights, ranking), chunks);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    @Override
    String matchText(String query) {
        return PostgresFts.orOfWords(query);
    }
}
