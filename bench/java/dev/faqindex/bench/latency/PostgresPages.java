package dev.faqindex.bench.latency;

import dev.faqindex.bench.FieldWeights;
import dev.faqindex.bench.PostgresFts;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * PostgreSQL full-text search as the latency benchmark drives it: the chunks in the {@link PostgresFts} table with
 * its GIN index, a connection per session; a result page is the best ten by the tuned ranking with
 * {@code ts_headline} snippets.
 */
public final class PostgresPages implements PageEngine {

    private static final int BATCH = 2_000;
    private final String jdbcUrl;
    private final FieldWeights weights;
    private final PeerLoad load;

    private PostgresPages(String jdbcUrl, FieldWeights weights, PeerLoad load) {
        this.jdbcUrl = jdbcUrl;
        this.weights = weights;
        this.load = load;
    }

    /** Loads the chunks of {@code contentDir} into a fresh table at {@code jdbcUrl}; {@link #load()} tells the cost. */
    public static PostgresPages build(Path contentDir, String jdbcUrl, FieldWeights weights)
            throws IOException, SQLException {
        long start = System.nanoTime();
        long chunks;
        long bytes;
        try (Connection connection = DriverManager.getConnection(jdbcUrl)) {
            PostgresFts.createTable(connection);
            chunks = ChunkBatches.read(contentDir, BATCH, batch -> {
                try {
                    PostgresFts.load(connection, batch);
                } catch (SQLException e) {
                    throw new IOException("loading PostgreSQL failed: " + e.getMessage(), e);
                }
            });
            PostgresFts.index(connection);
            bytes = PostgresFts.sizeInBytes(connection);
        }
        return new PostgresPages(jdbcUrl, weights,
                new PeerLoad("PostgreSQL", chunks, (System.nanoTime() - start) / 1e9, bytes));
    }

    /** What loading the content cost. */
    public PeerLoad load() {
        return load;
    }

    @Override
    public String name() {
        return "PostgreSQL";
    }

    @Override
    public Session open() throws SQLException {
        Connection connection = DriverManager.getConnection(jdbcUrl);
        try {
            return new JdbcPageSession(connection, PostgresFts.resultPageSql(weights, PostgresFts.Ranking.TUNED),
                    PostgresFts::orOfWords);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }
}
