package dev.faqindex.bench.soak;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 as a hostile client writes it: any method, head and body, one request per connection, sent from a chosen
 * loopback address (so that many clients can be played from one machine) and answered with its status code.
 */
final class RawHttp {

    private final InetSocketAddress server;

    RawHttp(int port) {
        this.server = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
    }

    /**
     * Sends {@code method target} with {@code headers} (each {@code "Name: value"}) and {@code body} from
     * {@code from}; returns the status code, or -1 when the server closed the connection without one.
     */
    int send(InetAddress from, String method, String target, byte[] body, String... headers) throws IOException {
        StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1:").append(server.getPort()).append("\r\nConnection: close\r\n");
        for (String header : headers) {
            head.append(header).append("\r\n");
        }
        if (body.length > 0) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(server, 5_000);
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            try {
                out.write(body);
                out.flush();
            } catch (IOException refusedMidway) {
                // the server answered (413) and closed before the whole body was sent: read its answer
            }
            return status(socket.getInputStream());
        }
    }

    /** The status code of the final answer (past any {@code 100 Continue}), the rest read and dropped. */
    private static int status(InputStream in) throws IOException {
        int status;
        do {
            status = statusLine(in);
            if (status >= 100 && status < 200) {
                while (!readLine(in).isEmpty()) {
                    // the interim answer's headers
                }
            }
        } while (status >= 100 && status < 200);
        in.transferTo(OutputStream.nullOutputStream());
        return status;
    }

    private static int statusLine(InputStream in) throws IOException {
        String[] parts = readLine(in).split(" ");
        return parts.length > 1 && parts[0].startsWith("HTTP/") ? Integer.parseInt(parts[1].strip()) : -1;
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b; (b = in.read()) != -1 && b != '\n'; ) {
            line.write(b);
        }
        return line.toString(StandardCharsets.ISO_8859_1).strip();
    }
}
