package org.innomatch.matching.recommendations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.apache.lucene.search.Query;
import org.innomatch.matching.index.Candidate;
import org.innomatch.matching.index.CandidateIndex;
import org.innomatch.matching.index.ScoredCandidate;
import org.innomatch.matching.index.TargetType;
import org.innomatch.matching.index.TextAnalyzers;
import org.innomatch.matching.index.TextLanguage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Retrieval for indexes too large to score every candidate: BM25 finds those sharing words, the sentence vectors'
 * nearest neighbours find a partner writing in another language with no word, keyword or sector in common.
 */
class HybridRetrievalTest {

    private static final int DEPTH = 5;
    private static CandidateIndex index;
    private static RetrievalQuery retrieval;

    static final Candidate COUNSELLOR = profile("DIPLOMAT", "CA", List.of("ENERGY"),
            "Introductions to Canadian clean-energy companies and co-funding from our bilateral innovation programme.",
            "Utilities and industrial parks to host pilots of grid-scale battery storage and smart-grid technologies.");
    static final Candidate CHINESE_UTILITY = profile("ENTERPRISE", "CN", List.of("UTILITIES"),
            "我们是省级电网公司，可提供变电站和工业园区作为储能与智能电网新技术的示范场地。",
            "引进国外先进的电网储能技术，开展联合研发。");

    private static final String[] TOPICS = {
        "organic dairy products and cheese making", "textile dyeing machines for cotton fabrics",
        "mobile games for children",
        "legal translation services for contracts", "ceramic tiles for bathrooms", "tourism packages for ski resorts",
        "coffee roasting equipment", "bicycle frames made of bamboo", "wedding photography studios",
        "furniture design for small apartments", "pet food with insect protein", "language courses for expatriates",
    };

    @BeforeAll
    static void index() {
        index = new CandidateIndex(new TextAnalyzers(), 60_000);
        index.upsert(COUNSELLOR);
        index.upsert(CHINESE_UTILITY);
        for (String topic : TOPICS) {
            // Each filler shares words with the counsellor's texts ("pilots", "companies", "programme", "innovation").
            index.upsert(profile("ENTERPRISE", "DE", List.of("ENERGY"),
                    "Our companies offer " + topic + " and innovation pilots.",
                    "Partners for pilots of " + topic + " in our programme."));
        }
        index.refresh();
        retrieval = new RetrievalQuery(index.analyzers(), RetrievalQuery.Frequencies.of(index));
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @Test
    void theNearestNeighboursFindAPartnerThatSharesNoWord() {
        List<Query> queries = retrieval.hybrid(COUNSELLOR, index.meaning(COUNSELLOR), TargetType.PROFILE,
                RecommendationFilters.NONE, Set.of(COUNSELLOR.key()), null, null, DEPTH);

        assertEquals(3, queries.size(), "BM25, needs against offers, offers against needs");
        List<Candidate> byWords = candidates(index.search(queries.get(0), DEPTH));
        List<Candidate> hybrid = candidates(index.searchEach(queries, DEPTH));
        assertEquals(DEPTH, byWords.size());
        assertFalse(byWords.contains(CHINESE_UTILITY), "BM25 alone cannot find it: " + byWords);
        assertTrue(hybrid.contains(CHINESE_UTILITY), "kNN finds it: " + hybrid);
        assertTrue(hybrid.containsAll(byWords), "the union keeps every BM25 hit");
        assertFalse(hybrid.contains(COUNSELLOR), "the requester is excluded from the neighbours too");
    }

    @Test
    void theNeighboursObeyTheFilters() {
        List<Query> queries = retrieval.hybrid(COUNSELLOR, index.meaning(COUNSELLOR), TargetType.PROFILE,
                new RecommendationFilters(null, "DE", null), Set.of(COUNSELLOR.key()), null, null, DEPTH);

        List<Candidate> hybrid = candidates(index.searchEach(queries, DEPTH));
        assertFalse(hybrid.isEmpty());
        assertTrue(hybrid.stream().allMatch(c -> "DE".equals(c.country())), "only German candidates: " + hybrid);
    }

    private static List<Candidate> candidates(List<ScoredCandidate> hits) {
        List<Candidate> out = new ArrayList<>();
        hits.forEach(h -> out.add(h.candidate()));
        return out;
    }

    private static Candidate profile(String kind, String country, List<String> sectors, String offers, String needs) {
        UUID id = UUID.randomUUID();
        List<String> languages = List.of("en");
        return new Candidate(TargetType.PROFILE, id, id, kind + " " + country, kind, country, sectors,
                List.of("PILOT_CUSTOMER"), languages, Set.of(), null, offers, TextLanguage.detect(offers, languages),
                needs,
                TextLanguage.detect(needs, languages), false, 1);
    }
}
