package dev.faqindex.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A page on another origin than the server's, for testing what a partner site embeds (the widget): a loopback HTTP
 * server answering {@code /} with the page last given to {@link #serve}. Shared servers allow its origin.
 */
public final class PartnerSite implements AutoCloseable {

    private final HttpServer http;
    private volatile byte[] page = "<!doctype html><title>Partner site</title>".getBytes(StandardCharsets.UTF_8);

    private PartnerSite(HttpServer http) {
        this.http = http;
    }

    /** Starts listening on a free loopback port. */
    static PartnerSite start() throws IOException {
        PartnerSite site = new PartnerSite(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0));
        site.http.createContext("/", exchange -> {
            byte[] body = site.page;
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        site.http.start();
        return site;
    }

    /** Serves {@code html} at {@code /} from now on. */
    public void serve(String html) {
        page = html.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Serves a plain, accessible host page (language, title, a main landmark and heading) that embeds the widget
     * from {@code serverBaseUrl} in {@code <div id="help">}.
     */
    public void serveWidgetPage(String serverBaseUrl) {
        serve("<!doctype html><html lang=\"en\"><head><title>Partner site</title></head><body><main>"
                + "<h1>Partner site</h1><div id=\"help\"></div>"
                + "<script src=\"" + serverBaseUrl + "/widget.js\" data-target=\"#help\"></script></main></body></html>");
    }

    /** The site's origin, such as {@code http://127.0.0.1:40123}. */
    public String origin() {
        return "http://127.0.0.1:" + http.getAddress().getPort();
    }

    @Override
    public void close() {
        http.stop(0);
    }
}
