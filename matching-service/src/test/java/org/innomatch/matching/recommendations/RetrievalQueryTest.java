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

/** Which terms the retrieval query keeps, on given document frequencies. */
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
        String query = new RetrievalQuery(ANALYZERS, frequencies(500, 450), 2).build(me, TargetType.PROFILE,
                RecommendationFilters.NONE, Set.of(), null, null).toString();
        assertTrue(query.contains("offers_en:partner") && query.contains("offers_en:wearabl")
                && query.contains("offers_en:cardiac") && query.contains("offers_en:monitor"), query);
    }

    @Test
    void perDirectionOnlyTheTermsInTheSmallestShareOfTheirFieldAreQueried() {
        Candidate me = requester("wearable cardiac monitoring sensor firmware validation hospital");
        // offers_en has 5,000 documents: "cardiac" is in 5, "sensor" in 8, every other term in 50.
        RetrievalQuery.Frequencies frequencies = new RetrievalQuery.Frequencies() {
            public int documentsWith(String field) {
                return field.equals("offers_en") ? 5_000 : 0;
            }

            public int docFreq(String field, String term) {
                return !field.equals("offers_en") ? 0 : term.equals("cardiac") ? 5 : term.equals("sensor") ? 8 : 50;
            }
        };
        String query = new RetrievalQuery(ANALYZERS, frequencies, 2).build(me, TargetType.PROFILE,
                RecommendationFilters.NONE, Set.of(), null, null).toString();
        assertTrue(query.contains("offers_en:cardiac") && query.contains("offers_en:sensor"), query);
        assertFalse(query.contains("offers_en:wearabl") || query.contains("offers_en:hospit"), query);
        assertFalse(query.contains("offers_de:") || query.contains("offers_zh:"), "fields without documents are not queried: " + query);
    }

    @Test
    void termsNoDocumentHasAreNotQueried() {
        Candidate me = requester("wearable cardiac monitoring");
        RetrievalQuery.Frequencies frequencies = new RetrievalQuery.Frequencies() {
            public int documentsWith(String field) {
                return 100;
            }

            public int docFreq(String field, String term) {
                return field.equals("offers_en") && term.equals("cardiac") ? 3 : 0;
            }
        };
        String query = new RetrievalQuery(ANALYZERS, frequencies).build(me, TargetType.PROFILE,
                RecommendationFilters.NONE, Set.of(), null, null).toString();
        assertTrue(query.contains("offers_en:cardiac"), query);
        assertFalse(query.contains("wearabl") || query.contains("monitor"), query);
    }

    /** Only {@code offers_en} has documents, {@code documents} of them; "partner" is in {@code partnerDocs}, other terms in 10. */
    private static RetrievalQuery.Frequencies frequencies(int documents, int partnerDocs) {
        return new RetrievalQuery.Frequencies() {
            public int documentsWith(String field) {
                return field.equals("offers_en") ? documents : 0;
            }

            public int docFreq(String field, String term) {
                return !field.equals("offers_en") ? 0 : term.equals("partner") ? partnerDocs : 10;
            }
        };
    }

    private static Candidate requester(String needs) {
        UUID id = UUID.randomUUID();
        return new Candidate(TargetType.PROFILE, id, id, "me", "STARTUP", "IL", List.of("HEALTH"), List.of(), List.of("en"),
                Set.of(), null, "Clinical trials.", TextLanguage.EN, needs, TextLanguage.EN, false, 1);
    }
}
