package dev.faqindex.semantic;

/**
 * Keeps DJL, the library the embedding model's tokenizer runs on, off the network. Left to itself, every JVM that
 * loads a tokenizer asks the cloud metadata service (169.254.169.254) who it runs on and, on a cloud machine, sends
 * DJL's usage telemetry; its offline mode also stops it from downloading anything (the model and the tokenizer's
 * native library ship in the jar). Both switches are read from system properties when a tokenizer loads.
 */
public final class DjlOfflineMode {

    private DjlOfflineMode() {
    }

    /** Turns DJL's offline mode on and its usage tracking off for this JVM; call it before any DJL class loads. */
    public static void enable() {
        System.setProperty("ai.djl.offline", "true");
        System.setProperty("OPT_OUT_TRACKING", "true");
    }
}
