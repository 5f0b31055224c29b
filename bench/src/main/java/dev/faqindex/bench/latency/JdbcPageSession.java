package dev.faqindex.bench.latency;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.UnaryOperator;

/**
 * A peer's session: one JDBC connection and its prepared result-page statement, which takes the engine's match text
 * and the page size and returns id, title and snippet per row. Every column is read, as a server would.
 */
final class JdbcPageSession implements PageEngine.Session {

    private static final int PAGE = 10;
    private final Connection connection;
    private final PreparedStatement statement;
    private final UnaryOperator<String> matchText;

    JdbcPageSession(Connection connection, String sql, UnaryOperator<String> matchText) throws SQLException {
        this.connection = connection;
        this.statement = connection.prepareStatement(sql);
        this.matchText = matchText;
    }

    @Override
    public int page(String query) throws SQLException {
        String match = matchText.apply(query);
        if (match.isEmpty()) {
            return 0;
        }
        statement.setString(1, match);
        statement.setInt(2, PAGE);
        int rows = 0;
        try (ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                for (int column = 1; column <= 3; column++) {
                    result.getString(column);
                }
                rows++;
            }
        }
        return rows;
    }

    @Override
    public void close() throws SQLException {
        try (connection) {
            statement.close();
        }
    }
}
