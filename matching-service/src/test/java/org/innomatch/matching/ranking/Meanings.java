package org.innomatch.matching.ranking;

import org.innomatch.matching.semantic.MeaningExtractor;
import org.innomatch.matching.semantic.SentenceEncoder;
import org.innomatch.matching.semantic.ToEnglish;

/** The meaning extractor the evaluation and fitting use: the service's own. */
final class Meanings {

    private Meanings() {
    }

    static MeaningExtractor extractor() {
        return MeaningExtractor.shared();
    }
}
