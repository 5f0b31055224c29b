package dev.faqindex.bench.latency;

/**
 * A search engine as the latency benchmark drives it: it answers a query with a result page (the ten best hits,
 * each with its id, title and a highlighted snippet). A session serves one thread.
 */
public interface PageEngine extends AutoCloseable {

    /** The name the figures are reported under. */
    String name();

    /** A session for one thread; closed by the caller. */
    Session open() throws Exception;

    /** One thread's connection to the engine. */
    interface Session extends AutoCloseable {

        /** Runs the query and returns the number of hits on the page. */
        int page(String query) throws Exception;

        @Override
        default void close() throws Exception {
        }
    }

    @Override
    default void close() throws Exception {
    }
}
