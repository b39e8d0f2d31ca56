package org.innomatch.matching.recommendations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.innomatch.matching.index.Candidate;
import org.innomatch.matching.index.TargetType;
import org.innomatch.matching.index.TextAnalyzers;
import org.innomatch.matching.index.TextLanguage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The re-ranking model on hand-made candidates, without the index or the service. */
class ReciprocalScorerTest {

    private static final TextAnalyzers ANALYZERS = new TextAnalyzers();
    private static final ReciprocalScorer SCORER = new ReciprocalScorer(ScoringWeights.DEFAULTS, ANALYZERS);

    @AfterAll
    static void close() {
        ANALYZERS.close();
    }

    @Test
    void englishStemmingMatchesInflectedFormsAndQuotesBothSides() {
        Candidate me = profile("IL", List.of("HEALTH.MEDTECH"), "Wearable cardiac monitors.", "A partner for clinical validation.");
        Candidate them = profile("CN", List.of("HEALTH"), "We validate devices clinically in our trials.", "Wearable monitoring.");
        ScoredPair pair = SCORER.session(me).score(them);
        Reason complementarity = reason(pair, "complementarity");
        assertTrue(complementarity.detail().contains("they offer 'validate clinically'") && complementarity.detail().contains("you need 'clinical validation'"),
                complementarity.detail());
        assertEquals("related sectors: you HEALTH.MEDTECH — they HEALTH (both HEALTH)", reason(pair, "sector").detail());
    }

    @Test
    void rankingWithoutReasonsGivesTheScoreTheExplainedPairShows() {
        Instant now = Instant.parse("2026-11-20T08:00:00Z");
        ReciprocalScorer scorer = new ReciprocalScorer(ScoringWeights.DEFAULTS, ANALYZERS, Clock.fixed(now, ZoneOffset.UTC),
                Duration.ofDays(30));
        UUID a = UUID.randomUUID();
        Candidate me = new Candidate(TargetType.PROFILE, a, a, "me", "INVESTOR", "IL", List.of("HEALTH.MEDTECH", "AI", "AI"),
                List.of("INVESTMENT", "JOINT_RD", "INVESTMENT"), List.of("en", "he"), Set.of("wearables", "ecg", "ai"), null,
                "Seed funding for wearable cardiac devices.", TextLanguage.EN, "Clinical validation hospitals.", TextLanguage.EN,
                false, 1, now.minus(Duration.ofDays(3)));
        for (int i = 0; i < 40; i++) {
            UUID b = UUID.randomUUID();
            Candidate target = new Candidate(i % 3 == 0 ? TargetType.PROJECT : TargetType.PROFILE, b, b, "t" + i,
                    List.of("STARTUP", "UNIVERSITY", "ENTERPRISE").get(i % 3), i % 2 == 0 ? "CN" : "IL",
                    i % 4 == 0 ? List.of("HEALTH") : List.of("HEALTH.MEDTECH", "AI.ML"),
                    i % 5 == 0 ? List.of() : List.of("JOINT_RD", "LICENSING").subList(0, 1 + i % 2),
                    i % 2 == 0 ? List.of("zh", "en") : List.of("he"), i % 3 == 0 ? Set.of("ecg") : Set.of("ai", "wearables", "x"),
                    i % 3 == 0 ? 1 + i % 9 : null, "Hospital network for clinical validation of devices " + i + ".", TextLanguage.EN,
                    "Funding for wearable cardiac monitoring.", TextLanguage.EN, false, 1,
                    i % 7 == 0 ? null : now.minus(Duration.ofHours(7L * i)));
            ReciprocalScorer.Session session = scorer.session(me);
            ScoredPair ranked = session.rank(target);
            ScoredPair explained = session.score(target);
            assertEquals(explained.score(), ranked.score(), 0.0, "target " + i);
            assertTrue(ranked.reasons().isEmpty(), "ranking writes no reasons");
            assertEquals(explained.score(), explained.reasons().stream().mapToDouble(Reason::contribution).sum(), 0.001);
        }
    }

