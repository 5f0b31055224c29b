package dev.faqindex.testing;

import java.nio.file.Path;

/** Where the shared material and the project's own content live, relative to the project folder. */
public final class Paths {

    private Paths() {
    }

    public static Path project() {
        return Path.of(System.getProperty("user.dir"));
    }

    /** {@code ../shared/seed}: the real article as its owner publishes it. */
    public static Path seed() {
        return project().resolve("../shared/seed").normalize();
    }

    /** {@code ../shared/eval}. */
    public static Path eval() {
        return project().resolve("../shared/eval").normalize();
    }

    /** {@code ../shared/corpora/<name>/content}: a real documentation site, for measuring only. */
    public static Path corpus(String name) {
        return project().resolve("../shared/corpora").resolve(name).resolve("content").normalize();
    }

    /** The project's own {@code content/} folder. */
    public static Path content() {
        return project().resolve("content");
    }

    /** A folder of test fixtures under {@code src/test/resources/fixtures}. */
    public static Path fixtures(String name) {
        return project().resolve("src/test/resources/fixtures").resolve(name);
    }
}
