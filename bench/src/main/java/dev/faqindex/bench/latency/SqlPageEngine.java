package dev.faqindex.bench.latency;

import dev.faqindex.bench.FieldWeights;
import dev.faqindex.content.Chunk;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A peer reached over JDBC as the latency benchmark drives it: loaded once (what that cost is kept), then a
 * connection and a prepared result-page statement per session.
 */
abstract class SqlPageEngine implements PageEngine {

    private static final int BATCH = 2_000;
    private final PeerLoad load;
    private final FieldWeights weights;

    /** Inserts one batch of chunks. */
    @FunctionalInterface
    interface BatchInsert {
        void insert(List<Chunk> batch) throws SQLException;
    }

    /** Streams the chunks of {@code contentDir} into {@code insert}, a batch at a time; returns how many. */
    static long insertAll(Path contentDir, String engine, BatchInsert insert) throws IOException {
        return ChunkBatches.read(contentDir, BATCH, batch -> {
            try {
                insert.insert(batch);
            } catch (SQLException e) {
                throw new IOException("loading " + engine + " failed: " + e.getMessage(), e);
            }
        });
    }

    SqlPageEngine(PeerLoad load, FieldWeights weights) {
        this.load = load;
        this.weights = weights;
    }

    /** The column weights the ranking uses. */
    final FieldWeights weights() {
        return weights;
    }

    /** A new connection to the loaded data, set up for reading. */
    abstract Connection connect() throws SQLException;

    /** The result-page statement: match text and page size in, id, title and snippet out. */
    abstract String resultPageSql();

    /** How user text becomes the engine's match text. */
    abstract UnaryOperator<String> matchText();

    /** What loading the content cost. */
    public final PeerLoad load() {
        return load;
    }

    @Override
    public final String name() {
        return load.engine();
    }

    @Override
    public final Session open() throws SQLException {
        Connection connection = connect();
        try {
            return new JdbcPageSession(connection, resultPageSql(), matchText());
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }
}
