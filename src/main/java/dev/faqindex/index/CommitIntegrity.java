package dev.faqindex.index;

import java.io.IOException;
import java.util.Optional;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;

/**
 * Reads every file of an index's latest commit whole and checks it against the CRC-32 in its footer: what a replica
 * does before it serves a commit it copied in an earlier run, which a crash or a disk may have damaged since.
 */
final class CommitIntegrity {

    private CommitIntegrity() {
    }

    /** The first file of the latest commit that is missing or damaged, with why; empty when all are whole. */
    static Optional<String> firstDamaged(Directory directory) {
        SegmentInfos infos;
        try {
            infos = SegmentInfos.readLatestCommit(directory);
        } catch (IOException e) {
            return Optional.of("the commit point: " + e.getMessage());
        }
        try {
            for (String name : infos.files(true)) {
                try (IndexInput in = directory.openInput(name, IOContext.READONCE)) {
                    CodecUtil.checksumEntireFile(in);
                } catch (IOException e) {
                    return Optional.of(name + ": " + e.getMessage());
                }
            }
        } catch (IOException e) {
            return Optional.of("the commit's file list: " + e.getMessage());
        }
        return Optional.empty();
    }
}
