/**
 * The HTTP API, on Javalin: {@link dev.faqindex.http.ApiServer} assembles the {@link dev.faqindex.http.RouteTable}
 * (every route, by resource: search, chunks, passages, feedback, probes, admin), the gate every {@code /api/} request
 * passes (rate limit, admin token, readiness), the error mapping (every failure a JSON body, an
 * {@link dev.faqindex.http.ApiProblem} with its status) and Jetty's settings. Routes are thin: they read their fields
 * through {@link dev.faqindex.http.RequestFields} (query parameters or a JSON object alike) into the request records,
 * whose checks name the bad field in a 400, and hand them to the search layer. The MCP endpoint reads its tool
 * arguments the same way ({@link dev.faqindex.http.RetrieveRequests}).
 */
package dev.faqindex.http;
