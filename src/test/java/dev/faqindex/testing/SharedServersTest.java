package dev.faqindex.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.faqindex.testing.SharedServer.Folder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The shared server a test class is handed: indexed, answering, and letting the partner origins call it. */
class SharedServersTest {

    @SharedServer(Folder.WEB_FIXTURES)
    static RunningServer server;
    @SharedServer(Folder.WEB_FIXTURES)
    static RunningServer sameFolder;
    @SharedServer(Folder.WEB_FIXTURES)
    static PartnerSite partner;

    @Test
    void oneFolderHasOneServerThatAnswersAtOnce() throws Exception {
        assertSame(server, sameFolder);
        assertEquals(200, server.get("/api/ready").status());
    }

    @Test
    void thePartnerOriginsMayCallTheApi() throws Exception {
        for (String origin : new String[] {SharedServer.PARTNER_ORIGIN, partner.origin()}) {
            HttpResponse<String> reply = server.fetch("GET", "/api/search?q=oven", "Origin", origin);
            assertEquals(origin, reply.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        }
        partner.serve("<!doctype html><title>Partner</title><p>hello");
        HttpResponse<String> page = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(partner.origin() + "/")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals("<!doctype html><title>Partner</title><p>hello", page.body());
    }
}
