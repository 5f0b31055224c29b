package dev.faqindex.content.block;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.UncheckedIOException;
import java.util.List;

/** Writes blocks as compact JSON and reads them back, so that a chunk's blocks can be stored beside its text. */
public final class BlockJson {

    private static final TypeReference<List<Block>> BLOCKS = new TypeReference<>() { };
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectWriter WRITER = MAPPER.writerFor(BLOCKS);
    private static final ObjectReader READER = MAPPER.readerFor(BLOCKS);

    private BlockJson() {
    }

    /** The blocks as a JSON array. */
    public static String write(List<Block> blocks) {
        try {
            return WRITER.writeValueAsString(blocks);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("blocks of records, lists and strings always serialise", e);
        }
    }

    /**
     * The blocks of a JSON array written by {@link #write}.
     *
     * @throws IllegalArgumentException when the text is not such an array
     */
    public static List<Block> read(String json) {
        try {
            return List.copyOf(READER.readValue(json));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a stored block list: " + e.getOriginalMessage(), e);
        }
    }
}
