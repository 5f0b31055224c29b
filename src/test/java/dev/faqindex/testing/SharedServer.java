package dev.faqindex.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a static field (or a test's parameter) that gets the one running server of a content folder, shared by
 * every test class of the run that asks for it (started the first time, closed when the run ends:
 * {@link SharedServers}). On a {@link RunningServer} field it is the server; on a {@link PartnerSite} field, the page
 * on another origin that the server lets call its API. A shared server is {@link RunningServer#testConfig}'s, with semantic search on and the
 * origins {@value #PARTNER_ORIGIN} and its partner site's allowed. Tests that change the content, the configuration
 * or the analytics start a server of their own.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(SharedServers.class)
public @interface SharedServer {

    /** An origin every shared server allows, that no page is served from. */
    String PARTNER_ORIGIN = "https://partner.example";

    /** The content folder served. */
    Folder value();

    /** The content folders tests search. */
    enum Folder {
        /** The real article as its owner publishes it: {@link Paths#seed()}. */
        SEED(Paths::seed),
        /** The project's own {@code content/}. */
        CONTENT(Paths::content),
        /** The website fixtures, hostile markup included. */
        WEB_FIXTURES(() -> Paths.fixtures("web"));

        private final Supplier<Path> path;

        Folder(Supplier<Path> path) {
            this.path = path;
        }

        Path path() {
            return path.get();
        }
    }
}
