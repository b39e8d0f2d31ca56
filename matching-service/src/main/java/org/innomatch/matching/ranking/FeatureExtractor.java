package org.innomatch.matching.ranking;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.innomatch.matching.index.Candidate;
import org.innomatch.matching.index.TargetType;
import org.innomatch.matching.semantic.CandidateMeaning;
import org.innomatch.matching.semantic.TermWeights;
import org.innomatch.matching.semantic.TextMeaning;
import org.innomatch.matching.semantic.Vectors;

/** Computes the {@link PairFeatures} of a (requester, target) pair from their data and meanings. Pure. */
public final class FeatureExtractor {

    private static final String DIPLOMAT = "DIPLOMAT";
    private static final String INVESTOR = "INVESTOR";

    private final TermWeights termWeights;
    private final CountryNames countries;

    public FeatureExtractor(TermWeights termWeights, CountryNames countries) {
        this.termWeights = termWeights;
        this.countries = countries;
    }

    public PairFeatures features(Candidate requester, CandidateMeaning mine, Candidate target, CandidateMeaning theirs) {
        double[] v = new double[Feature.values().length];
        v[Feature.NEEDS_MET.ordinal()] = cosine(mine.needs(), theirs.offers());
        v[Feature.OFFERS_WANTED.ordinal()] = cosine(mine.offers(), theirs.needs());
        if (target.type() == TargetType.PROFILE && requester.type() == TargetType.PROFILE) {
            v[Feature.SAME_NEED.ordinal()] = cosine(mine.needs(), theirs.needs());
            v[Feature.SAME_OFFER.ordinal()] = cosine(mine.offers(), theirs.offers());
        }
        v[Feature.NEED_WORDS_MET.ordinal()] = coverage(mine.needs().terms(), theirs.offers().terms());
        v[Feature.OFFER_WORDS_WANTED.ordinal()] = coverage(theirs.needs().terms(), mine.offers().terms());
        v[Feature.SHARED_COOPERATION.ordinal()] = sharesAny(requester.cooperationTypes(), target.cooperationTypes()) ? 1 : 0;
        v[Feature.SAME_COUNTRY.ordinal()] = requester.country() != null && target.country() != null
                && requester.country().equalsIgnoreCase(target.country()) ? 1 : 0;
        v[Feature.SECTOR_OVERLAP.ordinal()] = jaccard(families(requester.sectors()), families(target.sectors()));
        v[Feature.KEYWORD_OVERLAP.ordinal()] = keywordOverlap(requester.keywords(), target.keywords());
        v[Feature.TARGET_DIPLOMAT.ordinal()] = DIPLOMAT.equals(target.kind()) ? 1 : 0;
        v[Feature.BOTH_DIPLOMATS.ordinal()] = DIPLOMAT.equals(target.kind()) && DIPLOMAT.equals(requester.kind()) ? 1 : 0;
        v[Feature.TRL_FIT.ordinal()] = trlFit(requester, target);
        v[Feature.NEEDS_MET_COOPERATING.ordinal()] = v[Feature.NEEDS_MET.ordinal()] * v[Feature.SHARED_COOPERATION.ordinal()];
        v[Feature.NEED_NAMES_THEIR_COUNTRY.ordinal()] = countries.named(mine.needs().terms(), target.country()) ? 1 : 0;
        return new PairFeatures(v);
    }

    static double cosine(TextMeaning a, TextMeaning b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        return Vectors.dot(a.vector(), b.vector());
    }

    /** IDF mass of {@code wanted}'s terms found in {@code found}, over the IDF mass of {@code wanted}. */
    double coverage(String[] wanted, String[] found) {
        if (wanted.length == 0 || found.length == 0) {
            return 0;
        }
        double total = 0;
        double met = 0;
        int j = 0;
        for (String term : wanted) {
            double w = termWeights.idf(term);
            total += w;
            while (j < found.length && found[j].compareTo(term) < 0) {
                j++;
            }
            if (j < found.length && found[j].equals(term)) {
                met += w;
            }
        }
        return total == 0 ? 0 : met / total;
    }

    /**
     * An investor's stated TRL range against the other side's TRL (a project's field, else a level its text
     * states). Either side may be the investor.
     */
    static double trlFit(Candidate requester, Candidate target) {
        Candidate investor = INVESTOR.equals(requester.kind()) ? requester : INVESTOR.equals(target.kind()) ? target : null;
        if (investor == null) {
            return 0;
        }
        Candidate other = investor == requester ? target : requester;
        Optional<TrlRange> range = TrlRange.in(investor.offers(), investor.needs());
        Optional<Integer> level = other.trl() != null ? Optional.of(other.trl())
                : TrlRange.in(other.offers(), other.needs()).filter(TrlRange::isSingle).map(TrlRange::low);
        if (range.isEmpty() || level.isEmpty() || range.get().isSingle()) {
            return 0;
        }
        return range.get().contains(level.get()) ? 1 : -1;
    }

    private static boolean sharesAny(Collection<String> a, Collection<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> families(Collection<String> sectors) {
        Set<String> out = new HashSet<>();
        for (String s : sectors) {
            int dot = s.indexOf('.');
            out.add((dot < 0 ? s : s.substring(0, dot)).toUpperCase(Locale.ROOT));
        }
        return out;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        int shared = a.size() + b.size() - union.size();
        return (double) shared / union.size();
    }

    private static double keywordOverlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String k : a) {
            if (b.contains(k)) {
                shared++;
            }
        }
        return (double) shared / Math.min(a.size(), b.size());
    }
}
