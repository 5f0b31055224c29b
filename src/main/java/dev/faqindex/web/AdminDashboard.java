package dev.faqindex.web;

import dev.faqindex.auth.AdminAccess;
import dev.faqindex.auth.AdminSessions;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Optional;

/**
 * The admin dashboard at {@code /admin}: a sign-in form that takes the admin token and opens a session
 * ({@link AdminSessions}) held in an HttpOnly, SameSite=Strict cookie (Secure over HTTPS), the dashboard page for a
 * signed-in session, and signing out. Signing in and out refuse a request another site's page sent (its
 * {@code Origin} is not this one), and signing out needs the session's CSRF token, as every change the dashboard's
 * script asks of the API does. With no admin token set, {@code /admin} says the dashboard is off.
 */
final class AdminDashboard {

    private final AdminAccess access;
    private final StaticAssets assets;
    private final AdminPage pages;

    AdminDashboard(AdminAccess access, StaticAssets assets, AdminPage pages) {
        this.access = access;
        this.assets = assets;
        this.pages = pages;
    }

    void register(RoutesConfig routes) {
        routes.get("/admin", this::page);
        routes.post("/admin/sign-in", this::signIn);
        routes.post("/admin/sign-out", this::signOut);
        routes.get("/admin/assets/{file}", ctx -> {
            if (!assets.serve("admin/" + ctx.pathParam("file"), ctx)) {
                ctx.status(HttpStatus.NOT_FOUND).result("no such file");
            }
        });
    }

    private void page(Context ctx) {
        noStore(ctx);
        if (!access.enabled()) {
            ctx.status(HttpStatus.NOT_FOUND).html(pages.signIn(
                    "The dashboard is off: set admin.token (environment FAQ_INDEX_ADMIN_TOKEN) to turn it on."));
            return;
        }
        Optional<AdminSessions.Session> session = access.session(ctx.cookie(AdminAccess.COOKIE));
        ctx.html(session.isPresent() ? pages.dashboard(session.get().csrf()) : pages.signIn(null));
    }

    private void signIn(Context ctx) {
        noStore(ctx);
        if (!sameOrigin(ctx)) {
            ctx.status(HttpStatus.FORBIDDEN).html(pages.signIn("Sign in from this site's own sign-in page."));
            return;
        }
        if (!access.tokenMatches(ctx.formParam("token"))) {
            ctx.status(HttpStatus.UNAUTHORIZED).html(pages.signIn("That is not the admin token."));
            return;
        }
        AdminSessions.Opened opened = access.sessions().open();
        ctx.header("Set-Cookie", AdminAccess.COOKIE + "=" + opened.id() + "; Path=/; HttpOnly; SameSite=Strict"
                + (secure(ctx) ? "; Secure" : ""));
        ctx.redirect("/admin", HttpStatus.SEE_OTHER);
    }

    private void signOut(Context ctx) {
        noStore(ctx);
        String id = ctx.cookie(AdminAccess.COOKIE);
        Optional<AdminSessions.Session> session = access.session(id);
        if (session.isPresent() && (!sameOrigin(ctx)
                || !AdminSessions.csrfMatches(session.get(), ctx.formParam("csrf")))) {
            ctx.status(HttpStatus.FORBIDDEN).html(pages.signIn("Sign out from the dashboard itself."));
            return;
        }
        access.sessions().close(id);
        ctx.header("Set-Cookie", AdminAccess.COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict"
                + (secure(ctx) ? "; Secure" : ""));
        ctx.redirect("/admin", HttpStatus.SEE_OTHER);
    }

    /** Whether the request came from a page of this origin (or says nothing of where it came from). */
    private static boolean sameOrigin(Context ctx) {
        String origin = ctx.header("Origin");
        return origin == null || origin.equals(ctx.scheme() + "://" + ctx.host());
    }

    private static boolean secure(Context ctx) {
        return "https".equalsIgnoreCase(ctx.scheme());
    }

    private static void noStore(Context ctx) {
        SecurityHeaders.page(ctx);
        ctx.header("Cache-Control", "no-store");
    }
}
