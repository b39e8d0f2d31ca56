package org.innomatch.matching.recommendations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.innomatch.matching.index.AnalyzedTexts;
import org.innomatch.matching.index.Candidate;
import org.innomatch.matching.index.SectorCodes;
import org.innomatch.matching.index.TargetType;
import org.innomatch.matching.index.TextAnalyzers;
import org.innomatch.matching.index.TextLanguage;

/**
 * Re-ranks a retrieved candidate for a requester. Two directional scores are computed: {@code forward}
 * (how good the target is for the requester: the target offers what the requester needs) and
 * {@code backward} (the requester offers what the target needs); both share the symmetric structured factors.
 * The reciprocal score is their harmonic mean, so a pair that helps only one side ranks below one that
 * helps both. See the module README for the model and the weights.
 *
 * <p>Not thread-safe per instance of {@link Session}; the scorer itself is immutable.
 */
public final class ReciprocalScorer {

    /** Matched-term count at which text complementarity reaches 1 - 1/e (about 0.63). */
    private static final double TERM_SATURATION = 2.0;
    private static final int TERMS_IN_DETAIL = 5;

    /** How fast the recency factor decays by default: a target last changed this long ago scores 0.5. */
    public static final Duration DEFAULT_RECENCY_HALF_LIFE = Duration.ofDays(30);

    private final ScoringWeights weights;
    private final TextAnalyzers analyzers;
    private final Clock clock;
    private final double recencyHalfLifeMillis;
    private final Function<Candidate, AnalyzedTexts> termsOf;

    /** A scorer that analyses targets' texts itself (tests, evaluation). */
    public ReciprocalScorer(ScoringWeights weights, TextAnalyzers analyzers) {
        this(weights, analyzers, Clock.systemUTC(), DEFAULT_RECENCY_HALF_LIFE, null);
    }

    public ReciprocalScorer(ScoringWeights weights, TextAnalyzers analyzers, Clock clock, Duration recencyHalfLife) {
        this(weights, analyzers, clock, recencyHalfLife, null);
    }

    /**
     * @param termsOf the analysed texts of a target, e.g. {@link org.innomatch.matching.index.CandidateIndex#analyzed}
     *                (computed once at indexing); {@code null} to analyse on every call
     */
    public ReciprocalScorer(ScoringWeights weights, TextAnalyzers analyzers, Clock clock, Duration recencyHalfLife,
                            Function<Candidate, AnalyzedTexts> termsOf) {
        if (recencyHalfLife.isZero() || recencyHalfLife.isNegative()) {
            throw new IllegalArgumentException("recency half-life must be positive");
        }
        this.weights = weights;
        this.analyzers = analyzers;
        this.clock = clock;
        this.recencyHalfLifeMillis = recencyHalfLife.toMillis();
        this.termsOf = termsOf != null ? termsOf : c -> new AnalyzedTexts(
                analyzers.terms(c.offers(), c.offersLanguage()).keySet().toArray(String[]::new),
                analyzers.terms(c.needs(), c.needsLanguage()).keySet().toArray(String[]::new));
    }

    public ScoringWeights weights() {
        return weights;
    }

    /** A scoring session for one requester; caches the requester's analysed texts per language. */
    public Session session(Candidate requester) {
        return new Session(requester, clock.instant());
    }

    public final class Session {

        private final Candidate requester;
        private final Instant now;
        private final Map<String, Map<String, String>> termCache = new HashMap<>();
        private final Map<String, Set<String>> termSetCache = new HashMap<>();

        private Session(Candidate requester, Instant now) {
            this.requester = requester;
            this.now = now;
        }

        /** The reciprocal score with reasons that quote the matched words on both sides. */
        public ScoredPair score(Candidate target) {
            return score(target, true);
        }

        /**
         * The same score without reasons: for ranking many targets without re-analysing their texts or writing
         * details nobody reads; {@link #score} explains the ones that are shown.
         */
        public ScoredPair rank(Candidate target) {
            return score(target, false);
        }

