package dev.faqindex.content;

/** What a chunk holds: a question with its answer, or a section of an article. */
public enum ChunkType {
    FAQ, SECTION;

    /** The lower-case name used in URLs, JSON and the index ({@code faq}, {@code section}). */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Parses {@code faq} or {@code section} (any case); throws {@link IllegalArgumentException} otherwise. */
    public static ChunkType fromLabel(String label) {
        for (ChunkType type : values()) {
            if (type.label().equalsIgnoreCase(label)) {
                return type;
            }
        }
        throw new IllegalArgumentException("type must be one of faq, section; got '" + label + "'");
    }
}
