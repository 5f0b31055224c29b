package dev.faqindex.semantic;

import java.util.List;

/** Turns text into unit-length vectors whose dot product measures closeness of meaning. Implementations are thread-safe. */
public interface TextEmbedder {

    /** Length of every vector returned. */
    int dimension();

    /** Short name of the model; part of each stored embedding's hash, so a model change re-embeds everything. */
    String modelName();

    /** The vector of one text (unit length). */
    float[] embed(String text);

    /** The vectors of several texts, in the same order, computed on the calling thread. */
    List<float[]> embedAll(List<String> texts);
}
