package dev.faqindex.bench.latency;

import dev.faqindex.bench.FieldWeights;
import dev.faqindex.bench.PostgresFts;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.function.UnaryOperator;

/**
 * PostgreSQL full-text search as the latency benchmark drives it: the chunks in the {@link PostgresFts} table with
 * its GIN index, a connection per session; a result page is the best ten by the tuned ranking with
 * {@code ts_headline} snippets.
 */
public final class PostgresPages extends SqlPageEngine {

    private final String jdbcUrl;

    private PostgresPages(String jdbcUrl, FieldWeights weights, PeerLoad load) {
        super(load, weights);
        this.jdbcUrl = jdbcUrl;
    }

    /** Loads the chunks of {@code contentDir} into a fresh table at {@code jdbcUrl}, and indexes it. */
    public static PostgresPages build(Path contentDir, String jdbcUrl, FieldWeights weights)
            throws IOException, SQLException {
        long start = System.nanoTime();
        long chunks;
        long bytes;
        try (Connection connection = DriverManager.getConnection(jdbcUrl)) {
            PostgresFts.createTable(connection);
            chunks = insertAll(contentDir, "PostgreSQL", batch -> PostgresFts.load(connection, batch));
            PostgresFts.index(connection);
            bytes = PostgresFts.sizeInBytes(connection);
        }
        return new PostgresPages(jdbcUrl, weights,
                new PeerLoad("PostgreSQL", chunks, (System.nanoTime() - start) / 1e9, bytes));
    }

    @Override
    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl);
    }

    @Override
    String resultPageSql() {
        return PostgresFts.resultPageSql(weights(), PostgresFts.Ranking.TUNED);
    }

    @Override
    UnaryOperator<String> matchText() {
        return PostgresFts::orOfWords;
    }
}
