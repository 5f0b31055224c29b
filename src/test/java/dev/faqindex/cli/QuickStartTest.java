package dev.faqindex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faqindex.testing.Paths;
import dev.faqindex.testing.ServerProcess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's quick start works as a new user types it, on a machine like ours: in a copy of the project, with a
 * Java older than 21 first on the PATH and no JAVA_HOME, its first line builds and serves (./mvnw finds a JDK 21+ by
 * itself, bin/faq-index too), the server answers /api/ready and a search, starts again from its JVM cache, and says
 * nothing alarming on the way. Its second line, the test command, is what {@code .ci/run} runs.
 */
class QuickStartTest {

    private static final Duration BUILD_AND_START = Duration.ofMinutes(10);
    private static final Pattern JAVA_VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)[^\"]*\"");
    /** Lines a quiet build and start never print: JDK or Maven warnings, logged warnings, stack traces. */
    private static final Pattern ALARMING = Pattern.compile(
            "(?m)^.*(WARNING|\\bWARN\\b|ERROR|Exception|^\\s+at |sun\\.misc\\.Unsafe|CUDA|GPU).*$");

    @TempDir
    Path dir;

    @Test
    void theReadmeCommandsBuildAndServeWithAnOlderDefaultJava() throws Exception {
        List<String> commands = quickStartCommands();
        String buildAndServe = commands.get(0);
        String serve = buildAndServe.substring(buildAndServe.lastIndexOf("&&") + 2).strip();
        assertEquals("bin/faq-index serve", serve, "the quick start builds, then serves: " + buildAndServe);
        assertEquals(commands.get(1), lastCommand(Paths.project().resolve(".ci/run")),
                ".ci/run runs the README's test command as written");

        Path olderJava = olderJdk().orElse(null);
        Assumptions.assumeTrue(olderJava != null, "needs a JDK older than 21 under /usr/lib/jvm to play the default");
        Path project = copyOfTheProject(dir.resolve("faq-index"));

        long started = System.nanoTime();
        String firstOutput = serveAndSearch(project, buildAndServe, olderJava, dir.resolve("first.log"));
        long firstReady = System.nanoTime();
        assertTrue(firstOutput.contains("faq-index: using Java "), "the launcher names the JDK it picked:\n"
                + firstOutput);
        assertEquals("", alarming(firstOutput), "a quiet build and start");
        try (Stream<Path> files = Files.list(project.resolve("target"))) {
            assertTrue(files.anyMatch(file -> file.getFileName().toString().startsWith("faq-index-jdk-")),
                    "the first serve left a JVM cache for the next");
        }

        long again = System.nanoTime();
        String secondOutput = serveAndSearch(project, serve, olderJava, dir.resolve("second.log"));
        long secondReady = System.nanoTime();
        assertEquals("", alarming(secondOutput), "a quiet start");
        System.out.printf("quick start with %s first on the PATH: built and ready in %.1f s, ready again in %.1f s%n",
                olderJava, (firstReady - started) / 1e9, (secondReady - again) / 1e9);
    }

    @Test
    void onAMachineWithoutJdk21TheBuildSaysWhatToInstall() throws Exception {
        Path olderJava = olderJdk().orElse(null);
        Assumptions.assumeTrue(olderJava != null, "needs a JDK older than 21 under /usr/lib/jvm to play the default");
        ProcessBuilder build = new ProcessBuilder("./mvnw", "-B", "-q", "package", "-DskipTests")
                .directory(Paths.project().toFile()).redirectErrorStream(true);
        withoutJavaSettings(build.environment());
        build.environment().put("PATH", olderJava.resolve("bin") + ":/usr/bin:/bin");
        build.environment().put("FIND_JDK_DIRS", Files.createDirectories(dir.resolve("no-jdks")).toString());

        Process process = build.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(1, TimeUnit.MINUTES));

        assertEquals(1, process.exitValue(), output);
        assertEquals(1, output.lines().count(), "one sentence, before Maven starts: " + output);
        assertTrue(output.startsWith("faq-index needs a JDK 21 or newer and found none (java on the PATH is Java "),
                output);
        assertTrue(output.contains("install one"), output);
    }

    /**
     * Runs {@code command} in {@code project} as a shell would, with {@code olderJava} first on the PATH and no
     * JAVA_HOME, waits until the server is ready, searches, stops it and returns what it printed.
     */
    private static String serveAndSearch(Path project, String command, Path olderJava, Path log) throws Exception {
        int port = ServerProcess.freePort();
        ProcessBuilder shell = new ProcessBuilder("/bin/sh", "-c", command).directory(project.toFile());
        withoutJavaSettings(shell.environment());
        shell.environment().put("PATH", olderJava.resolve("bin") + ":/usr/bin:/bin");
        shell.environment().put("FAQ_INDEX_PORT", Integer.toString(port));
        try (ServerProcess server = ServerProcess.start(shell, port, log)) {
            server.awaitReady(BUILD_AND_START);
            JsonNode found = server.getJson("/api/search?q=stretching+for+back+pain&limit=3");
            assertFalse(found.path("hits").isEmpty(), found.toString());
            assertEquals(143, server.stop(), "stopped by SIGTERM:\n" + server.output());
            return server.output();
        }
    }

    /**
     * Leaves out of {@code environment} what a new user's shell would not have: JAVA_HOME (and JAVA*_HOME), Maven's
     * and faq-index's variables, and the switches that would turn DJL's tracking off from outside.
     */
    private static void withoutJavaSettings(Map<String, String> environment) {
        environment.keySet().removeIf(name -> name.startsWith("JAVA") && name.endsWith("_HOME")
                || name.startsWith("MAVEN_") || name.startsWith("MVNW_") || name.startsWith("FAQ_INDEX_")
                || List.of("OPT_OUT_TRACKING", "DJL_OFFLINE", "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS",
                        "FIND_JDK_DIRS").contains(name));
    }

    /** The commands of the README's quick start, as written (without their comments). */
    private static List<String> quickStartCommands() throws IOException {
        String readme = Files.readString(Paths.project().resolve("README.md"), StandardCharsets.UTF_8);
        Matcher block = Pattern.compile("(?s)## Quick start\\n.*?```sh\\n(.*?)```").matcher(readme);
        assertTrue(block.find(), "README.md has a quick start with a sh block");
        List<String> commands = block.group(1).lines()
                .map(line -> line.replaceFirst("\\s+#.*$", "").strip())
                .filter(line -> !line.isEmpty())
                .toList();
        assertEquals(2, commands.size(), "build and serve, then test: " + commands);
        return commands;
    }

    private static String lastCommand(Path script) throws IOException {
        List<String> lines = Files.readAllLines(script).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        return lines.getLast();
    }

    /** A JDK under /usr/lib/jvm older than 21, such as the Java 17 these machines default to. */
    private static Optional<Path> olderJdk() throws IOException {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> homes = Files.list(jvms)) {
            return homes.filter(home -> !Files.isSymbolicLink(home) && Files.isExecutable(home.resolve("bin/java"))
                            && Files.isExecutable(home.resolve("bin/javac")))
                    .filter(home -> featureRelease(home) > 0 && featureRelease(home) < 21)
                    .sorted()
                    .findFirst();
        }
    }

    private static int featureRelease(Path home) {
        try {
            Matcher version = JAVA_VERSION.matcher(Files.readString(home.resolve("release")));
            return version.find() ? Integer.parseInt(version.group(1)) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * The project as a fresh clone would have it, with the working tree's changes: the files git tracks or would
     * track (not target/, index/ and the like), keeping their permissions (mvnw and bin/ are executable).
     */
    private static Path copyOfTheProject(Path target) throws Exception {
        Process git = new ProcessBuilder("git", "ls-files", "-z", "--cached", "--others", "--exclude-standard")
                .directory(Paths.project().toFile()).redirectErrorStream(true).start();
        String listing = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(git.waitFor(1, TimeUnit.MINUTES) && git.exitValue() == 0, "git ls-files: " + listing);
        for (String file : Arrays.stream(listing.split("\0")).filter(name -> !name.isEmpty()).toList()) {
            Path source = Paths.project().resolve(file);
            if (Files.isRegularFile(source)) {
                Path copy = target.resolve(file);
                Files.createDirectories(copy.getParent());
                Files.copy(source, copy, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        return target;
    }

    private static String alarming(String output) {
        Matcher line = ALARMING.matcher(output);
        StringBuilder found = new StringBuilder();
        while (line.find()) {
            found.append(line.group()).append('\n');
        }
        return found.toString();
    }
}
