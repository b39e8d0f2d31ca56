package org.innomatch.matching.recommendations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

import org.innomatch.matching.index.Candidate;
import org.innomatch.matching.index.TargetType;
import org.innomatch.matching.ranking.Feature;
import org.innomatch.matching.ranking.CountryNames;
import org.innomatch.matching.ranking.FeatureExtractor;
import org.innomatch.matching.ranking.PairFeatures;
import org.innomatch.matching.ranking.RankingModel;
import org.innomatch.matching.ranking.RankingModel.ListKind;
import org.innomatch.matching.semantic.TermWeights;
import org.innomatch.matching.semantic.CandidateMeaning;
import org.innomatch.matching.semantic.EnglishTerms;
import org.innomatch.matching.semantic.TextMeaning;

/**
 * Scores a target for a requester with the fitted {@link RankingModel}: the probability that the target is
 * relevant from the requester's side, from role-aware evidence (the target's offers against the requester's needs
 * first, the reverse direction, and the similarity of the two needs or the two offers, which the model counts
 * against). A project's participants are scored from each participant's side with the project model.
 *
 * <p>Reasons: each feature's share {@code w·x} of the linear evidence, scaled so that the contributions add up to
 * the score; evidence against (a competitor, a co-needer, the same country) shows as a negative contribution.
 */
public final class MatchScorer {

    private static final EnglishTerms ENGLISH = new EnglishTerms();
    private static final CountryNames COUNTRIES = new CountryNames(ENGLISH);

    private final RankingModel model;
    private final Function<Candidate, CandidateMeaning> meaningOf;
    private final FeatureExtractor features;

    public MatchScorer(RankingModel model, Function<Candidate, CandidateMeaning> meaningOf, TermWeights termWeights) {
        this.model = model;
        this.meaningOf = meaningOf;
        this.features = new FeatureExtractor(termWeights, COUNTRIES);
    }

    /** A scoring session for one requester: its meaning is looked up once. */
    public Session session(Candidate requester) {
        return new Session(requester, meaningOf.apply(requester));
    }

    public final class Session {

        private final Candidate requester;
        private final CandidateMeaning mine;

        private Session(Candidate requester, CandidateMeaning mine) {
            this.requester = requester;
            this.mine = mine;
        }

        /** The score with reasons. */
        public ScoredPair score(Candidate target) {
            return score(target, true);
        }

        /** The same score without reasons, for ranking many targets; {@link #score} explains the shown ones. */
        public ScoredPair rank(Candidate target) {
            return score(target, false);
        }

        private ScoredPair score(Candidate target, boolean explain) {
            CandidateMeaning theirs = meaningOf.apply(target);
            // A project's participants are judged from the participant's side: is this project for them?
            boolean fromTargetSide = requester.type() == TargetType.PROJECT;
            Candidate viewer = fromTargetSide ? target : requester;
            Candidate viewed = fromTargetSide ? requester : target;
            CandidateMeaning viewerMeaning = fromTargetSide ? theirs : mine;
            CandidateMeaning viewedMeaning = fromTargetSide ? mine : theirs;
            ListKind kind = viewed.type() == TargetType.PROFILE ? ListKind.PARTNERS : ListKind.PROJECTS;
            PairFeatures x = features.features(viewer, viewerMeaning, viewed, viewedMeaning);
            double probability = model.probability(kind, x);
            if (!explain) {
                // Unrounded, so that ranking still orders strong pairs whose shown scores round to the same value.
                return new ScoredPair(target, probability, List.of());
            }
            double score = round(probability);
            return new ScoredPair(target, score, reasons(kind, x, score, viewer, viewerMeaning, viewed, viewedMeaning));
        }
    }

    private List<Reason> reasons(ListKind kind, PairFeatures x, double score, Candidate viewer, CandidateMeaning mine,
                                 Candidate viewed, CandidateMeaning theirs) {
        Map<Factor, Double> evidence = new EnumMap<>(Factor.class);
        for (Feature f : Feature.values()) {
            double c = model.weight(kind, f) * x.get(f);
            if (c != 0) {
                evidence.merge(factorOf(f), c, Double::sum);
            }
        }
        double positive = evidence.values().stream().filter(c -> c > 0).mapToDouble(Double::doubleValue).sum();
        double net = evidence.values().stream().mapToDouble(Double::doubleValue).sum();
        if (positive <= 0) {
            return List.of();
        }
        // When evidence against cancels most of the evidence for, shares of the net would blow up: then the score is
        // split over the evidence for only, and the evidence against is left out.
        boolean withAgainst = net >= positive / 2;
        double denominator = withAgainst ? net : positive;
        List<Reason> reasons = new ArrayList<>();
        for (Map.Entry<Factor, Double> e : evidence.entrySet()) {
            if (e.getValue() < 0 && !withAgainst) {
                continue;
            }
            double contribution = round(score * e.getValue() / denominator);
            if (contribution != 0) {
                reasons.add(new Reason(e.getKey().code(), contribution, detail(e.getKey(), viewer, mine, viewed, theirs)));
            }
        }
        reasons.sort(Comparator.comparingDouble(Reason::contribution).reversed());
        return reasons;
    }

