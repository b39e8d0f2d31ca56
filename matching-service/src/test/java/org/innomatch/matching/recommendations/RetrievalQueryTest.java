package org.innomatch.matching.recommendations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.innomatch.matching.index.Candidate;
import org.innomatch.matching.index.TargetType;
import org.innomatch.matching.index.TextAnalyzers;
import org.innomatch.matching.index.TextLanguage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Near-stop-word pruning of the retrieval query, on given document frequencies. */
class RetrievalQueryTest {

    private static final TextAnalyzers ANALYZERS = new TextAnalyzers();

    @AfterAll
    static void close() {
        ANALYZERS.close();
    }

    @Test
    void onALargeFieldTermsInMoreThanAFifthOfTheDocumentsAreLeftOutOfRetrieval() {
        Candidate me = requester("We need a partner for wearable cardiac monitoring.");
        String query = new RetrievalQuery(ANALYZERS, frequencies(10_000, 9_000)).build(me, TargetType.PROFILE,
                RecommendationFilters.NONE, Set.of(), null, null).toString();
        assertFalse(query.contains("offers_en:partner"), query);
        assertTrue(query.contains("offers_en:wearabl") && query.contains("offers_en:cardiac"), query);
    }

    @Test
    void onASmallFieldEveryTermIsKept() {
        Candidate me = requester("We need a partner for wearable cardiac monitoring.");
        String query = new RetrievalQuery(ANALYZERS, frequencies(500, 450)).build(me, TargetType.PROFILE,
                RecommendationFilters.NONE, Set.of(), null, null).toString();
        assertTrue(query.contains("offers_en:partner") && query.contains("offers_en:wearabl"), query);
    }

    /** Every text field has {@code documents} documents; "partner" is in {@code partnerDocs} of them, other terms in 10. */
    private static RetrievalQuery.Frequencies frequencies(int documents, int partnerDocs) {
        return new RetrievalQuery.Frequencies() {
            public int documentsWith(String field) {
                return documents;
            }

            public int docFreq(String field, String term) {
                return term.equals("partner") ? partnerDocs : 10;
            }
        };
    }

    private static Candidate requester(String needs) {
        UUID id = UUID.randomUUID();
        return new Candidate(TargetType.PROFILE, id, id, "me", "STARTUP", "IL", List.of("HEALTH"), List.of(), List.of("en"),
                Set.of(), null, "Clinical trials.", TextLanguage.EN, needs, TextLanguage.EN, false, 1);
    }
}