        private ScoredPair score(Candidate target, boolean explain) {
            AnalyzedTexts texts = termsOf.apply(target);
            // Both sides of a comparison go through the analyzer of the target's text, as the index did.
            int forwardMatches = countIn(texts.offers(), requesterTermSet("needs", requester.needs(), target.offersLanguage()));
            int backwardMatches = countIn(texts.needs(), requesterTermSet("offers", requester.offers(), target.needsLanguage()));
            FactorValue forward = new FactorValue(Factor.COMPLEMENTARITY, saturate(forwardMatches), explain && forwardMatches > 0
                    ? complementarityDetail(requesterTerms("needs", requester.needs(), target.offersLanguage()),
                            analyzers.terms(target.offers(), target.offersLanguage()), "they offer '%2$s' — you need '%1$s'")
                    : "");
            FactorValue backward = new FactorValue(Factor.COMPLEMENTARITY, saturate(backwardMatches), explain && backwardMatches > 0
                    ? complementarityDetail(analyzers.terms(target.needs(), target.needsLanguage()),
                            requesterTerms("offers", requester.offers(), target.needsLanguage()), "you offer '%2$s' — they need '%1$s'")
                    : "");
            List<FactorValue> shared = sharedFactors(requester, target, now, explain);

            double weightSum = weights.complementarity();
            double sharedWeighted = 0;
            for (FactorValue f : shared) {
                weightSum += weights.of(f.factor());
                sharedWeighted += weights.of(f.factor()) * f.value();
            }
            if (weightSum == 0) {
                return new ScoredPair(target, 0, List.of());
            }
            double forwardScore = (weights.complementarity() * forward.value() + sharedWeighted) / weightSum;
            double backwardScore = (weights.complementarity() * backward.value() + sharedWeighted) / weightSum;
            double mean = (forwardScore + backwardScore) / 2;
            double harmonic = forwardScore + backwardScore == 0 ? 0
                    : 2 * forwardScore * backwardScore / (forwardScore + backwardScore);
            if (!explain) {
                return new ScoredPair(target, round(harmonic), List.of());
            }
            // Contributions are the factors' shares of the arithmetic mean, scaled so they add up to the harmonic mean.
            double scale = mean == 0 ? 0 : harmonic / mean;

            List<Reason> reasons = new ArrayList<>();
            double complementarityShare = weights.complementarity() * (forward.value() + backward.value()) / 2 / weightSum;
            String complementarityDetail = joinDetails(forward.detail(), backward.detail());
            addReason(reasons, Factor.COMPLEMENTARITY, complementarityShare * scale, complementarityDetail);
            for (FactorValue f : shared) {
                addReason(reasons, f.factor(), weights.of(f.factor()) * f.value() / weightSum * scale, f.detail());
            }
            reasons.sort(Comparator.comparingDouble(Reason::contribution).reversed());
            return new ScoredPair(target, round(harmonic), reasons);
        }

        private String complementarityDetail(Map<String, String> needTerms, Map<String, String> offerTerms, String format) {
            List<String> neededSurface = new ArrayList<>();
            Set<String> matched = new LinkedHashSet<>();
            for (Map.Entry<String, String> need : needTerms.entrySet()) {
                if (offerTerms.containsKey(need.getKey())) {
                    matched.add(need.getKey());
                    neededSurface.add(need.getValue());
                }
            }
            List<String> offeredSurface = offerTerms.entrySet().stream()
                    .filter(e -> matched.contains(e.getKey())).map(Map.Entry::getValue).toList();
            return String.format(format, phrase(neededSurface), phrase(offeredSurface));
        }

        private Set<String> requesterTermSet(String field, String text, TextLanguage language) {
            return termSetCache.computeIfAbsent(field + "|" + language,
                    k -> Set.copyOf(requesterTerms(field, text, language).keySet()));
        }

        /** The requester's texts are compared with every target, so their analysis is cached per language. */
        private Map<String, String> requesterTerms(String field, String text, TextLanguage language) {
            return termCache.computeIfAbsent(field + "|" + language,
                    k -> analyzers.terms(text, language));
        }
    }

    /** The factors other than complementarity; their details are written only when {@code explain}. */
    private List<FactorValue> sharedFactors(Candidate requester, Candidate target, Instant now, boolean explain) {
        List<FactorValue> factors = new ArrayList<>(7);
        factors.add(keywords(requester, target, explain));
        factors.add(sector(requester, target, explain));
        if (!requester.cooperationTypes().isEmpty() && !target.cooperationTypes().isEmpty()) {
            factors.add(cooperationType(requester, target, explain));
        }
        trl(requester, target, explain).ifPresent(factors::add);
        if (requester.country() != null && target.country() != null) {
            boolean different = !requester.country().equalsIgnoreCase(target.country());
            factors.add(new FactorValue(Factor.CROSS_BORDER, different ? 1 : 0,
                    different && explain ? "cross-border: you " + requester.country() + " — they " + target.country() : ""));
        }
        if (!requester.languages().isEmpty() && !target.languages().isEmpty()) {
            boolean shared = countShared(requester.languages(), target.languages()) > 0;
            factors.add(new FactorValue(Factor.LANGUAGE, shared ? 1 : 0,
                    shared && explain ? "shared languages: " + sharedSorted(requester.languages(), target.languages()) : ""));
        }
        if (target.updatedAt() != null) {
            factors.add(recency(target.updatedAt(), now, explain));
        }
        return factors;
    }

    /** {@code 2^(-age / half-life)}: 1 for a target changed just now, 0.5 after one half-life; a future time counts as now. */
    FactorValue recency(Instant updatedAt, Instant now) {
        return recency(updatedAt, now, true);
    }

