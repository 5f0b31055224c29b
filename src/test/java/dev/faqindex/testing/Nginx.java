package dev.faqindex.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A real nginx (Debian's package) as a load balancer in front of servers on loopback, run as a child process in the
 * foreground with its configuration, logs, pid and temporary files in a folder of the test's: nothing under /etc or
 * /var is read or written. A request that fails on one server (refused, reset, timed out, or answered 502/503/504,
 * which a replica that is not ready answers) is tried on the next, as a production configuration would do.
 */
public final class Nginx implements AutoCloseable {

    /** Where Debian installs it. */
    public static final Path BINARY = Path.of("/usr/sbin/nginx");

    private final Process process;
    private final Path dir;
    private final int port;

    private Nginx(Process process, Path dir, int port) {
        this.process = process;
        this.dir = dir;
        this.port = port;
    }

    /** Whether nginx is installed. */
    public static boolean installed() {
        return Files.isExecutable(BINARY);
    }

    /** Starts nginx on {@code port}, balancing over the servers on {@code upstreamPorts}, and waits until it listens. */
    public static Nginx start(Path dir, int port, List<Integer> upstreamPorts) throws IOException, InterruptedException {
        Files.createDirectories(dir.resolve("temp"));
        Path conf = dir.resolve("nginx.conf");
        Files.writeString(conf, config(dir, port, upstreamPorts), StandardCharsets.UTF_8);
        Process process = new ProcessBuilder(BINARY.toString(), "-p", dir.toString(), "-e",
                dir.resolve("error.log").toString(), "-c", conf.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("stdout.log").toFile()).start();
        Nginx nginx = new Nginx(process, dir, port);
        try {
            nginx.awaitListening(Duration.ofSeconds(10));
        } catch (IOException | RuntimeException e) {
            nginx.close();
            throw e;
        }
        return nginx;
    }

    /** The configuration: one worker, the servers as one upstream, retries on the next server. */
    static String config(Path dir, int port, List<Integer> upstreamPorts) {
        String servers = upstreamPorts.stream()
                .map(p -> "        server 127.0.0.1:" + p + " max_fails=1 fail_timeout=2s;")
                .collect(Collectors.joining("\n"));
        String temp = dir.resolve("temp").toString();
        return """
                daemon off;
                master_process on;
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 512; }
                http {
                    access_log %1$s/access.log;
                    client_body_temp_path %2$s/body;
                    proxy_temp_path %2$s/proxy;
                    fastcgi_temp_path %2$s/fastcgi;
                    uwsgi_temp_path %2$s/uwsgi;
                    scgi_temp_path %2$s/scgi;
                    upstream replicas {
                %3$s
                        keepalive 16;
                    }
                    server {
                        listen 127.0.0.1:%4$d;
                        location / {
                            proxy_pass http://replicas;
                            proxy_http_version 1.1;
                            proxy_set_header Connection "";
                            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                            proxy_connect_timeout 1s;
                            proxy_read_timeout 10s;
                            proxy_max_temp_file_size 0;
                            proxy_next_upstream error timeout http_502 http_503 http_504;
                            proxy_next_upstream_tries 3;
                            proxy_next_upstream_timeout 10s;
                        }
                    }
                }
                """.formatted(dir, temp, servers, port);
    }

    /** The address clients call. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** nginx's error log so far (which server failed and when), for a failing test's message. */
    public String errorLog() throws IOException {
        Path log = dir.resolve("error.log");
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    private void awaitListening(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("nginx ended with exit code " + process.exitValue() + ":\n" + errorLog());
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                process.waitFor(50, TimeUnit.MILLISECONDS);
            }
        }
        throw new IOException("nginx did not listen on " + port + " within " + timeout + ":\n" + errorLog());
    }

    /** Stops nginx (SIGTERM: the master stops its worker), killing what is left after a few seconds. */
    @Override
    public void close() {
        List<ProcessHandle> workers = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        workers.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }
}
