package dev.faqindex.bench.http;

/**
 * One HTTP load run: the same server, the same connections, a search endpoint and a trivial one.
 *
 * @param label corpus size label
 * @param chunks chunks the server serves
 * @param mode search mode of the index ({@code lexical} or {@code hybrid})
 * @param connections open connections
 * @param wrkThreads wrk's threads
 * @param startupMillis from launching the server's JVM to {@code /api/ready} answering 200, with the index built
 * @param firstSearchMillis from launching to the first {@code /api/search} answer
 * @param search {@code /api/search}, cycling through the latency query set
 * @param trivial {@code /api/health}
 * @param searchOneConnection {@code /api/search} again with a single connection: latency without queueing
 * @param searchUncached {@code /api/search} on a server with the result cache off, so every request searches
 * @param searchUncachedOneConnection the same with a single connection
 * @param searchNew {@code /api/search} with queries the server has not seen ({@link NewQueries}, none repeated), on
 *     the server as shipped (result cache on), right after {@code trivial}
 * @param searchNewOneConnection the same with a single connection
 */
public record HttpFigures(String label, long chunks, String mode, int connections, int wrkThreads,
        double startupMillis, double firstSearchMillis, WrkFigures search, WrkFigures trivial,
        WrkFigures searchOneConnection, WrkFigures searchUncached, WrkFigures searchUncachedOneConnection,
        WrkFigures searchNew, WrkFigures searchNewOneConnection) {

    /** Search throughput (result cache on, the default) as a share of the trivial endpoint's. */
    public double throughputRatio() {
        return search.requestsPerSecond() / trivial.requestsPerSecond();
    }

    /** Search throughput with every request searched (result cache off) as a share of the trivial endpoint's. */
    public double uncachedThroughputRatio() {
        return searchUncached == null ? Double.NaN : searchUncached.requestsPerSecond() / trivial.requestsPerSecond();
    }

    /** Throughput of queries the server has not seen (result cache on) as a share of the trivial endpoint's. */
    public double newQueryThroughputRatio() {
        return searchNew == null ? Double.NaN : searchNew.requestsPerSecond() / trivial.requestsPerSecond();
    }
}
