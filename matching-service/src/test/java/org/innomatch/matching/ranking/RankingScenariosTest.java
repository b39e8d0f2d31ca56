package org.innomatch.matching.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.innomatch.matching.index.Candidate;
import org.innomatch.matching.index.CandidateIndex;
import org.innomatch.matching.index.TargetType;
import org.innomatch.matching.index.TextAnalyzers;
import org.innomatch.matching.index.TextLanguage;
import org.innomatch.matching.recommendations.MatchScorer;
import org.innomatch.matching.recommendations.Reason;
import org.innomatch.matching.recommendations.ScoredPair;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shapes the engine must get right, with the shipped model, the real sentence encoder and dictionaries, on
 * texts written for this test (not in any fitting set): a partner above a co-needer and a competitor, a counsellor's
 * host-country partners above other counsellors, and a Chinese offer found for an English need with no shared word.
 */
class RankingScenariosTest {

    private static CandidateIndex index;
    private static MatchScorer scorer;

    static final Candidate VALVE_STARTUP = profile("STARTUP", "DE", List.of("HEALTH"), List.of("JOINT_RESEARCH", "INVESTMENT"),
            "A catheter-delivered heart valve repair implant with CE mark, investigational devices and proctoring for cath labs.",
            "Hospitals in China with registered device-trial units and structural heart volume for a registration study.");
    static final Candidate TRIAL_HOSPITALS = profile("ENTERPRISE", "CN", List.of("HEALTH"), List.of("JOINT_RESEARCH"),
            "Our cardiology hospital group runs eight accredited device-trial centres with about 1,500 structural heart procedures a year and leads multicentre registration studies.",
            "Advanced foreign cardiovascular implants for joint clinical studies and physician exchange.");
    static final Candidate CO_NEEDER = profile("STARTUP", "NL", List.of("HEALTH"), List.of("JOINT_RESEARCH", "INVESTMENT"),
            "An implantable pressure sensor for heart failure patients, tested in a first-in-human study.",
            "Hospitals in China with device-trial units for a multicentre registration study of our cardiac implant.");
    static final Candidate COMPETITOR = profile("STARTUP", "FR", List.of("HEALTH"), List.of("JOINT_RESEARCH", "INVESTMENT"),
            "A transcatheter heart valve repair implant with CE mark and cath-lab training for interventional cardiologists.",
            "A distributor for Southern Europe and a Series B lead investor.");

    static final Candidate COUNSELLOR = profile("DIPLOMAT", "CA", List.of("ENERGY", "ENVIRONMENT"), List.of("JOINT_RESEARCH", "PILOT_CUSTOMER"),
            "Introductions to Canadian clean-energy companies and co-funding from our bilateral innovation programme.",
            "Chinese utilities, universities and industrial parks to host pilots of Canadian grid-storage and smart-grid technologies.");
    static final Candidate OTHER_COUNSELLOR = profile("DIPLOMAT", "SE", List.of("ENERGY"), List.of("JOINT_RESEARCH", "PILOT_CUSTOMER"),
            "Introductions to Swedish energy companies and our innovation programme's calls.",
            "Chinese partners, universities and utilities for pilots in our bilateral programme on clean energy.");
    static final Candidate CHINESE_UTILITY = profile("ENTERPRISE", "CN", List.of("ENERGY"), List.of("PILOT_CUSTOMER", "JOINT_RESEARCH"),
            "我们是省级电网公司，可提供变电站和工业园区作为储能与智能电网新技术的示范场地，并配套试点资金。",
            "引进国外先进的电网储能技术，开展联合研发。");

    @BeforeAll
    static void index() {
        index = new CandidateIndex(new TextAnalyzers(), 60_000);
        for (Candidate c : List.of(VALVE_STARTUP, TRIAL_HOSPITALS, CO_NEEDER, COMPETITOR, COUNSELLOR, OTHER_COUNSELLOR, CHINESE_UTILITY)) {
            index.upsert(c);
        }
        scorer = new MatchScorer(RankingModel.fitted(), index::meaning, index.englishTermWeights());
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @Test
    void thePartnerRanksAboveACoNeederAndACompetitor() {
        List<Candidate> ranked = rank(VALVE_STARTUP, List.of(CO_NEEDER, COMPETITOR, TRIAL_HOSPITALS));
        assertEquals(TRIAL_HOSPITALS, ranked.get(0), "ranked: " + names(ranked));
    }

    @Test
    void aCounsellorGetsHostCountryPartnersBeforeOtherCounsellors() {
        List<Candidate> ranked = rank(COUNSELLOR, List.of(OTHER_COUNSELLOR, CHINESE_UTILITY));
        assertEquals(CHINESE_UTILITY, ranked.get(0), "ranked: " + names(ranked));
    }

    @Test
    void aChineseOfferIsFoundForAnEnglishNeedWithNoSharedWord() {
        // The utility's text shares no word with the counsellor's; only the English rendering and the model meet.
        ScoredPair pair = scorer.session(COUNSELLOR).score(CHINESE_UTILITY);
        ScoredPair unrelated = scorer.session(COUNSELLOR).score(CO_NEEDER);
        assertTrue(pair.score() > unrelated.score(), pair + " vs " + unrelated);
        Reason complementarity = pair.reasons().stream().filter(r -> r.factor().equals("complementarity")).findFirst().orElseThrow();
        assertTrue(complementarity.detail().contains("translated from zh"), complementarity.detail());
    }

    @Test
    void reasonsAddUpToTheScoreAndQuoteNoStopWords() {
        ScoredPair pair = scorer.session(VALVE_STARTUP).score(TRIAL_HOSPITALS);
        double sum = pair.reasons().stream().mapToDouble(Reason::contribution).sum();
        assertEquals(pair.score(), sum, 0.001 * pair.reasons().size() + 1e-9, pair.toString());
        for (Reason r : pair.reasons()) {
            for (String stop : List.of("'for ", " and ", "'the ", " with ")) {
                assertTrue(!r.detail().contains(stop), "stop word in " + r.detail());
            }
        }
    }

    @Test
    void rankingAndExplainingGiveTheSameScore() {
        MatchScorer.Session session = scorer.session(VALVE_STARTUP);
        for (Candidate c : List.of(TRIAL_HOSPITALS, CO_NEEDER, COMPETITOR)) {
            assertEquals(session.rank(c).score(), session.score(c).score(), 1e-6);
        }
    }

    private static List<Candidate> rank(Candidate requester, List<Candidate> targets) {
        MatchScorer.Session session = scorer.session(requester);
        return targets.stream().map(session::rank)
                .sorted(Comparator.comparingDouble(ScoredPair::score).reversed())
                .map(ScoredPair::target).toList();
    }

    private static List<String> names(List<Candidate> ranked) {
        return ranked.stream().map(c -> c.kind() + "/" + c.country()).toList();
    }

    private static Candidate profile(String kind, String country, List<String> sectors, List<String> cooperation, String offers, String needs) {
        UUID id = UUID.randomUUID();
        List<String> languages = List.of("en");
        return new Candidate(TargetType.PROFILE, id, id, kind + " " + country, kind, country, sectors, cooperation, languages, Set.of(),
                null, offers, TextLanguage.detect(offers, languages), needs, TextLanguage.detect(needs, languages), false, 1);
    }
}
