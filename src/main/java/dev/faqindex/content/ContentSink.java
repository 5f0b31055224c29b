package dev.faqindex.content;

import java.io.IOException;

/** Receives content files one at a time from {@link ContentLoader#read}, in a stable order. */
@FunctionalInterface
public interface ContentSink {

    void accept(ContentFile file) throws IOException;
}
