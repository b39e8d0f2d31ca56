package org.innomatch.matching.index;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.innomatch.matching.semantic.MeaningExtractor;
import org.innomatch.matching.semantic.StoredSentenceVectors;
import org.jboss.logging.Logger;

/** Makes the engine's plain index a CDI singleton, closed on shutdown. */
@ApplicationScoped
public class CandidateIndexProducer {

    private static final Logger LOG = Logger.getLogger(CandidateIndexProducer.class);

    @Produces
    @Singleton
    CandidateIndex candidateIndex(@ConfigProperty(name = "innomatch.matching.index.refresh-millis", defaultValue = "100") long refreshMillis,
                                  StoredSentenceVectors vectors) {
        long start = System.nanoTime();
        int stored = vectors.load();
        LOG.infof("loaded %d stored sentence vectors in %d ms", stored, (System.nanoTime() - start) / 1_000_000);
        MeaningExtractor meanings = MeaningExtractor.shared().remembering(vectors);
        meanings.warmUp();
        return new CandidateIndex(new TextAnalyzers(), refreshMillis, meanings);
    }

    void close(@Disposes CandidateIndex index) {
        index.close();
    }
}
