package dev.faqindex.search;

import dev.faqindex.index.EnglishTextAnalyzer;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.text.ParseException;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The user-editable synonym file ({@code synonyms.txt} in the content folder, Solr format), applied at query time:
 * it is re-read whenever its modification time changes, so an edit takes effect on the next search without a
 * reindex. A file that does not parse is reported and the last good synonyms stay in use.
 */
public final class SynonymFile {

    /** The file name looked for in the content folder. */
    public static final String FILE_NAME = "synonyms.txt";

    private static final Logger LOG = LoggerFactory.getLogger(SynonymFile.class);

    private record Loaded(FileTime modified, Analyzer analyzer, Optional<String> problem) {
    }

    private final Path file;
    private volatile Loaded loaded;

    public SynonymFile(Path file) {
        this.file = file;
        this.loaded = new Loaded(null, EnglishTextAnalyzer.forQueries(), Optional.empty());
    }

    /** The synonyms file of a content folder (which need not exist). */
    public static SynonymFile inContentFolder(Path contentDir) {
        return new SynonymFile(contentDir.resolve(FILE_NAME));
    }

    /** The query analyzer with the current synonyms (re-reading the file if it changed). */
    public Analyzer queryAnalyzer() {
        FileTime modified = modifiedTime();
        Loaded current = loaded;
        if (java.util.Objects.equals(modified, current.modified())) {
            return current.analyzer();
        }
        return reload(modified).analyzer();
    }

    /** Why the file was last rejected, if it was. */
    public Optional<String> problem() {
        return loaded.problem();
    }

    private synchronized Loaded reload(FileTime modified) {
        Loaded current = loaded;
        if (java.util.Objects.equals(modified, current.modified())) {
            return current;
        }
        if (modified == null) {
            loaded = new Loaded(null, EnglishTextAnalyzer.forQueries(), Optional.empty());
            return loaded;
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            loaded = new Loaded(modified, queryAnalyzer(reader), Optional.empty());
        } catch (IOException | ParseException | IllegalArgumentException e) {
            String problem = file + ": " + describe(e);
            LOG.warn("Synonyms not reloaded, keeping the previous ones: {}", problem);
            loaded = new Loaded(modified, current.analyzer(), Optional.of(problem));
        }
        return loaded;
    }

    /** The query analyzer with the synonyms of {@code rules}, written in the Solr format. */
    static Analyzer queryAnalyzer(Reader rules) throws IOException, ParseException {
        SolrSynonymParser parser = new SolrSynonymParser(true, true, EnglishTextAnalyzer.plainWords());
        parser.parse(rules);
        return EnglishTextAnalyzer.forQueries(parser.build());
    }

    private static String describe(Exception e) {
        if (e instanceof ParseException parse) {
            String cause = parse.getCause() == null ? "" : ": " + parse.getCause().getMessage();
            return parse.getMessage() + cause;
        }
        return e.getMessage();
    }

    private FileTime modifiedTime() {
        try {
            return Files.getLastModifiedTime(file);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            return loaded.modified();
        }
    }
}
