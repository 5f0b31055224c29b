package dev.faqindex.analytics;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The analytics a replica has recorded and the primary has not yet acknowledged: the lines of its own day files past
 * a cursor (how far each day file has been shipped), kept in {@value #CURSOR_FILE} beside them. The day files are the
 * buffer: nothing is lost while the primary is away, however long, up to the retention period, nor when the replica
 * restarts. A line may be sent twice (the primary's answer lost); each carries its day and offset, and the id of this
 * replica ({@value #ID_FILE}, made once), so the primary keeps it once.
 *
 * <p>Used by one thread.
 */
public final class AnalyticsOutbox {

    static final String CURSOR_FILE = ".shipped.json";
    static final String ID_FILE = ".replica-id";
    /** Bytes read from one day file per call, at most. */
    private static final int READ_BYTES = 1 << 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One event line of a day file.
     *
     * @param day the day file ({@code 2025-01-31})
     * @param offset where the line starts, in bytes
     * @param end where the next line starts
     * @param text the line, without its line break
     */
    public record Line(String day, long offset, long end, String text) {
    }

    private final Path dir;
    private final String replicaId;
    private final Map<String, Long> shipped;

    private AnalyticsOutbox(Path dir, String replicaId, Map<String, Long> shipped) {
        this.dir = dir;
        this.replicaId = replicaId;
        this.shipped = shipped;
    }

    /** The outbox of the day files in {@code dir}. */
    public static AnalyticsOutbox open(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path idFile = dir.resolve(ID_FILE);
        if (!Files.exists(idFile)) {
            writeAtomically(idFile, UUID.randomUUID().toString());
        }
        String id = Files.readString(idFile, StandardCharsets.UTF_8).strip();
        Path cursor = dir.resolve(CURSOR_FILE);
        Map<String, Long> shipped = Files.exists(cursor)
                ? JSON.readValue(cursor.toFile(), new TypeReference<TreeMap<String, Long>>() { })
                : new TreeMap<>();
        return new AnalyticsOutbox(dir, id, shipped);
    }

    /** This replica's id, the same across restarts. */
    public String replicaId() {
        return replicaId;
    }

    /** Up to {@code max} complete lines not yet acknowledged, oldest day first. */
    public List<Line> pending(int max) throws IOException {
        List<Line> lines = new ArrayList<>();
        for (String day : days()) {
            if (lines.size() >= max) {
                break;
            }
            readFrom(day, shipped.getOrDefault(day, 0L), max - lines.size(), lines);
        }
        return lines;
    }

    /** Marks {@code lines} (as {@link #pending} gave them) delivered, so they are not sent again. */
    public void acknowledge(List<Line> lines) throws IOException {
        for (Line line : lines) {
            shipped.merge(line.day(), line.end(), Math::max);
        }
        shipped.keySet().retainAll(days());
        writeAtomically(dir.resolve(CURSOR_FILE), JSON.writeValueAsString(shipped));
    }

    private List<String> days() throws IOException {
        List<String> days = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path file : files) {
                Optional<LocalDate> day = AnalyticsStore.dayOf(file);
                day.ifPresent(d -> days.add(d.toString()));
            }
        }
        days.sort(null);
        return days;
    }

    private void readFrom(String day, long from, int max, List<Line> into) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(READ_BYTES);
        try (SeekableByteChannel channel = Files.newByteChannel(dir.resolve(day + ".jsonl"))) {
            if (channel.size() <= from) {
                return;
            }
            channel.position(from);
            while (buffer.hasRemaining() && channel.read(buffer) > 0) {
                // fill the buffer
            }
        } catch (NoSuchFileException e) {
            return;
        }
        byte[] bytes = buffer.array();
        int start = 0;
        int added = 0;
        for (int i = 0; i < buffer.position() && added < max; i++) {
            if (bytes[i] == '\n') {
                into.add(new Line(day, from + start, from + i + 1,
                        new String(bytes, start, i - start, StandardCharsets.UTF_8)));
                added++;
                start = i + 1;
            }
        }
    }

    private static void writeAtomically(Path file, String text) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
