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
 * and left out for other commands or when turned off; and it runs on a Java 21+ it finds when JAVA_HOME is older.
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
        builder.environment().keySet().removeIf(name -> name.startsWith("JAVA") && name.endsWith("_HOME"));
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
    void anOlderJavaHomeGivesWayToTheNewestJava21OrNewerInstalledAndTheLauncherSaysSo() throws Exception {
        Path jdks = Files.createDirectories(dir.resolve("jdks"));
        fakeJava(jdks.resolve("oldest-21"), "21.0.0");
        Path thisJdk = Path.of(System.getProperty("java.home"));
        Path newest = Files.createDirectories(jdks.resolve("this-jdk/bin"));
        Files.copy(thisJdk.resolve("release"), jdks.resolve("this-jdk/release"));
        Files.writeString(newest.resolve("java"), "#!/bin/sh\nexec '" + thisJdk.resolve("bin/java") + "' \"$@\"\n");
        newest.resolve("java").toFile().setExecutable(true);
        Path oldJdk = fakeJava(dir.resolve("old-jdk"), "17.0.15");

        Run run = launch(Map.of("JAVA_HOME", oldJdk.toString(), "FIND_JDK_DIRS", jdks.toString()), "serve");

        assertEquals(0, run.exitCode(), run.lines().toString());
        assertTrue(run.lines().contains("faq-index: using Java " + releaseVersion(thisJdk) + " from "
                + jdks.resolve("this-jdk").toRealPath() + " (JAVA_HOME is Java 17.0.15 at " + oldJdk + ")"),
                run.lines().toString());
        assertTrue(run.lines().contains("arg serve"), "faq-index ran on that JDK: " + run.lines());
        assertTrue(run.lines().contains("env FIND_JDK_DIRS=null"), "the launcher's variables stay its own");
        assertFalse(run.lines().contains("started"), "neither the old JVM nor the older 21 was started");
    }

    @Test
    void withNoJava21AnywhereTheLauncherSaysWhatToInstall() throws Exception {
        Run run = launch(Map.of("JAVA_HOME", fakeJava(dir.resolve("old-jdk"), "17.0.15").toString(),
                "FIND_JDK_DIRS", Files.createDirectories(dir.resolve("no-jdks")).toString()), "serve");

        assertEquals(2, run.exitCode());
        assertEquals(1, run.lines().size(), run.lines().toString());
        assertTrue(run.lines().getFirst().startsWith("faq-index needs a JDK 21 or newer and found none (JAVA_HOME is "
                + "Java 17.0.15 at "), run.lines().toString());
        assertTrue(run.lines().getFirst().contains("install one"), run.lines().toString());
    }

    private static String releaseVersion(Path jdk) throws IOException {
        return Files.readAllLines(jdk.resolve("release")).stream()
                .filter(line -> line.startsWith("JAVA_VERSION="))
                .map(line -> line.substring("JAVA_VERSION=".length()).replace("\"", ""))
                .findFirst().orElseThrow();
    }

    /** A stand-in JDK of {@code version} at {@code home}: a release file and a java that only says it started. */
    private static Path fakeJava(Path home, String version) throws IOException {
        Path bin = Files.createDirectories(home.resolve("bin"));
        Files.writeString(bin.resolve("java"), "#!/bin/sh\necho started\n");
        bin.resolve("java").toFile().setExecutable(true);
        Files.writeString(home.resolve("release"), "JAVA_VERSION=\"" + version + "\"\n");
        return home;
    }

    @Test
    void aMissingJarIsReportedWithTheBuildCommand() throws Exception {
        Files.delete(jar);

        Run run = launch(Map.of(), "serve");

        assertEquals(2, run.exitCode());
        assertTrue(run.lines().stream().anyMatch(line -> line.contains("build it first")), run.lines().toString());
    }
}
