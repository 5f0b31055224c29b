package dev.faqindex.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A faq-index server in processes of its own, started by a command the test chooses (the launcher after a build, or
 * a JVM under a tracer), on a given loopback port, with its standard output and error in one log file. Stopping it
 * sends SIGTERM to every process the command started, waits for the command to end, and kills what is left.
 */
public final class ServerProcess implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration STOP_TIMEOUT = Duration.ofMinutes(2);

    private final Process process;
    private final Path log;
    private final String baseUrl;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ServerProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.baseUrl = "http://127.0.0.1:" + port;
    }

    /**
     * The command line {@code faq-index args...} as a JVM of its own on this JDK and the test class path, with
     * {@code jvmOptions} (a heap size, say) and none of the {@code FAQ_INDEX_} variables of the test's environment.
     */
    public static ProcessBuilder faqIndex(List<String> jvmOptions, String... args) {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.faqindex.cli.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(name -> name.startsWith("FAQ_INDEX_"));
        return builder;
    }

    /** Starts {@code command}, which serves on {@code port}, writing its output to {@code log}. */
    public static ServerProcess start(ProcessBuilder command, int port, Path log) throws IOException {
        command.redirectErrorStream(true).redirectOutput(log.toFile());
        return new ServerProcess(command.start(), log, port);
    }

    /** A command run to its end: its exit status and what it printed (standard output and error together). */
    public record Finished(int exitValue, String output) {
    }

    /**
     * Runs {@code command} to its end with its output in {@code log}, failing with {@code finishes} (what finishing
     * means) if it is still running after {@code timeout}; the process never outlives the call.
     */
    public static Finished runToEnd(ProcessBuilder command, Path log, Duration timeout, String finishes)
            throws IOException, InterruptedException {
        Process process = command.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError(finishes + ": still running after " + timeout);
            }
        } finally {
            process.destroyForcibly();
        }
        return new Finished(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    /** A port nobody listens on now, for a server started with it. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Waits until {@code /api/ready} answers 200; fails if the command ends first or {@code timeout} passes. */
    public void awaitReady(Duration timeout) throws IOException, InterruptedException {
        HttpRequest ready = request("/api/ready").build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("the server's command ended with exit code " + process.exitValue()
                        + " before it was ready:\n" + output());
            }
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (ConnectException notListeningYet) {
                // the JVM is still starting (or the build still running)
            }
            process.waitFor(50, TimeUnit.MILLISECONDS);
        }
        throw new IOException("/api/ready did not answer 200 within " + timeout + ":\n" + output());
    }

    /** GETs a path with its query string (already encoded) and returns the parsed JSON body, asserting 200. */
    public JsonNode getJson(String pathAndQuery) throws IOException, InterruptedException {
        return json(send(request(pathAndQuery).GET().build()));
    }

    /** POSTs a JSON body and returns the parsed JSON answer, asserting 200. */
    public JsonNode postJson(String path, String body) throws IOException, InterruptedException {
        return json(send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build()));
    }

    /** Sends any request to the server and returns the answer as text. */
    public HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** A request to a path of this server (10 s time-out). */
    public HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery)).timeout(Duration.ofSeconds(10));
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        if (response.statusCode() != 200) {
            throw new IOException(response.request().uri() + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return JSON.readTree(response.body());
    }

    /** The process id of the command (the server's JVM when the command is {@code java} itself). */
    public long pid() {
        return process.pid();
    }

    /** Whether the command still runs. */
    public boolean alive() {
        return process.isAlive();
    }

    /** Everything the command printed so far. */
    public String output() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    /**
     * Stops the server as an operator would (SIGTERM to the processes the command started, so that a tracer or a
     * shell around the JVM sees it end) and returns the command's exit code once every one of them has ended.
     */
    public int stop() throws IOException, InterruptedException {
        List<ProcessHandle> started = process.descendants().toList();
        if (started.isEmpty()) {
            process.destroy();
        } else {
            started.forEach(ProcessHandle::destroy);
        }
        boolean ended = process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        for (ProcessHandle child : started) {
            ended &= awaitEnd(child);
        }
        if (!ended) {
            close();
            throw new IOException("the server did not stop within " + STOP_TIMEOUT + " of SIGTERM:\n" + output());
        }
        return process.exitValue();
    }

    private static boolean awaitEnd(ProcessHandle handle) throws InterruptedException {
        try {
            handle.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            return true;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            return false;
        }
    }

    /** Kills the command and every process it started, at once; nothing is left running after a test. */
    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }
}
