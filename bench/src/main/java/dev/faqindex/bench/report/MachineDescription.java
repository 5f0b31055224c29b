package dev.faqindex.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/** What the figures were measured on: the machine, the software versions, and how busy the machine was. */
final class MachineDescription {

    private MachineDescription() {
    }

    static String markdown(RunResults results) {
        StringBuilder out = new StringBuilder();
        out.append("- **Run**: ").append(results.runValue("date", "(date not recorded)")).append(", `")
                .append(results.runValue("command", "bench/run.sh")).append("`\n");
        out.append("- **Machine**: ").append(cpu()).append(", ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores, ").append(memory()).append(", ").append(os()).append('\n');
        out.append("- **Software**: ").append(System.getProperty("java.vm.vendor")).append(" JDK ")
                .append(Runtime.version()).append(" (build `--release 21`), Lucene ")
                .append(org.apache.lucene.util.Version.LATEST).append(", ").append(sqlite()).append(", PostgreSQL ")
                .append(results.runValue("postgres", "(not run)")).append(", Orama ")
                .append(results.runValue("orama", "(not run)")).append(", ").append(results.runValue("wrk", "wrk"))
                .append('\n');
        out.append("- **Load**: 1-minute load average ").append(results.runValue("load.before", "?"))
                .append(" before the run, ").append(results.runValue("load.after", "?")).append(" after it; ")
                .append(results.runValue("load.note", "")).append('\n');
        return out.toString();
    }

    private static String cpu() {
        return firstValue(Path.of("/proc/cpuinfo"), "model name").orElse("unknown CPU");
    }

    private static String memory() {
        return firstValue(Path.of("/proc/meminfo"), "MemTotal")
                .map(kb -> String.format(java.util.Locale.ROOT, "%.0f GiB RAM",
                        Long.parseLong(kb.replaceAll("\\D", "")) / 1024.0 / 1024.0))
                .orElse("unknown RAM");
    }

    private static String os() {
        try {
            return Files.readAllLines(Path.of("/etc/os-release")).stream()
                    .filter(line -> line.startsWith("PRETTY_NAME="))
                    .map(line -> line.substring("PRETTY_NAME=".length()).replace("\"", ""))
                    .findFirst().orElse(System.getProperty("os.name"));
        } catch (IOException e) {
            return System.getProperty("os.name");
        }
    }

    private static String sqlite() {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite::memory:");
                Statement statement = connection.createStatement();
                ResultSet version = statement.executeQuery("SELECT sqlite_version()")) {
            version.next();
            return "SQLite " + version.getString(1) + " (sqlite-jdbc " + connection.getMetaData().getDriverVersion()
                    + ")";
        } catch (SQLException e) {
            return "SQLite (version unknown)";
        }
    }

    private static Optional<String> firstValue(Path file, String key) {
        try {
            return Files.readAllLines(file).stream().filter(line -> line.startsWith(key))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip()).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