    @Test
    void reciprocityPenalisesOneSidedFits() {
        Candidate me = profile("IL", List.of("AI"), "Computer vision software.", "Factory pilot sites.");
        Candidate both = profile("DE", List.of("AI"), "Factory pilot sites.", "Computer vision software.");
        Candidate oneWay = profile("DE", List.of("AI"), "Factory pilot sites.", "Shipping insurance.");
        ReciprocalScorer.Session session = SCORER.session(me);
        assertTrue(session.score(both).score() > session.score(oneWay).score());
    }

    @Test
    void contributionsAddUpToTheScoreInZeroToOne() {
        Candidate me = profile("IL", List.of("HEALTH.MEDTECH"), "Wearable cardiac monitors.", "Clinical trial network.");
        Candidate them = profile("CN", List.of("HEALTH.MEDTECH"), "Clinical trial network.", "Wearable cardiac monitors.");
        ScoredPair pair = SCORER.session(me).score(them);
        double sum = pair.reasons().stream().mapToDouble(Reason::contribution).sum();
        assertTrue(pair.score() > 0.5 && pair.score() <= 1.0, "score " + pair.score());
        assertEquals(pair.score(), sum, 0.001);
    }

    @Test
    void chineseTextsAreSegmentedAndMatchedWordByWord() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        Candidate me = new Candidate(TargetType.PROFILE, a, a, "a", "ENTERPRISE", "CN", List.of("HEALTH.MEDTECH"), List.of(),
                List.of("zh"), Set.of(), null, "医疗器械生产", TextLanguage.ZH, "需要临床验证合作伙伴", TextLanguage.ZH, false, 1);
        Candidate them = new Candidate(TargetType.PROFILE, b, b, "b", "RESEARCH_INSTITUTE", "CN", List.of("HEALTH.MEDTECH"), List.of(),
                List.of("zh"), Set.of(), null, "提供医疗器械的临床验证服务", TextLanguage.ZH, "医疗器械", TextLanguage.ZH, false, 1);
        String detail = reason(SCORER.session(me).score(them), "complementarity").detail();
        assertTrue(detail.contains("临床") && detail.contains("验证"), detail);
    }

    @Test
    void languageDetectionPrefersHanThenDeclaredLanguages() {
        assertEquals(TextLanguage.ZH, TextLanguage.detect("需要临床验证合作伙伴", List.of("en")));
        assertEquals(TextLanguage.DE, TextLanguage.detect("Robotik", List.of("zh", "de", "en")));
        assertEquals(TextLanguage.PL, TextLanguage.detect("Obrazowanie medyczne", List.of("pl")));
        assertEquals(TextLanguage.STANDARD, TextLanguage.detect("Medical imaging", List.of("fr")));
    }

    @Test
    void trlFitFollowsTheDocumentedTable() {
        assertEquals(1.0, TrlFit.of("INVESTOR", 6));
        assertEquals(0.2, TrlFit.of("INVESTOR", 2));
        assertEquals(1.0, TrlFit.of("UNIVERSITY", 3));
        assertEquals(0.5, TrlFit.of("UNIVERSITY", 8));
        assertEquals(0.5, TrlFit.of("STARTUP", null));
    }

    @Test
    void everyReasonThatAddsToTheScoreSaysWhyAPartialTrlFitIncluded() {
        Candidate startup = profile("CA", List.of("HEALTH.MEDTECH"), "Wearable cardiac monitors.", "Clinical trial network.");
        UUID id = UUID.randomUUID();
        Candidate matureProject = new Candidate(TargetType.PROJECT, id, UUID.randomUUID(), "p", null, "CN",
                List.of("HEALTH.MEDTECH"), List.of("JOINT_RESEARCH"), List.of("en"), Set.of(), 9,
                "Clinical trial network.", TextLanguage.EN, "Wearable cardiac monitors.", TextLanguage.EN, false, 1);
        ScoredPair pair = SCORER.session(startup).score(matureProject);
        assertEquals("TRL 9 is a partial fit for a STARTUP", reason(pair, "trl").detail());
        for (Reason reason : pair.reasons()) {
            assertTrue(!reason.detail().isBlank(), "a reason without detail: " + reason);
        }
    }

    @Test
    void recencyHalvesPerHalfLifeAndRanksAFreshTwinAboveAStaleOne() {
        Instant now = Instant.parse("2026-11-23T12:00:00Z");
        ReciprocalScorer scorer = new ReciprocalScorer(ScoringWeights.DEFAULTS, ANALYZERS,
                Clock.fixed(now, ZoneOffset.UTC), Duration.ofDays(30));
        assertEquals(1.0, scorer.recency(now, now).value(), 1e-9);
        assertEquals(0.5, scorer.recency(now.minus(Duration.ofDays(30)), now).value(), 1e-9);
        assertEquals(0.25, scorer.recency(now.minus(Duration.ofDays(60)), now).value(), 1e-9);
        assertEquals(1.0, scorer.recency(now.plusSeconds(60), now).value(), 1e-9, "a clock skew is not a bonus");

        Candidate me = profile("IL", List.of("HEALTH.MEDTECH"), "Wearable cardiac monitors.", "Clinical trial network.");
        Candidate fresh = withUpdatedAt(profile("CN", List.of("HEALTH.MEDTECH"), "Clinical trial network.", "Wearable cardiac monitors."),
                now.minus(Duration.ofDays(2)));
        Candidate stale = withUpdatedAt(fresh, now.minus(Duration.ofDays(400)));
        ReciprocalScorer.Session session = scorer.session(me);
        ScoredPair freshPair = session.score(fresh);
        ScoredPair stalePair = session.score(stale);
        assertTrue(freshPair.score() > stalePair.score(), freshPair.score() + " vs " + stalePair.score());
        assertEquals("updated 2 days ago", reason(freshPair, "recency").detail());
        // Recency weighs 0.05 of the score: it separates equals, it does not overturn a real fit.
        assertTrue(freshPair.score() - stalePair.score() < 0.06, freshPair.score() + " vs " + stalePair.score());
        assertEquals(freshPair.score(), freshPair.reasons().stream().mapToDouble(Reason::contribution).sum(), 0.001);
        assertTrue(session.score(profile("CN", List.of("HEALTH.MEDTECH"), "x", "y")).reasons().stream()
                .noneMatch(r -> r.factor().equals("recency")), "no recency reason when the last change is unknown");
    }

    @Test
    void anAdjustmentIsAReasonSoContributionsStillAddUpToTheScore() {
        Candidate me = profile("IL", List.of("HEALTH.MEDTECH"), "Wearable cardiac monitors.", "Clinical trial network.");
        Candidate them = profile("CN", List.of("HEALTH.MEDTECH"), "Clinical trial network.", "Wearable cardiac monitors.");
        ScoredPair pair = SCORER.session(me).score(them);
        ScoredPair damped = pair.adjusted(new RankingAdjustment.Adjustment("exposure", 0.5, "shown to many"));
        assertEquals(pair.score() / 2, damped.score(), 0.0002);
        Reason exposure = reason(damped, "exposure");
        assertTrue(exposure.contribution() < 0, "a damping is a negative contribution");
        assertEquals(damped.score(), damped.reasons().stream().mapToDouble(Reason::contribution).sum(), 0.002);
        assertEquals(1.0, pair.adjusted(new RankingAdjustment.Adjustment("boost", 10, "")).score(), "capped at 1");
    }

    private static Candidate withUpdatedAt(Candidate c, Instant updatedAt) {
        return new Candidate(c.type(), c.id(), c.ownerProfileId(), c.name(), c.kind(), c.country(), c.sectors(),
                c.cooperationTypes(), c.languages(), c.keywords(), c.trl(), c.offers(), c.offersLanguage(), c.needs(),
                c.needsLanguage(), c.hidden(), c.version(), updatedAt);
    }

    private static Reason reason(ScoredPair pair, String factor) {
        return pair.reasons().stream().filter(r -> r.factor().equals(factor)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + factor + " in " + pair.reasons()));
    }

    private static Candidate profile(String country, List<String> sectors, String offers, String needs) {
        UUID id = UUID.randomUUID();
        return new Candidate(TargetType.PROFILE, id, id, "p", "STARTUP", country, sectors, List.of("JOINT_RESEARCH"),
                List.of("en"), Set.of(), null, offers, TextLanguage.EN, needs, TextLanguage.EN, false, 1);
    }
}
