package dev.faqindex.content.source;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A SHA-256 over the relative paths and bytes of content files and the settings that shape their chunks: equal
 * fingerprints mean an index built from one folder is current for the other. Not thread-safe; one per read.
 */
public final class Fingerprint {

    private final MessageDigest digest;

    public Fingerprint() {
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    /** Adds a file: path and content, each preceded by its length so that no two different file sets hash alike. */
    public void addFile(String relativeName, byte[] bytes) {
        byte[] name = relativeName.getBytes(StandardCharsets.UTF_8);
        digest.update(lengthPrefix(name.length));
        digest.update(name);
        digest.update(lengthPrefix(bytes.length));
        digest.update(bytes);
    }

    /** The hex digest, after adding a setting that shapes the chunks; the fingerprint cannot be used further. */
    public String finish(String setting) {
        digest.update(setting.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest());
    }

    private static byte[] lengthPrefix(long length) {
        return Long.toString(length).concat(":").getBytes(StandardCharsets.UTF_8);
    }
}
