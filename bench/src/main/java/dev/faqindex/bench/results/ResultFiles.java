package dev.faqindex.bench.results;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Writes and reads result records as pretty-printed JSON files. */
public final class ResultFiles {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ResultFiles() {
    }

    /** Writes {@code result} to {@code file}, creating its folder. */
    public static void write(Path file, Object result) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        JSON.writeValue(file.toFile(), result);
    }

    /** The record in {@code file}, if the file exists. */
    public static <T> Optional<T> read(Path file, Class<T> type) throws IOException {
        return Files.isRegularFile(file) ? Optional.of(JSON.readValue(file.toFile(), type)) : Optional.empty();
    }
}
