package org.innomatch.matching.semantic;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * Sentence embeddings of English text, in process: all-MiniLM-L6-v2 (quantized ONNX, 384 dimensions) through
 * LangChain4j's ONNX runtime wrapper. Vectors are L2-normalised, so a dot product is the cosine similarity.
 * Thread-safe: the ONNX session serves concurrent calls.
 */
public final class SentenceEncoder {

    public static final int DIMENSIONS = 384;

    private final AllMiniLmL6V2QuantizedEmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();

    /** The unit vector of {@code text}; a blank text is the zero vector (similar to nothing). */
    public float[] encode(String text) {
        if (text == null || text.isBlank()) {
            return new float[DIMENSIONS];
        }
        float[] vector = model.embed(text).content().vector();
        return Vectors.normalised(vector);
    }
}
