package dev.faqindex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code bin/faq-index}, the launcher users start the server with, on a jar whose main class reports how its
 * JVM was started: the JVM cache is written by the first {@code serve}, used by the next, made again for a newer jar,
 * and left out for other commands or when turned off.
 */
class LauncherScriptTest {

    private static final Path LAUNCHER = Path.of("bin", "faq-index").toAbsolutePath();
    private static final int JDK = Runtime.version().feature();

    @TempDir
    Path dir;
    private Path jar;

    @BeforeEach
    void probeJar() throws IOException {
        jar = dir.resolve("faq-index.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, LauncherProbe.class.getName());
        String entry = LauncherProbe.class.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file, manifest);
                InputStream classFile = LauncherProbe.class.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new JarEntry(entry));
            classFile.transferTo(out);
            out.closeEntry();
        }
    }

    private record Run(int exitCode, List<String> lines) {
        boolean hasJvmOption(String prefix) {
            return lines.stream().anyMatch(line -> line.startsWith("jvm " + prefix));
        }
    }

    private Run launch(Map<String, String> environment, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("FAQ_INDEX_JAR", jar.toString());
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the launcher finished");
        return new Run(process.exitValue(), output.lines().toList());
    }

    private List<Path> caches() throws IOException {
        try (var files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith("faq-index-jdk-")).toList();
        }
    }

    @Test
    void theFirstServeWritesTheJvmCacheAndTheNextStartsFromIt() throws Exception {
        String write = JDK >= 25 ? "-XX:AOTCacheOutput=" : "-XX:SharedArchiveFile=";
        String use = JDK >= 25 ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=";

        Run first = launch(Map.of(), "serve", "--port", "0");
        assertEquals(0, first.exitCode(), String.join("\n", first.lines()));
        assertTrue(first.hasJvmOption(write), first.lines().toString());
        assertTrue(first.lines().containsAll(List.of("arg serve", "arg --port", "arg 0")), first.lines().toString());
        assertTrue(first.lines().contains("env FAQ_INDEX_JAR=null"), "the launcher's variables stay out of the server's");
        assertEquals(1, caches().size(), "one cache beside the jar");

        Run second = launch(Map.of(), "serve");
        assertTrue(second.hasJvmOption(use), second.lines().toString());
        assertFalse(JDK >= 25 && second.hasJvmOption(write), "a cache that exists is used, not written again");
    }

    @Test
    void aJarNewerThanTheCacheGetsANewCache() throws Exception {
        launch(Map.of(), "serve");
        Path cache = caches().getFirst();
        Files.setLastModifiedTime(cache, FileTime.from(Instant.now().minusSeconds(3600)));

        Run afterRebuild = launch(Map.of(), "serve");

        assertTrue(afterRebuild.hasJvmOption(JDK >= 25 ? "-XX:AOTCacheOutput=" : "-XX:SharedArchiveFile="),
                afterRebuild.lines().toString());
        assertTrue(Files.getLastModifiedTime(cache).toInstant().isAfter(Instant.now().minusSeconds(600)),
                "the old cache was replaced");
    }

    @Test
    void otherCommandsAndCacheOffStartThePlainJvm() throws Exception {
        Run index = launch(Map.of(), "index", "--content", "content");
        assertEquals(0, index.exitCode());
        assertFalse(index.hasJvmOption("-XX:"), index.lines().toString());
        assertTrue(index.lines().containsAll(List.of("arg index", "arg --content", "arg content")));

        Run off = launch(Map.of("FAQ_INDEX_JVM_CACHE", "off", "JAVA_OPTS", "-Xmx64m"), "serve");
        assertFalse(off.hasJvmOption("-XX:"), off.lines().toString());
        assertTrue(off.hasJvmOption("-Xmx64m"), "JAVA_OPTS are passed on");
        assertTrue(off.lines().contains("env FAQ_INDEX_JVM_CACHE=null"));
        assertTrue(caches().isEmpty(), "no cache written");
    }

    @Test
    void aJdkOlderThan21IsRefusedWithAClearMessage() throws Exception {
        Path oldJdk = Files.createDirectories(dir.resolve("old-jdk/bin"));
        Files.writeString(oldJdk.resolve("java"), "#!/bin/sh\necho started >&2\n");
        oldJdk.resolve("java").toFile().setExecutable(true);
        Files.writeString(dir.resolve("old-jdk/release"), "JAVA_VERSION=\"17.0.15\"\n");

        Run run = launch(Map.of("JAVA_HOME", dir.resolve("old-jdk").toString()), "serve");

        assertEquals(2, run.exitCode());
        assertTrue(run.lines().stream().anyMatch(line -> line.contains("needs Java 21 or newer")
                && line.contains("17.0.15")), run.lines().toString());
        assertFalse(run.lines().contains("started"), "the old JVM was not started");
    }

    @Test
    void aMissingJarIsReportedWithTheBuildCommand() throws Exception {
        Files.delete(jar);

        Run run = launch(Map.of(), "serve");

        assertEquals(2, run.exitCode());
        assertTrue(run.lines().stream().anyMatch(line -> line.contains("build it first")), run.lines().toString());
    }
}
