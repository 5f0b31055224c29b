package dev.faqindex.bench.orama;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One Node process running the Orama peer ({@code orama-peer.mjs} in {@code bench/orama}, its packages installed by
 * {@code npm ci}), with a bounded V8 heap. Requests go one JSON line at a time to its stdin; each answer is awaited for
 * at most the given time, after which the process is ended. Its stderr (Node's own messages, such as running out of
 * heap) goes to a file, whose end is quoted when the process fails. Not thread-safe: Node answers one request at a
 * time anyway.
 */
public final class OramaProcess implements AutoCloseable {

    private static final JsonNode ENDED = OramaProtocol.JSON.createObjectNode();
    private final Process process;
    private final BufferedWriter requests;
    private final BlockingQueue<JsonNode> answers = new LinkedBlockingQueue<>();
    private final Path stderr;
    private final int heapMegabytes;

    private OramaProcess(Process process, Path stderr, int heapMegabytes) {
        this.process = process;
        this.stderr = stderr;
        this.heapMegabytes = heapMegabytes;
        this.requests = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8),
                1 << 16);
        Thread reader = new Thread(this::readAnswers, "orama-answers");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Starts the peer in {@code peerDir} (the folder of {@code orama-peer.mjs} and its {@code node_modules}) with a
     * V8 heap of at most {@code heapMegabytes}.
     *
     * @throws IOException when Node or the installed packages are missing
     */
    public static OramaProcess start(Path peerDir, int heapMegabytes) throws IOException {
        Path script = peerDir.resolve("orama-peer.mjs");
        if (!Files.isRegularFile(script)) {
            throw new IOException("no Orama peer at " + script);
        }
        if (!Files.isDirectory(peerDir.resolve("node_modules").resolve("@orama").resolve("orama"))) {
            throw new IOException("@orama/orama is not installed in " + peerDir + ": run npm ci there");
        }
        Path stderr = Files.createTempFile("orama-peer", ".log");
        Process process = new ProcessBuilder(List.of("node", "--max-old-space-size=" + heapMegabytes,
                script.getFileName().toString()))
                .directory(peerDir.toFile()).redirectError(stderr.toFile()).start();
        return new OramaProcess(process, stderr, heapMegabytes);
    }

    /** The V8 heap limit the process was started with. */
    public int heapMegabytes() {
        return heapMegabytes;
    }

    /**
     * Sends {@code request} and returns its answer, waiting at most {@code timeout}.
     *
     * @throws IOException when the peer reports an error, ends (its last message is quoted), or takes too long (it is
     *     then ended)
     */
    public JsonNode send(ObjectNode request, Duration timeout) throws IOException {
        if (!process.isAlive()) {
            throw ended(request);
        }
        try {
            requests.write(OramaProtocol.JSON.writeValueAsString(request));
            requests.write('\n');
            requests.flush();
        } catch (IOException e) {
            throw ended(request);
        }
        JsonNode answer;
        try {
            answer = answers.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException("interrupted waiting for Orama", e);
        }
        if (answer == null) {
            process.destroyForcibly();
            throw new OramaUnavailable("Orama " + request.path("op").asText() + " took longer than "
                    + timeout.toSeconds() + " s (the time budget)");
        }
        if (answer == ENDED) {
            throw ended(request);
        }
        return OramaProtocol.checked(answer, request);
    }

    private IOException ended(ObjectNode request) {
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String exit = process.isAlive() ? "" : " (exit code " + process.exitValue() + ")";
        return new OramaUnavailable("Orama process ended during " + request.path("op").asText() + exit
                + lastMessage().map(message -> ": " + message).orElse(""));
    }

    /** The most telling line Node wrote to stderr, such as its out-of-memory message. */
    private Optional<String> lastMessage() {
        try {
            List<String> lines = Files.readAllLines(stderr, StandardCharsets.UTF_8).stream()
                    .map(String::strip).filter(line -> !line.isEmpty()).toList();
            return lines.stream().filter(line -> line.contains("heap out of memory") || line.startsWith("Error"))
                    .findFirst().or(() -> lines.isEmpty() ? Optional.empty() : Optional.of(lines.getLast()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private void readAnswers() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while ((line = lines.readLine()) != null) {
                answers.add(OramaProtocol.JSON.readTree(line));
            }
        } catch (IOException e) {
            // the process ended or sent something that is not JSON: either way no more answers
        }
        answers.add(ENDED);
    }

    @Override
    public void close() throws IOException {
        try {
            requests.close();
        } catch (IOException e) {
            // already gone
        }
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        } finally {
            Files.deleteIfExists(stderr);
        }
    }
}