    private static Factor factorOf(Feature f) {
        return switch (f) {
            case NEEDS_MET, NEED_WORDS_MET, NEEDS_MET_COOPERATING -> Factor.COMPLEMENTARITY;
            case OFFERS_WANTED, OFFER_WORDS_WANTED -> Factor.RECIPROCITY;
            case SAME_NEED -> Factor.SAME_NEED;
            case SAME_OFFER -> Factor.SAME_OFFER;
            case SHARED_COOPERATION -> Factor.COOPERATION_TYPE;
            case SAME_COUNTRY, NEED_NAMES_THEIR_COUNTRY -> Factor.CROSS_BORDER;
            case SECTOR_OVERLAP -> Factor.SECTOR;
            case KEYWORD_OVERLAP -> Factor.KEYWORDS;
            case TARGET_DIPLOMAT, BOTH_DIPLOMATS -> Factor.ROLE;
            case TRL_FIT -> Factor.TRL;
        };
    }

    private static String detail(Factor factor, Candidate viewer, CandidateMeaning mine, Candidate viewed, CandidateMeaning theirs) {
        return switch (factor) {
            case COMPLEMENTARITY -> matched("they offer", theirs.offers(), "you need", mine.needs());
            case RECIPROCITY -> matched("you offer", mine.offers(), "they need", theirs.needs());
            case SAME_NEED -> matched("they need", theirs.needs(), "as you need", mine.needs());
            case SAME_OFFER -> matched("they offer", theirs.offers(), "as you offer", mine.offers());
            case COOPERATION_TYPE -> "both list " + shared(viewer.cooperationTypes(), viewed.cooperationTypes());
            case CROSS_BORDER -> COUNTRIES.named(mine.needs().terms(), viewed.country())
                    ? "your needs name " + COUNTRIES.nameOf(viewed.country()) + "; they are in " + viewed.country()
                    : viewer.country() != null && viewer.country().equalsIgnoreCase(viewed.country())
                    ? "same country (" + viewed.country() + ")" : "cross-border: you " + viewer.country() + " — they " + viewed.country();
            case SECTOR -> sectors(viewer, viewed);
            case KEYWORDS -> "shared keywords: " + shared(viewer.keywords(), viewed.keywords());
            case ROLE -> "DIPLOMAT".equals(viewer.kind()) && "DIPLOMAT".equals(viewed.kind())
                    ? "both are S&T counsellors" : "an S&T counsellor: introductions to " + viewed.country() + "'s ecosystem";
            case TRL -> "TRL " + (viewed.trl() != null ? viewed.trl() : viewer.trl() != null ? viewer.trl() : "stated in the text")
                    + " against the stated TRL range";
            default -> "";
        };
    }

    /**
     * The words two texts share in their English renderings, quoted as each side wrote them in English; a side
     * written in another language says so, since its words are a translation.
     */
    static String matched(String leftLabel, TextMeaning left, String rightLabel, TextMeaning right) {
        // Terms in the order the left side wrote them, each quoted as the word it came from on either side.
        Map<String, String> leftWords = ENGLISH.surfaces(left.rendering().english());
        Map<String, String> rightWords = ENGLISH.surfaces(right.rendering().english());
        List<String> shared = new ArrayList<>();
        for (Map.Entry<String, String> t : leftWords.entrySet()) {
            String word = t.getValue();
            // Two-letter stems ("up" of "set up") say nothing; acronyms ("AI", "EU") do.
            boolean telling = t.getKey().length() > 2 || word.equals(word.toUpperCase(Locale.ROOT));
            if (telling && rightWords.containsKey(t.getKey()) && shared.size() < 5) {
                shared.add(t.getKey());
            }
        }
        if (shared.isEmpty()) {
            return String.format(Locale.ROOT, "%s what %s in other words (meaning similarity)", leftLabel, rightLabel);
        }
        return leftLabel + " '" + String.join(" ", shared.stream().map(leftWords::get).toList()) + "'" + translatedFrom(left)
                + " — " + rightLabel + " '" + String.join(" ", shared.stream().map(rightWords::get).toList()) + "'"
                + translatedFrom(right);
    }

    private static String translatedFrom(TextMeaning m) {
        return m.rendering().translated() ? " (translated from " + m.rendering().language() + ")" : "";
    }

    private static String shared(java.util.Collection<String> a, java.util.Collection<String> b) {
        TreeSet<String> common = new TreeSet<>(a);
        common.retainAll(b);
        return common.isEmpty() ? "none" : String.join(", ", common);
    }

    private static String sectors(Candidate viewer, Candidate viewed) {
        String shared = shared(viewer.sectors(), viewed.sectors());
        return !shared.equals("none") ? "shared sector " + shared
                : "related sectors: you " + String.join(", ", viewer.sectors()) + " — they " + String.join(", ", viewed.sectors());
    }

    /** Six decimals: probabilities near 1 still order strong pairs (0.99995 against 0.99999). */
    static double round(double value) {
        return Math.round(value * 1_000_000) / 1_000_000.0;
    }
}
