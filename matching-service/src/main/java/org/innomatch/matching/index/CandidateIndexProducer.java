package org.innomatch.matching.index;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.innomatch.matching.semantic.MeaningExtractor;

/** Makes the engine's plain index a CDI singleton, closed on shutdown. */
@ApplicationScoped
public class CandidateIndexProducer {

    @Produces
    @Singleton
    CandidateIndex candidateIndex(@ConfigProperty(name = "innomatch.matching.index.refresh-millis", defaultValue = "100") long refreshMillis) {
        MeaningExtractor meanings = MeaningExtractor.shared();
        meanings.warmUp();
        return new CandidateIndex(new TextAnalyzers(), refreshMillis, meanings);
    }

    void close(@Disposes CandidateIndex index) {
        index.close();
    }
}
