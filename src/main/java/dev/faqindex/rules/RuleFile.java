package dev.faqindex.rules;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The query rules file ({@code rules.yaml} in the content folder), applied at query time: re-read whenever it
 * changes on disk, so an edit takes effect on the next search without a reindex, as the synonyms file does. A file
 * that cannot be read or checked is reported with its line, and the last good rules stay in use. Also written
 * through the admin API, which checks a new text before it replaces the file.
 */
public final class RuleFile {

    /** The file name looked for in the content folder. */
    public static final String FILE_NAME = "rules.yaml";
    /** Longest rules file read, in bytes. */
    public static final int MAX_BYTES = 1 << 20;
    /** Most rules one file may hold. */
    public static final int MAX_RULES = 2000;

    private static final Logger LOG = LoggerFactory.getLogger(RuleFile.class);
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .addModule(new JavaTimeModule())
            .build();

    /** The file's top level: {@code rules:} and the list of rules. */
    private record Document(List<QueryRule> rules) {
    }

    /** What was read last: the file's stamp, the rules in use, and why the file was refused, if it was. */
    private record Loaded(Stamp stamp, RuleSet rules, Optional<RuleProblem> problem) {
    }

    /** When the file was changed and how long it is: a change of either means it must be read again. */
    private record Stamp(FileTime modified, long size) {
    }

    private final Path file;
    private volatile Loaded loaded = new Loaded(null, RuleSet.EMPTY, Optional.empty());

    public RuleFile(Path file) {
        this.file = file;
    }

    /** The rules file of a content folder (which need not exist). */
    public static RuleFile inContentFolder(Path contentDir) {
        return new RuleFile(contentDir.resolve(FILE_NAME));
    }

    public Path path() {
        return file;
    }

    /** The rules in use, re-reading the file if it changed. */
    public RuleSet current() {
        Stamp stamp = stamp();
        Loaded current = loaded;
        if (Objects.equals(stamp, current.stamp())) {
            return current.rules();
        }
        return reload(stamp).rules();
    }

    /** Why the file on disk is not the rules in use, if it is not (re-reading it if it changed). */
    public Optional<RuleProblem> problem() {
        current();
        return loaded.problem();
    }

    /** The file's text as it is on disk; empty when there is none. */
    public String text() throws IOException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return "";
        }
    }

    /**
     * Checks {@code text} and, when it holds good rules, makes it the file (replaced whole, never half-written) and
     * the rules in use.
     *
     * @throws RulesRefusedException naming the line of the first problem; the file is left as it was
     */
    public synchronized RuleSet write(String text) throws RulesRefusedException, IOException {
        RuleSet rules = parse(text);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temporary = file.resolveSibling("." + FILE_NAME + ".tmp");
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        try {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
        loaded = new Loaded(stamp(), rules, Optional.empty());
        return rules;
    }

    /**
     * The rules of a {@code rules.yaml} text; an empty text has none.
     *
     * @throws RulesRefusedException naming the line of the first problem
     */
    public static RuleSet parse(String text) throws RulesRefusedException {
        if (text.length() > MAX_BYTES) {
            throw new RulesRefusedException(new RuleProblem(0, "the rules file is over " + MAX_BYTES + " bytes"));
        }
        if (text.isBlank()) {
            return RuleSet.EMPTY;
        }
        Document document;
        try {
            document = YAML.readValue(text, Document.class);
        } catch (JsonProcessingException e) {
            throw new RulesRefusedException(new RuleProblem(line(e, text), message(e)));
        }
        if (document == null || document.rules() == null) {
            return RuleSet.EMPTY;
        }
        if (document.rules().size() > MAX_RULES) {
            throw new RulesRefusedException(new RuleProblem(0, "at most " + MAX_RULES + " rules, got "
                    + document.rules().size()));
        }
        if (document.rules().contains(null)) {
            throw new RulesRefusedException(new RuleProblem(0, "a rule is empty"));
        }
        return new RuleSet(document.rules());
    }

    private synchronized Loaded reload(Stamp stamp) {
        Loaded current = loaded;
        if (Objects.equals(stamp, current.stamp())) {
            return current;
        }
        if (stamp == null) {
            loaded = new Loaded(null, RuleSet.EMPTY, Optional.empty());
            return loaded;
        }
        try {
            if (stamp.size() > MAX_BYTES) {
                throw new RulesRefusedException(new RuleProblem(0, "the rules file is over " + MAX_BYTES + " bytes"));
            }
            loaded = new Loaded(stamp, parse(Files.readString(file, StandardCharsets.UTF_8)), Optional.empty());
        } catch (RulesRefusedException e) {
            LOG.warn("Query rules not reloaded, keeping the previous ones: {} {}", file, e.getMessage());
            loaded = new Loaded(stamp, current.rules(), Optional.of(e.problem()));
        } catch (IOException e) {
            LOG.warn("Query rules not reloaded, keeping the previous ones: cannot read {}: {}", file, e.toString());
            loaded = new Loaded(stamp, current.rules(), Optional.of(new RuleProblem(0, "cannot read the file: "
                    + e.getMessage())));
        }
        return loaded;
    }

    private Stamp stamp() {
        try {
            return new Stamp(Files.getLastModifiedTime(file), Files.size(file));
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            return loaded.stamp();
        }
    }

    /**
     * The line of a refusal. A rule is read whole before it is checked, so Jackson places an unknown key at the end
     * of its rule; the key's own line is the last one before that which names it.
     */
    private static int line(JsonProcessingException e, String text) {
        JsonLocation location = e.getLocation();
        int line = location == null || location.getLineNr() < 1 ? 0 : location.getLineNr();
        if (e instanceof UnrecognizedPropertyException unknown && line > 0) {
            List<String> lines = text.lines().toList();
            Pattern key = Pattern.compile("(^|[\\s{,-])\"?" + Pattern.quote(unknown.getPropertyName()) + "\"?\\s*:");
            for (int n = Math.min(line, lines.size()); n >= 1; n--) {
                if (key.matcher(lines.get(n - 1)).find()) {
                    return n;
                }
            }
        }
        return line;
    }

    /** The reason, in one line, with the path of the field when a value was refused ({@code rules[2].pin[0]}). */
    private static String message(JsonProcessingException e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String reason = cause instanceof IllegalArgumentException && cause.getMessage() != null ? cause.getMessage()
                : e.getOriginalMessage();
        reason = reason == null ? e.getClass().getSimpleName() : reason.lines().findFirst().orElse("").strip();
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return path(mapping) + ": " + reason;
        }
        return reason;
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
