package dev.faqindex.index;

import dev.faqindex.content.Chunk;
import dev.faqindex.content.ChunkType;
import dev.faqindex.content.Visibility;
import dev.faqindex.content.block.BlockJson;
import dev.faqindex.content.parse.Slugs;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;

/** Converts chunks to Lucene documents and back; the two directions live together so they cannot drift apart. */
public final class ChunkDocuments {

    private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

    private ChunkDocuments() {
    }

    /** The analyzer documents are written with: English analysis, and plain words for the spelling field. */
    public static Analyzer writingAnalyzer() {
        return new PerFieldAnalyzerWrapper(EnglishTextAnalyzer.forIndexing(),
                Map.of(ChunkFields.SPELL, EnglishTextAnalyzer.plainWords(),
                        ChunkFields.SPELL_INTERNAL, EnglishTextAnalyzer.plainWords()));
    }

    /** The document that indexes and stores one chunk, with the content file it came from ({@code path}). */
    public static Document toDocument(Chunk chunk) {
        return toDocument(chunk, chunk.path());
    }

    /** The document that indexes and stores one chunk read from the content file {@code source}. */
    public static Document toDocument(Chunk chunk, String source) {
        Document doc = new Document();
        doc.add(new StringField(ChunkFields.SOURCE, source, Field.Store.YES));
        for (String alias : chunk.aliases()) {
            doc.add(new StoredField(ChunkFields.ALIASES, alias));
            doc.add(new StringField(ChunkFields.ALIAS_SLUGS, Slugs.fromUrl(alias), Field.Store.NO));
        }
        doc.add(new StringField(ChunkFields.ID, chunk.id(), Field.Store.YES));
        doc.add(new StringField(ChunkFields.TYPE, chunk.type().label(), Field.Store.YES));
        doc.add(new SortedDocValuesField(ChunkFields.TYPE, new BytesRef(chunk.type().label())));
        doc.add(new StringField(ChunkFields.ARTICLE, chunk.articleSlug(), Field.Store.YES));
        doc.add(new SortedDocValuesField(ChunkFields.ARTICLE, new BytesRef(chunk.articleSlug())));
        doc.add(new StoredField(ChunkFields.ARTICLE_TITLE, chunk.articleTitle()));
        doc.add(new Field(ChunkFields.TITLE, chunk.title(), TEXT_WITH_OFFSETS));
        List<String> crumbs = chunk.breadcrumb();
        for (int i = 0; i < crumbs.size(); i++) {
            doc.add(new StoredField(ChunkFields.BREADCRUMB, crumbs.get(i)));
            // The chunk's own title (the last crumb) is already scored through TITLE.
            if (i < crumbs.size() - 1) {
                doc.add(new TextField(ChunkFields.PARENTS, crumbs.get(i), Field.Store.NO));
            }
        }
        doc.add(new Field(ChunkFields.BODY, chunk.body(), TEXT_WITH_OFFSETS));
        doc.add(new TextField(chunk.internal() ? ChunkFields.SPELL_INTERNAL : ChunkFields.SPELL,
                chunk.title() + "\n" + chunk.body(), Field.Store.NO));
        doc.add(new StringField(ChunkFields.VISIBILITY, chunk.visibility().label(), Field.Store.YES));
        if (chunk.reviewed() != null) {
            doc.add(new StoredField(ChunkFields.REVIEWED, chunk.reviewed().toString()));
        }
        for (String tag : chunk.tags()) {
            doc.add(new StringField(ChunkFields.TAGS, tag, Field.Store.YES));
            doc.add(new SortedSetDocValuesField(ChunkFields.TAGS, new BytesRef(tag)));
        }
        doc.add(new StoredField(ChunkFields.URL, chunk.url()));
        if (!chunk.canonicalUrl().isEmpty()) {
            doc.add(new StoredField(ChunkFields.CANONICAL_URL, chunk.canonicalUrl()));
        }
        doc.add(new StoredField(ChunkFields.ANCHOR, chunk.anchor()));
        doc.add(new StringField(ChunkFields.SECTION, sectionKey(chunk.articleSlug(), chunk.anchor()), Field.Store.NO));
        doc.add(new StoredField(ChunkFields.POSITION, chunk.position()));
        if (!chunk.blocks().isEmpty()) {
            doc.add(new StoredField(ChunkFields.BLOCKS, BlockJson.write(chunk.blocks())));
        }
        doc.add(new NumericDocValuesField(ChunkFields.POSITION, chunk.position()));
        return doc;
    }

    /** The value of {@link ChunkFields#SECTION} for a chunk of this article at this anchor. */
    public static String sectionKey(String articleSlug, String anchor) {
        return articleSlug + "#" + anchor;
    }

    /** Rebuilds the chunk from a document's stored fields, without its blocks (all a search hit needs). */
    public static Chunk fromDocument(Document doc) {
        return fromDocument(doc, false);
    }

    /** Rebuilds the whole chunk, blocks included (for its article page or to index it again). */
    public static Chunk withBlocks(Document doc) {
        return fromDocument(doc, true);
    }

    private static Chunk fromDocument(Document doc, boolean withBlocks) {
        List<String> crumbs = values(doc, ChunkFields.BREADCRUMB);
        List<String> tags = values(doc, ChunkFields.TAGS);
        IndexableField position = doc.getField(ChunkFields.POSITION);
        String blocks = withBlocks ? doc.get(ChunkFields.BLOCKS) : null;
        return new Chunk(
                doc.get(ChunkFields.ID),
                ChunkType.fromLabel(doc.get(ChunkFields.TYPE)),
                doc.get(ChunkFields.ARTICLE),
                doc.get(ChunkFields.ARTICLE_TITLE),
                doc.get(ChunkFields.TITLE),
                crumbs,
                doc.get(ChunkFields.ANCHOR),
                doc.get(ChunkFields.URL),
                doc.get(ChunkFields.BODY),
                tags,
                position == null ? 0 : position.numericValue().intValue(),
                blocks == null ? List.of() : BlockJson.read(blocks),
                doc.get(ChunkFields.SOURCE) == null ? "" : doc.get(ChunkFields.SOURCE),
                values(doc, ChunkFields.ALIASES),
                doc.get(ChunkFields.CANONICAL_URL),
                doc.get(ChunkFields.VISIBILITY) == null ? Visibility.PUBLIC
                        : Visibility.fromLabel(doc.get(ChunkFields.VISIBILITY)),
                doc.get(ChunkFields.REVIEWED) == null ? null : LocalDate.parse(doc.get(ChunkFields.REVIEWED)));
    }

    private static List<String> values(Document doc, String field) {
        List<String> values = new ArrayList<>();
        for (IndexableField value : doc.getFields(field)) {
            if (value.stringValue() != null) { // a document not yet indexed also holds the doc-values twin
                values.add(value.stringValue());
            }
        }
        return values;
    }

    private static FieldType textWithOffsets() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
