package dev.faqindex.analytics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The analytics log on disk: one JSON-lines file per day (UTC), named {@code YYYY-MM-DD.jsonl}, appended to and
 * flushed after every batch so a crash loses at most the batch being written. Files older than the retention period
 * are deleted. A line that cannot be read (a torn last line after a crash, a hand edit) is skipped and counted, never
 * an error.
 *
 * <p>Appending is meant for one writer thread; reading may happen at the same time from any thread.
 */
final class AnalyticsStore implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(AnalyticsStore.class);
    private static final Pattern DAY_FILE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}\\.jsonl");

    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final Path dir;
    private final int retentionDays;
    private final Clock clock;
    private LocalDate openDay;
    private BufferedWriter writer;

    AnalyticsStore(Path dir, int retentionDays, Clock clock) throws IOException {
        this.dir = dir;
        this.retentionDays = retentionDays;
        this.clock = clock;
        Files.createDirectories(dir);
    }

    /** The file of {@code day}. */
    Path fileOf(LocalDate day) {
        return dir.resolve(day + ".jsonl");
    }

    /** Appends {@code events} to their days' files and flushes them to the operating system. */
    void append(List<AnalyticsEvent> events) throws IOException {
        for (AnalyticsEvent event : events) {
            LocalDate day = LocalDate.ofInstant(event.at(), ZoneOffset.UTC);
            if (!day.equals(openDay)) {
                closeWriter();
                writer = Files.newBufferedWriter(fileOf(day), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
                openDay = day;
            }
            writer.write(json.writeValueAsString(event));
            writer.write('\n');
        }
        if (writer != null) {
            writer.flush();
        }
    }

    /**
     * Reads the events of {@code day}, in the order written.
     *
     * @return how many lines could not be read and were skipped
     */
    long read(LocalDate day, Consumer<AnalyticsEvent> sink) throws IOException {
        long skipped = 0;
        try (BufferedReader reader = Files.newBufferedReader(fileOf(day), StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                Optional<AnalyticsEvent> event = parse(line);
                if (event.isPresent()) {
                    sink.accept(event.get());
                } else {
                    skipped++;
                }
            }
        } catch (NoSuchFileException e) {
            return 0;
        }
        return skipped;
    }

    /** The folder of the day files. */
    Path folder() {
        return dir;
    }

    /** The event of one line, empty when the line cannot be read. */
    Optional<AnalyticsEvent> parse(String line) {
        try {
            return Optional.ofNullable(json.readValue(line, AnalyticsEvent.class));
        } catch (JsonProcessingException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The size of {@code day}'s file in bytes, 0 when there is none. */
    long sizeOf(LocalDate day) throws IOException {
        Path file = fileOf(day);
        return Files.exists(file) ? Files.size(file) : 0;
    }

    /** The first day still kept: today (UTC) minus the retention period, plus one. */
    LocalDate oldestKeptDay() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(Math.max(retentionDays, 1) - 1L);
    }

    /** Deletes the day files older than the retention period; returns how many were deleted. */
    int deleteExpired() throws IOException {
        LocalDate oldest = oldestKeptDay();
        int deleted = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path file : files) {
                Optional<LocalDate> day = dayOf(file);
                if (day.isPresent() && day.get().isBefore(oldest) && !day.get().equals(openDay)) {
                    Files.deleteIfExists(file);
                    deleted++;
                }
            }
        }
        if (deleted > 0) {
            LOG.info("Deleted {} analytics day files older than {} (retention {} days)", deleted, oldest, retentionDays);
        }
        return deleted;
    }

    /** The day of a day file's name, empty for any other file. */
    static Optional<LocalDate> dayOf(Path file) {
        String name = file.getFileName().toString();
        if (!DAY_FILE.matcher(name).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(name.substring(0, name.length() - ".jsonl".length())));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private void closeWriter() throws IOException {
        if (writer != null) {
            try (BufferedWriter closing = writer) {
                closing.flush();
            } finally {
                writer = null;
                openDay = null;
            }
        }
    }

    @Override
    public void close() throws IOException {
        closeWriter();
    }
}
