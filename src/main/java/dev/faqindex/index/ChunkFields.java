package dev.faqindex.index;

/** Names of the index fields that hold a chunk; the one place the schema is spelled out. */
public final class ChunkFields {

    /** Stored and indexed as one term: the chunk id. */
    public static final String ID = "id";
    /** {@code faq} or {@code section}: term, doc values (facets), stored. */
    public static final String TYPE = "type";
    /** The article slug: term, doc values, stored. */
    public static final String ARTICLE = "article";
    /** The article title, stored only. */
    public static final String ARTICLE_TITLE = "article_title";
    /** The section heading or FAQ question: analyzed with offsets, stored. */
    public static final String TITLE = "title";
    /** Every crumb (article title, enclosing headings, own title last), stored only. */
    public static final String BREADCRUMB = "breadcrumb";
    /** The enclosing headings (article title and parents, not the chunk's own title), analyzed, not stored. */
    public static final String PARENTS = "parents";
    /** Section text or FAQ answer: analyzed with offsets (for highlighting), stored. */
    public static final String BODY = "body";
    /** Tags: one term each, doc values, stored. */
    public static final String TAGS = "tags";
    /** Deep link, stored only. */
    public static final String URL = "url";
    /** Fragment id in the article page, stored only. */
    public static final String ANCHOR = "anchor";
    /**
     * The section a chunk is part of, {@code <article slug>#<anchor>}: one term, not stored. The parts of a split
     * section share it ({@link ChunkDocuments#sectionKey}).
     */
    public static final String SECTION = "section";
    /** The body as blocks ({@link dev.faqindex.content.block.BlockJson}), stored only: for the article page. */
    public static final String BLOCKS = "blocks";
    /** Former URLs of the article (front matter {@code aliases}, {@code redirect_from}), stored only. */
    public static final String ALIASES = "aliases";
    /**
     * The article slugs its former URLs stand for ({@code /old/Page/} is {@code old/page}): terms, not stored, to
     * find the page an old link means.
     */
    public static final String ALIAS_SLUGS = "alias_slugs";
    /** The absolute URL the article's page declares as its own ({@code Chunk.canonicalUrl}), stored only. */
    public static final String CANONICAL_URL = "canonical_url";
    /** Reading order within the article: stored and numeric doc values. */
    public static final String POSITION = "position";

    /** The content file the chunk came from, relative to the content folder: term, stored ({@code Chunk.path}). */
    public static final String SOURCE = "source";

    /**
     * Title and body words as written (not stemmed) of public chunks, indexed only: the vocabulary for "did you
     * mean" that every request may draw on.
     */
    public static final String SPELL = "spell";
    /**
     * The same of internal chunks: drawn on only for requests that may see them, so that a word found only in
     * internal notes is never suggested to, or known for, the public.
     */
    public static final String SPELL_INTERNAL = "spell_internal";

    /** {@code public} or {@code internal} ({@link dev.faqindex.content.Visibility}): term, stored. */
    public static final String VISIBILITY = "visibility";
    /** The day the chunk's page was last changed or reviewed ({@code 2026-03-01}), stored only, when it says. */
    public static final String REVIEWED = "reviewed";

    /**
     * The chunk's embedding (unit length, dot product) in an HNSW graph over 8-bit scalar-quantized vectors
     * ({@link ChunkCodec}); absent in a lexical-only index.
     */
    public static final String VECTOR = "vector";
    /**
     * The embedding of the chunk's title alone (the FAQ question, the section heading), unit length, as binary doc
     * values of {@link VectorBytes}: read per candidate by the learned ranking, never searched; absent in a
     * lexical-only index.
     */
    public static final String TITLE_VECTOR = "title_vector";
    /** Hash of the embedded text and model ({@link dev.faqindex.semantic.EmbeddingText}), stored only. */
    public static final String EMBEDDING_HASH = "embedding_hash";

    /** Bumped whenever the document layout or analysis changes, so old indexes are rebuilt. */
    public static final String SCHEMA_VERSION = "9";

    private ChunkFields() {
    }

    /** The schema recorded in a commit: the version, marked when the commit holds embeddings. */
    public static String schemaFor(boolean semantic) {
        return semantic ? SCHEMA_VERSION + "+vectors" : SCHEMA_VERSION;
    }
}
