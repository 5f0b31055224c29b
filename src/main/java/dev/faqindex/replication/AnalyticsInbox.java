package dev.faqindex.replication;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.faqindex.analytics.SearchAnalytics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Where the primary takes the analytics its replicas ship ({@link AnalyticsShipper}): their events are written to the
 * primary's own day files, so the one analytics report counts the searches of every replica. Each line comes with its
 * replica's id, day and offset; how far each replica's day files have arrived is kept in {@code .replicas/} beside the
 * day files, so a line sent twice (an answer lost on the way) is written once.
 */
public final class AnalyticsInbox {

    /** Lines one request may carry, at most. */
    static final int MAX_LINES = 10_000;
    private static final int MAX_LINE_CHARS = 64 * 1024;
    private static final Pattern REPLICA_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final SearchAnalytics analytics;
    private final Map<String, Map<String, Long>> received = new HashMap<>();

    public AnalyticsInbox(SearchAnalytics analytics) {
        this.analytics = analytics;
    }

    /**
     * Writes the lines of {@code body} ({@code {"replica": ID, "lines": [{"day", "offset", "end", "text"}]}}) not
     * received before, and returns how many events were written.
     *
     * @throws IllegalArgumentException naming what is wrong with the body
     * @throws IOException when analytics are off here or the events could not be written
     */
    public synchronized int receive(JsonNode body) throws IOException {
        String replica = body.path("replica").asText("");
        if (!REPLICA_ID.matcher(replica).matches()) {
            throw new IllegalArgumentException("replica must be the replica's id (letters, digits and '-')");
        }
        JsonNode lines = body.path("lines");
        if (!lines.isArray() || lines.size() > MAX_LINES) {
            throw new IllegalArgumentException("lines must be a list of at most " + MAX_LINES + " lines");
        }
        Map<String, Long> arrived = arrived(replica);
        Map<String, Long> after = new TreeMap<>(arrived);
        List<String> fresh = new ArrayList<>();
        for (JsonNode line : lines) {
            String day = line.path("day").asText("");
            long end = line.path("end").asLong(-1);
            String text = line.path("text").asText(null);
            if (!DAY.matcher(day).matches() || end < 0 || text == null || text.length() > MAX_LINE_CHARS) {
                throw new IllegalArgumentException("each line needs day (YYYY-MM-DD), end (a byte offset) and text");
            }
            if (end > after.getOrDefault(day, 0L)) {
                fresh.add(text);
                after.put(day, end);
            }
        }
        int written = analytics.writeForwarded(fresh);
        store(replica, after);
        return written;
    }

    private Map<String, Long> arrived(String replica) throws IOException {
        Map<String, Long> known = received.get(replica);
        if (known == null) {
            Path file = fileOf(replica);
            known = Files.exists(file) ? ReplicationJson.MAPPER.readValue(file.toFile(),
                    new TypeReference<TreeMap<String, Long>>() { }) : new TreeMap<>();
            received.put(replica, known);
        }
        return known;
    }

    private void store(String replica, Map<String, Long> arrived) throws IOException {
        Path file = fileOf(replica);
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temp, ReplicationJson.MAPPER.writeValueAsString(arrived), StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        received.put(replica, arrived);
    }

    private Path fileOf(String replica) {
        Path folder = analytics.folder().orElseThrow(() -> new UncheckedIOException(new IOException(
                "analytics are off here (analytics.retention-days is 0)")));
        return folder.resolve(".replicas").resolve(replica + ".json");
    }
}