    private FactorValue recency(Instant updatedAt, Instant now, boolean explain) {
        long ageMillis = Math.max(0, now.toEpochMilli() - updatedAt.toEpochMilli());
        double value = Math.pow(2, -ageMillis / recencyHalfLifeMillis);
        if (!explain) {
            return new FactorValue(Factor.RECENCY, value, "");
        }
        long days = Duration.ofMillis(ageMillis).toDays();
        String detail = days == 0 ? "updated today" : days == 1 ? "updated 1 day ago" : "updated " + days + " days ago";
        return new FactorValue(Factor.RECENCY, value, detail);
    }

    private static int countIn(String[] terms, Set<String> wanted) {
        int n = 0;
        for (String t : terms) {
            if (wanted.contains(t)) {
                n++;
            }
        }
        return n;
    }

    private static double saturate(int matchedTerms) {
        return matchedTerms == 0 ? 0 : 1 - Math.exp(-matchedTerms / TERM_SATURATION);
    }

    /** How many distinct values of {@code a} are also in {@code b} (small collections: a few codes or keywords). */
    private static int countShared(Collection<String> a, Collection<String> b) {
        int n = 0;
        for (String x : a) {
            if (b.contains(x)) {
                n++;
            }
        }
        return n;
    }

    /** The values of {@code a} also in {@code b}, sorted and joined: for details only. */
    private static String sharedSorted(Collection<String> a, Collection<String> b) {
        Set<String> common = new TreeSet<>(a);
        common.retainAll(b);
        return String.join(", ", common);
    }

    private static FactorValue keywords(Candidate requester, Candidate target, boolean explain) {
        int shared = countShared(requester.keywords(), target.keywords());
        if (shared == 0) {
            return new FactorValue(Factor.KEYWORDS, 0, "");
        }
        int smaller = Math.min(requester.keywords().size(), target.keywords().size());
        return new FactorValue(Factor.KEYWORDS, Math.min(1.0, (double) shared / smaller),
                explain ? "shared keywords: " + sharedSorted(requester.keywords(), target.keywords()) : "");
    }

    private static FactorValue sector(Candidate requester, Candidate target, boolean explain) {
        double best = 0;
        String mine = null;
        String theirs = null;
        for (String a : requester.sectors()) {
            for (String b : target.sectors()) {
                double s = SectorCodes.similarity(a, b);
                if (s > best) {
                    best = s;
                    mine = a;
                    theirs = b;
                }
            }
        }
        if (best == 0 || !explain) {
            return new FactorValue(Factor.SECTOR, best, "");
        }
        String detail = best == 1.0 ? "shared sector " + mine
                : "related sectors: you " + mine + " — they " + theirs + " (both " + SectorCodes.parentOf(mine) + ")";
        return new FactorValue(Factor.SECTOR, best, detail);
    }

    private static FactorValue cooperationType(Candidate requester, Candidate target, boolean explain) {
        int shared = countShared(requester.cooperationTypes(), target.cooperationTypes());
        int smaller = Math.min(requester.cooperationTypes().size(), target.cooperationTypes().size());
        return new FactorValue(Factor.COOPERATION_TYPE, (double) shared / smaller, shared > 0 && explain
                ? "both seek " + sharedSorted(requester.cooperationTypes(), target.cooperationTypes()) : "");
    }

    private static Optional<FactorValue> trl(Candidate requester, Candidate target, boolean explain) {
        Candidate project;
        Candidate profile;
        if (target.type() == TargetType.PROJECT && requester.type() == TargetType.PROFILE) {
            project = target;
            profile = requester;
        } else if (requester.type() == TargetType.PROJECT && target.type() == TargetType.PROFILE) {
            project = requester;
            profile = target;
        } else {
            return Optional.empty();
        }
        double fit = TrlFit.of(profile.kind(), project.trl());
        if (!explain) {
            return Optional.of(new FactorValue(Factor.TRL, fit, ""));
        }
        // every factor that adds to the score says why, a partial fit included
        String detail = project.trl() == null ? "TRL not stated"
                : "TRL " + project.trl() + (fit >= 0.7 ? " fits a " : " is a partial fit for a ") + profile.kind();
        return Optional.of(new FactorValue(Factor.TRL, fit, detail));
    }

    private static void addReason(List<Reason> reasons, Factor factor, double contribution, String detail) {
        if (contribution > 0) {
            reasons.add(new Reason(factor.code(), round(contribution), detail));
        }
    }

    private static String joinDetails(String forward, String backward) {
        if (forward.isEmpty()) {
            return backward;
        }
        return backward.isEmpty() ? forward : forward + "; " + backward;
    }

    private static String phrase(List<String> surfaces) {
        return String.join(" ", surfaces.subList(0, Math.min(TERMS_IN_DETAIL, surfaces.size())));
    }

    static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
