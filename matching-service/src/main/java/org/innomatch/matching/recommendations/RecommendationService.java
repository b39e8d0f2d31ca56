package org.innomatch.matching.recommendations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.apache.lucene.search.Query;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.innomatch.matching.index.Candidate;
import org.innomatch.matching.index.CandidateIndex;
import org.innomatch.matching.index.ScoredCandidate;
import org.innomatch.matching.index.TargetType;
import org.innomatch.matching.interests.InterestStore;
import org.innomatch.matching.ranking.RankingModel;
import org.innomatch.matching.readmodel.ReadModelConsumer;
import org.innomatch.problems.ProblemException;

/**
 * Candidates, then the fitted ranking model, sliced into pages. While the index holds at most
 * {@code exhaustiveUpTo} candidates of the listed type (an event's participants), every one that passes the
 * filters is scored: nothing relevant is lost because it shares no word with the requester (another language, a
 * paraphrase). Above that, BM25 on the words and kNN on the sentence vectors each pick their top
 * {@code retrievalDepth}, and their union is scored.
 */
@ApplicationScoped
public class RecommendationService {

    private final CandidateIndex index;
    private final InterestStore interests;
    private final ReadModelConsumer readModel;
    private final MatchScorer scorer;
    private final RetrievalQuery retrieval;
    private final int retrievalDepth;
    private final int exhaustiveUpTo;
    private final double minScore;
    private final List<RankingAdjustment> adjustments;
    private final ExposureDamping exposure;

    public RecommendationService(CandidateIndex index, InterestStore interests, ReadModelConsumer readModel,
                                 Instance<RankingAdjustment> adjustments, ExposureDamping exposure,
                                 @ConfigProperty(name = "innomatch.matching.retrieval-depth", defaultValue = "200") int retrievalDepth,
                                 @ConfigProperty(name = "innomatch.matching.retrieval-terms", defaultValue = "20") int retrievalTerms,
                                 @ConfigProperty(name = "innomatch.matching.exhaustive-up-to", defaultValue = "5000") int exhaustiveUpTo,
                                 @ConfigProperty(name = "innomatch.matching.min-score", defaultValue = "0.01") double minScore) {
        this.index = index;
        this.interests = interests;
        this.readModel = readModel;
        this.scorer = new MatchScorer(RankingModel.fitted(), index::meaning, index.englishTermWeights());
        this.retrieval = new RetrievalQuery(index.analyzers(), RetrievalQuery.Frequencies.of(index), retrievalTerms);
        this.retrievalDepth = retrievalDepth;
        this.exhaustiveUpTo = exhaustiveUpTo;
        this.minScore = minScore;
        this.adjustments = adjustments.stream().toList();
        this.exposure = exposure;
    }

    public MatchScorer scorer() {
        return scorer;
    }

    public RecommendationPage partnersFor(UUID profileId, RecommendationFilters filters, int offset, int limit) {
        Candidate requester = requireCandidate(TargetType.PROFILE, profileId, "Profile");
        Set<String> excluded = excludedKeys(requester, profileId, TargetType.PROFILE);
        return page(requester, candidates(requester, TargetType.PROFILE, filters, excluded, null, null), offset, limit);
    }

    public RecommendationPage projectsFor(UUID profileId, RecommendationFilters filters, int offset, int limit) {
        Candidate requester = requireCandidate(TargetType.PROFILE, profileId, "Profile");
        Set<String> excluded = excludedKeys(requester, profileId, TargetType.PROJECT);
        Set<String> ownerIn = filters.kind() == null ? null : ownersOfKind(filters.kind());
        return page(requester, candidates(requester, TargetType.PROJECT, filters, excluded, profileId.toString(), ownerIn),
                offset, limit);
    }

    public RecommendationPage participantsFor(UUID projectId, RecommendationFilters filters, int offset, int limit) {
        Candidate requester = requireCandidate(TargetType.PROJECT, projectId, "Project");
        // The project speaks through its owner: the owner's NOT_INTERESTED decisions apply, and the owner is no participant.
        UUID owner = requester.ownerProfileId();
        Set<String> excluded = owner == null ? new HashSet<>() : excludedKeys(requester, owner, TargetType.PROFILE);
        if (owner != null) {
            excluded.add(Candidate.keyOf(TargetType.PROFILE, owner));
        }
        return page(requester, candidates(requester, TargetType.PROFILE, filters, excluded, null, null), offset, limit);
    }

