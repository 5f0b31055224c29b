package dev.faqindex.bench.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The packaged server in a process of its own, started as a user starts it ({@code java -jar faq-index.jar serve}
 * or {@code bin/faq-index serve})
 * on a free loopback port, with rate limiting off (a load test is one client; the soak turns it back on) and
 * analytics kept in a work folder.
 */
public final class ServerProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    private final Process process;
    private final String baseUrl;
    private final long launchedNanos;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private ServerProcess(Process process, String baseUrl, long launchedNanos) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.launchedNanos = launchedNanos;
    }

    /** Launches the server on the index in {@code indexDir} (which must already be built for {@code semantic}). */
    static ServerProcess start(Path jar, Path contentDir, Path indexDir, boolean semantic, Path workDir, Path log)
            throws IOException {
        return start(List.of(), Map.of(), jar, contentDir, indexDir, semantic, workDir, log);
    }

    /**
     * Like {@link #start(Path, Path, Path, boolean, Path, Path)}, with options for the JVM before {@code -jar} and
     * settings ({@code FAQ_INDEX_...} environment variables) beyond the benchmark's own.
     */
    public static ServerProcess start(List<String> jvmOptions, Map<String, String> settings, Path jar,
            Path contentDir, Path indexDir, boolean semantic, Path workDir, Path log) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        return launch(command, settings, contentDir, indexDir, semantic, workDir, log);
    }

    /**
     * Launches the server through the launcher script users run ({@code bin/faq-index serve}), on this benchmark's
     * JDK and {@code jar}.
     */
    static ServerProcess startWithLauncher(Path launcher, Path jar, Path contentDir, Path indexDir, boolean semantic,
            Path workDir, Path log) throws IOException {
        return launch(List.of(launcher.toString()), Map.of("JAVA_HOME", System.getProperty("java.home"),
                "FAQ_INDEX_JAR", jar.toAbsolutePath().toString()), contentDir, indexDir, semantic, workDir, log);
    }

    /** Runs {@code program} (which starts faq-index) with {@code serve} and the benchmark's arguments after it. */
    private static ServerProcess launch(List<String> program, Map<String, String> environmentExtra, Path contentDir,
            Path indexDir, boolean semantic, Path workDir, Path log) throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>(program);
        command.addAll(List.of("serve", "--content", contentDir.toString(), "--index",
                indexDir.toString(), "--port", Integer.toString(port)));
        command.add(semantic ? "--semantic" : "--no-semantic");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> environment = builder.environment();
        environment.put("FAQ_INDEX_LIMITS_RATE_PER_MINUTE", "0");
        environment.put("FAQ_INDEX_ANALYTICS_DIR", workDir.resolve("analytics").toString());
        environment.putAll(environmentExtra);
        long launched = System.nanoTime();
        return new ServerProcess(builder.start(), "http://127.0.0.1:" + port, launched);
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** The server's process id. */
    public long pid() {
        return process.pid();
    }

    /** Whether the server still runs. */
    public boolean alive() {
        return process.isAlive();
    }

    /** Waits until {@code path} answers 200; returns the milliseconds since launch. */
    public double awaitOk(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(10))
                .build();
        long deadline = launchedNanos + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("the server stopped with exit code " + process.exitValue());
            }
            try {
                if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return (System.nanoTime() - launchedNanos) / 1e6;
                }
            } catch (ConnectException e) {
                // not listening yet
            }
            Thread.sleep(5);
        }
        throw new IOException(path + " did not answer 200 within " + START_TIMEOUT);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
