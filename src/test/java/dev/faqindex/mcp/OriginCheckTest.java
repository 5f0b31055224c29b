package dev.faqindex.mcp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which pages may call the MCP endpoint. */
class OriginCheckTest {

    private final OriginCheck check = new OriginCheck(List.of("https://help.example.com"));

    @Test
    void noOriginAllowedOriginsAndLoopbackPagesPass() {
        for (String origin : new String[] {null, "https://help.example.com", "http://localhost:3000",
                "http://127.0.0.1:8080", "https://app.localhost", "http://[::1]:9000"}) {
            assertTrue(check.allows(origin), String.valueOf(origin));
        }
    }

    @Test
    void otherPagesAreRefused() {
        for (String origin : new String[] {"https://evil.example", "null", "http://help.example.com",
                "https://help.example.com.evil.example", "http://127.0.0.1.evil.example", "file://", "javascript:1",
                "http://localhost.evil.example"}) {
            assertFalse(check.allows(origin), origin);
        }
    }
}
