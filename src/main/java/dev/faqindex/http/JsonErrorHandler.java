package dev.faqindex.http;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error answers (a request it rejects before any route sees it: a malformed request line, an encoded
 * NUL in the path, headers too large) as the API's JSON {@code {"error": "..."}} instead of an HTML page. When Jetty
 * will close the connection after such an answer, the answer says so ({@code Connection: close}), so a client does
 * not send its next request down a connection that is going away.
 */
final class JsonErrorHandler extends ErrorHandler {

    private static final HttpField CLOSE = new HttpField(HttpHeader.CONNECTION, "close");
    private static final String JSON_TYPE = "application/json";

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, JSON_TYPE);
        fields.put(CLOSE);
        return ByteBuffer.wrap(body(status, reason));
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, JSON_TYPE);
        if (code == HttpStatus.BAD_REQUEST_400 || code == HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE_431
                || code == HttpStatus.URI_TOO_LONG_414) {
            response.getHeaders().put(CLOSE);
        }
        response.write(true, ByteBuffer.wrap(body(code, message)), callback);
    }

    private static byte[] body(int status, String reason) {
        String message = reason == null || reason.isBlank() ? HttpStatus.getMessage(status) : reason;
        return new ErrorBody("the request was rejected: " + message).toJson();
    }
}
