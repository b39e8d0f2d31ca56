package org.innomatch.matching.ranking;

import dev.langchain4j.model.embedding.EmbeddingModel;
import org.innomatch.matching.semantic.MeaningExtractor;
import org.innomatch.matching.semantic.SentenceEncoder;
import org.innomatch.matching.semantic.Translation;

/**
 * The meaning extractor the evaluation and fitting use: the service's own, or, to compare models, one whose encoder
 * is the LangChain4j model class named by {@code -Dencoder=} (its jar on the class path) with the passage prefix
 * {@code -Dencoder.prefix=}.
 */
final class Meanings {

    private Meanings() {
    }

    static MeaningExtractor extractor() {
        String encoder = System.getProperty("encoder");
        if (encoder == null) {
            return MeaningExtractor.shared();
        }
        try {
            EmbeddingModel model = (EmbeddingModel) Class.forName(encoder).getConstructor().newInstance();
            return new MeaningExtractor(Translation.toEnglish(),
                    new SentenceEncoder(model, encoder, System.getProperty("encoder.prefix", "")));
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("no encoder " + encoder, e);
        }
    }
}
