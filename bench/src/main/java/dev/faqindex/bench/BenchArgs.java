package dev.faqindex.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The command line of a benchmark step: {@code --name value} pairs and {@code --flag}s, read by name, with a usage
 * line in every error.
 */
public final class BenchArgs {

    private final String usage;
    private final Map<String, String> values = new HashMap<>();
    private final Set<String> flags = new HashSet<>();

    /**
     * @param args the arguments as given
     * @param knownFlags names (without {@code --}) that take no value
     * @param usage the step's usage line
     */
    public BenchArgs(String[] args, Set<String> knownFlags, String usage) {
        this.usage = usage;
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw fail("unexpected argument " + args[i]);
            }
            String name = args[i].substring(2);
            if (knownFlags.contains(name)) {
                flags.add(name);
            } else if (i + 1 < args.length) {
                values.put(name, args[++i]);
            } else {
                throw fail("--" + name + " needs a value");
            }
        }
    }

    public String text(String name) {
        return optional(name).orElseThrow(() -> fail("--" + name + " is required"));
    }

    public String text(String name, String fallback) {
        return optional(name).orElse(fallback);
    }

    public Optional<String> optional(String name) {
        return Optional.ofNullable(values.get(name));
    }

    public Path path(String name) {
        return Path.of(text(name));
    }

    public Path path(String name, String fallback) {
        return Path.of(text(name, fallback));
    }

    public int number(String name, int fallback) {
        return optional(name).map(Integer::parseInt).orElse(fallback);
    }

    /** A duration in seconds, such as {@code 2.5}. */
    public Duration seconds(String name, double fallback) {
        double seconds = optional(name).map(Double::parseDouble).orElse(fallback);
        return Duration.ofMillis(Math.round(seconds * 1000));
    }

    /** A comma-separated list. */
    public List<String> list(String name, String fallback) {
        return List.of(text(name, fallback).split("\\s*,\\s*"));
    }

    public boolean flag(String name) {
        return flags.contains(name);
    }

    private IllegalArgumentException fail(String problem) {
        return new IllegalArgumentException(problem + "; usage: " + usage);
    }
}
