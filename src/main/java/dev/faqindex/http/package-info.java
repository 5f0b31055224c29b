/**
 * The HTTP API, on Javalin: {@link dev.faqindex.http.ApiServer} assembles the {@link dev.faqindex.http.RouteTable}
 * (every route, by resource: search, chunks, passages, feedback, probes, admin), the filters in front of every path
 * (the request recorder for metrics and the access log, the exchange headers, the per-client rate limit), the gate
 * every {@code /api/} request passes (admin token, readiness), the error mapping (every failure a JSON body, an
 * {@link dev.faqindex.http.ApiProblem} with its status, Javalin's and Jetty's own refusals included) and Jetty's
 * settings. Everything a client can make the server keep or write is bounded (rate buckets, body size, log fields). Routes are thin: they read their fields
 * through {@link dev.faqindex.http.RequestFields} (query parameters or a JSON object alike) into the request records,
 * whose checks name the bad field in a 400, and hand them to the search layer. The MCP endpoint reads its tool
 * arguments the same way ({@link dev.faqindex.http.RetrieveRequests}).
 */
package dev.faqindex.http;
