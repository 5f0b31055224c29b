package dev.faqindex.web;

import io.javalin.http.Context;

/** The security headers sent with every page and asset: scripts only from files of this origin, no sniffing. */
final class SecurityHeaders {

    /**
     * No inline script or style, no plugins, forms only back to us; nothing loaded from elsewhere but images, which
     * articles may show from their absolute URLs.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data: https: http:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'self'");

    private SecurityHeaders() {
    }

    /** Headers for an HTML page. */
    static void page(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "strict-origin-when-cross-origin");
        ctx.header("X-Frame-Options", "SAMEORIGIN");
    }

    /** Headers for a script or stylesheet. */
    static void asset(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
    }
}
