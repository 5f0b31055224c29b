package dev.faqindex.mcp;

import dev.faqindex.http.LogField;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import io.modelcontextprotocol.spec.HttpHeaders;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SDK's Streamable HTTP transport behind the checks the MCP specification asks of a server and a public endpoint
 * needs: only {@code GET}, {@code POST} and {@code DELETE} (405 with {@code Allow} otherwise); {@code Origin} checked
 * ({@link OriginCheck}, 403); a POSTed body of JSON ({@code application/json}, 415 otherwise) of at most
 * {@code maxBodyBytes} (413), holding one well-formed JSON-RPC message ({@link McpMessageCheck}, a JSON-RPC error
 * otherwise); sessions bounded in number and idle time ({@link McpSessionLimit}); and the transport's own error
 * answers without Java exceptions in them ({@link ErrorBodyCleaner}).
 */
final class GuardedTransport {

    private static final Logger LOG = LoggerFactory.getLogger(GuardedTransport.class);
    private static final Set<String> METHODS = Set.of("GET", "POST", "DELETE");
    private static final String ALLOW = "GET, POST, DELETE";

    private final HttpServletStreamableServerTransportProvider transport;
    private final OriginCheck origins;
    private final McpSessionLimit sessions;
    private final int maxBodyBytes;
    private final McpMessageCheck messages = new McpMessageCheck();

    GuardedTransport(HttpServletStreamableServerTransportProvider transport, OriginCheck origins,
            McpSessionLimit sessions, int maxBodyBytes) {
        this.transport = transport;
        this.origins = origins;
        this.sessions = sessions;
        this.maxBodyBytes = maxBodyBytes;
    }

    void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        if (!METHODS.contains(request.getMethod())) {
            response.setHeader("Allow", ALLOW);
            refuse(response, 405, LogField.of(request.getMethod(), 16) + " is not allowed on the MCP endpoint; allowed: "
                    + ALLOW);
            return;
        }
        String origin = request.getHeader("Origin");
        if (!origins.allows(origin)) {
            refuse(response, 403, "pages of origin " + LogField.of(origin, 100) + " may not call the MCP endpoint");
            return;
        }
        String session = request.getHeader(HttpHeaders.MCP_SESSION_ID);
        end(sessions.used(session), request, response);
        if (!request.getMethod().equals("POST")) {
            answer(request, response);
            if (request.getMethod().equals("DELETE") && session != null && response.getStatus() < 300) {
                sessions.closed(session);
            }
            return;
        }
        if (!json(request.getContentType())) {
            refuse(response, 415, "an MCP message must be sent with Content-Type: application/json");
            return;
        }
        byte[] body = readBody(request);
        if (body == null) {
            refuse(response, 413, "an MCP message may be at most " + maxBodyBytes + " bytes");
            return;
        }
        switch (messages.check(body)) {
            case McpMessageCheck.Rejected rejected -> rejected.error().write(response, rejected.httpStatus(),
                    rejected.id());
            case McpMessageCheck.Accepted accepted -> {
                answer(new BufferedBody(request, accepted.body()), response);
                String issued = response.getHeader(HttpHeaders.MCP_SESSION_ID);
                if (accepted.initialize() && issued != null && response.getStatus() == 200) {
                    end(sessions.opened(issued), request, response);
                }
            }
        }
    }

    private void answer(HttpServletRequest request, HttpServletResponse response) throws ServletException,
            IOException {
        ErrorBodyCleaner cleaned = new ErrorBodyCleaner(response);
        transport.service(request, cleaned);
        cleaned.finish();
    }

    /** Ends sessions as their clients' {@code DELETE} would, on the thread serving {@code current}. */
    private void end(List<String> ended, HttpServletRequest current, HttpServletResponse currentResponse)
            throws ServletException, IOException {
        for (String id : ended) {
            transport.service(SessionDelete.request(current, id), SessionDelete.discarded(currentResponse));
        }
        if (!ended.isEmpty()) {
            LOG.debug("Ended {} MCP sessions (over the bound or idle)", ended.size());
        }
    }

    /** The body, or null when it is larger than the limit. */
    private byte[] readBody(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > maxBodyBytes) {
            return null;
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try (InputStream in = request.getInputStream()) {
            for (int read; (read = in.read(buffer)) != -1; ) {
                if (body.size() + read > maxBodyBytes) {
                    return null;
                }
                body.write(buffer, 0, read);
            }
        }
        return body.toByteArray();
    }

    private static boolean json(String contentType) {
        return contentType != null && contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT)
                .equals("application/json");
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        new JsonRpcError(JsonRpcError.SERVER_ERROR, message).write(response, status, null);
    }
}
