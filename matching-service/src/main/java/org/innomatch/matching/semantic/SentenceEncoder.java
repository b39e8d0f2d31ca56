package org.innomatch.matching.semantic;

import java.util.List;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * Sentence embeddings of English text, in process: all-MiniLM-L6-v2 (quantized ONNX, 384 dimensions) through
 * LangChain4j's ONNX runtime wrapper. Vectors are L2-normalised, so a dot product is the cosine similarity.
 * Thread-safe: the ONNX session serves concurrent calls.
 */
public final class SentenceEncoder {

    public static final int DIMENSIONS = 384;

    private final EmbeddingModel model;
    private final String name;
    private final String prefix;

    public SentenceEncoder() {
        this(new AllMiniLmL6V2QuantizedEmbeddingModel(), "all-MiniLM-L6-v2-q", "");
    }

    /**
     * Another 384-dimension model, named so that vectors kept by {@link SentenceVectors} are not taken for another
     * model's, with the text some models want before every passage (e5: "passage: ").
     */
    public SentenceEncoder(EmbeddingModel model, String name, String prefix) {
        this.model = model;
        this.name = name;
        this.prefix = prefix;
    }

    public String name() {
        return name + (prefix.isEmpty() ? "" : "|" + prefix);
    }

    /**
     * The unit vectors of several non-blank texts, in their order. LangChain4j spreads them over the processors,
     * which is what makes a replay of many texts faster than one call per text.
     */
    public List<float[]> encodeAll(List<String> texts) {
        List<TextSegment> segments = texts.stream().map(t -> TextSegment.from(prefix + t)).toList();
        return model.embedAll(segments).content().stream().map(e -> Vectors.normalised(e.vector())).toList();
    }

    /** The unit vector of {@code text}; a blank text is the zero vector (similar to nothing). */
    public float[] encode(String text) {
        if (text == null || text.isBlank()) {
            return new float[DIMENSIONS];
        }
        float[] vector = model.embed(prefix + text).content().vector();
        return Vectors.normalised(vector);
    }
}
