package dev.faqindex.index;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;

/**
 * Prepares what searches keep per index reader (facet ordinals, the title suggester) for a new reader before the
 * searchers switch to it, so the first searches after a reindex do not pay for it. See
 * {@link LiveIndex#addWarmer(ReaderWarmer)}.
 */
@FunctionalInterface
public interface ReaderWarmer {

    /** Builds what is kept for {@code reader}; a failure only means the first search builds it instead. */
    void warm(IndexReader reader) throws IOException;
}