    /** The reciprocal score of a pair, 0 if either side is not in the index. */
    public double scoreOf(TargetType aType, UUID aId, TargetType bType, UUID bId) {
        return index.get(aType, aId)
                .flatMap(a -> index.get(bType, bId).map(b -> scorer.session(a).score(b).score()))
                .orElse(0.0);
    }

    /**
     * The targets to score for a requester: every one passing the filters while the index holds at most
     * {@code exhaustive-up-to} of the type, else BM25 ∪ kNN, {@code retrieval-depth} of each.
     */
    List<ScoredCandidate> candidates(Candidate requester, TargetType type, RecommendationFilters filters, Set<String> excluded,
                                     String excludedOwner, Set<String> ownerIn) {
        if (index.count(type) <= exhaustiveUpTo) {
            Query every = retrieval.build(requester, type, filters, excluded, excludedOwner, ownerIn, true);
            return index.search(every, Math.max(1, index.count(type)));
        }
        return index.searchEach(retrieval.hybrid(requester, index.meaning(requester), type, filters, excluded, excludedOwner,
                ownerIn, retrievalDepth), retrievalDepth);
    }

    private RecommendationPage page(Candidate requester, List<ScoredCandidate> candidates, int offset, int limit) {
        MatchScorer.Session session = scorer.session(requester);
        List<RankingAdjustment.PairAdjuster> adjusters = adjusters(requester);
        List<ScoredPair> ranked = rank(session, adjusters, candidates);
        // Ranking skips quoting the matched words; only the shown items are explained (same scores, quoted reasons).
        List<ScoredPair> shown = ranked.stream().skip(offset).limit(limit)
                .map(p -> adjust(session.score(p.target()), adjusters)).toList();
        exposure.served(requester, shown.stream().map(p -> p.target().key()).toList());
        String next = offset + limit < ranked.size() ? PageCursor.encode(offset + limit) : null;
        return new RecommendationPage(shown.stream().map(RecommendationService::toItem).toList(), next);
    }

    /** Every retrieved target scored by the factors, then by every {@link RankingAdjustment}, best first. */
    private List<ScoredPair> rank(MatchScorer.Session session, List<RankingAdjustment.PairAdjuster> adjusters,
                                  List<ScoredCandidate> candidates) {
        List<ScoredPair> ranked = new ArrayList<>();
        for (ScoredCandidate hit : candidates) {
            ScoredPair pair = adjust(session.rank(hit.candidate()), adjusters);
            if (pair.score() >= minScore) {
                ranked.add(pair);
            }
        }
        ranked.sort(Comparator.comparingDouble(ScoredPair::score).reversed()
                .thenComparing(p -> p.target().id()));
        return ranked;
    }

    private List<RankingAdjustment.PairAdjuster> adjusters(Candidate requester) {
        return adjustments.stream().map(a -> a.forRequester(requester)).toList();
    }

    private static ScoredPair adjust(ScoredPair pair, List<RankingAdjustment.PairAdjuster> adjusters) {
        ScoredPair adjusted = pair;
        for (RankingAdjustment.PairAdjuster adjuster : adjusters) {
            Optional<RankingAdjustment.Adjustment> adjustment = adjuster.adjust(pair.target());
            if (adjustment.isPresent()) {
                adjusted = adjusted.adjusted(adjustment.get());
            }
        }
        return adjusted;
    }

    private Candidate requireCandidate(TargetType type, UUID id, String resource) {
        if (!readModel.caughtUp()) {
            throw ProblemException.unavailable("The matching index is still being rebuilt; retry shortly");
        }
        return index.get(type, id).orElseThrow(() -> ProblemException.notFound(resource, id));
    }

    private Set<String> excludedKeys(Candidate requester, UUID decidingProfile, TargetType targetType) {
        Set<String> excluded = interests.notInterested(decidingProfile, targetType).stream()
                .map(id -> Candidate.keyOf(targetType, id)).collect(Collectors.toCollection(HashSet::new));
        excluded.add(requester.key());
        return excluded;
    }

    private Set<String> ownersOfKind(String kind) {
        return index.all().stream()
                .filter(c -> c.type() == TargetType.PROFILE && kind.equals(c.kind()))
                .map(c -> c.id().toString())
                .collect(Collectors.toSet());
    }

    private static RecommendationItem toItem(ScoredPair pair) {
        Candidate t = pair.target();
        return t.type() == TargetType.PROFILE
                ? new RecommendationItem(t.id(), null, pair.score(), pair.reasons())
                : new RecommendationItem(null, t.id(), pair.score(), pair.reasons());
    }
}
