package dev.faqindex.bench.latency;

import dev.faqindex.bench.FieldWeights;
import dev.faqindex.bench.Fts5Query;
import dev.faqindex.bench.Fts5Table;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.UnaryOperator;

/**
 * SQLite FTS5 as the latency benchmark drives it: the chunks in a database file ({@link Fts5Table}), optimised after
 * loading (its b-trees merged into one, the usual step before serving reads), memory-mapped, a connection per
 * session; a result page is the best ten with {@code snippet()}.
 */
public final class Fts5Pages extends SqlPageEngine {

    private final Path database;

    private Fts5Pages(Path database, FieldWeights weights, PeerLoad load) {
        super(load, weights);
        this.database = database;
    }

    /** Loads the chunks of {@code contentDir} into a new database file {@code database}. */
    public static Fts5Pages build(Path contentDir, Path database, FieldWeights weights)
            throws IOException, SQLException {
        Files.deleteIfExists(database);
        long start = System.nanoTime();
        long chunks;
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database)) {
            try (Statement pragmas = connection.createStatement()) {
                pragmas.execute("PRAGMA journal_mode=OFF");
                pragmas.execute("PRAGMA synchronous=OFF");
                pragmas.execute("PRAGMA cache_size=-262144");
            }
            Fts5Table.create(connection);
            connection.setAutoCommit(false);
            chunks = insertAll(contentDir, "SQLite FTS5", batch -> Fts5Table.insert(connection, batch));
            connection.commit();
            connection.setAutoCommit(true);
            try (Statement optimize = connection.createStatement()) {
                optimize.execute("INSERT INTO chunks(chunks) VALUES('optimize')");
            }
        }
        return new Fts5Pages(database, weights,
                new PeerLoad("SQLite FTS5", chunks, (System.nanoTime() - start) / 1e9, Files.size(database)));
    }

    @Override
    Connection connect() throws SQLException {
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
        try (Statement pragmas = connection.createStatement()) {
            pragmas.execute("PRAGMA mmap_size=8589934592");
            pragmas.execute("PRAGMA cache_size=-262144");
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    @Override
    String resultPageSql() {
        return Fts5Table.resultPageSql(weights());
    }

    @Override
    UnaryOperator<String> matchText() {
        return Fts5Query::orOfWords;
    }
}
