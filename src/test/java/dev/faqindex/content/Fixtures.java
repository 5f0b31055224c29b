package dev.faqindex.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Locates the test fixtures and copies single fixture files into a folder of their own. */
public final class Fixtures {

    private Fixtures() {}

    public static Path folder(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/fixtures/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies {@code fixtures/<folder>/<file>} into {@code target} and returns {@code target}. */
    public static Path copy(Path target, String folder, String... files) {
        try {
            for (String file : files) {
                Files.copy(folder(folder).resolve(file), target.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
