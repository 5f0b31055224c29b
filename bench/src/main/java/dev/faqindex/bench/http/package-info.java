/**
 * The HTTP load benchmark: the packaged server started as users start it, then wrk on loopback against
 * {@code /api/search} and a trivial endpoint of the same server, in one run, and the time from launch to ready.
 */
package dev.faqindex.bench.http;
