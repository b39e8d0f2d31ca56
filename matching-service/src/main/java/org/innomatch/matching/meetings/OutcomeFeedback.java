package org.innomatch.matching.meetings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.innomatch.matching.index.Candidate;
import org.innomatch.matching.index.TargetType;
import org.innomatch.matching.recommendations.RankingAdjustment;

/**
 * Meeting outcomes fed back into ranking. For a viewer and a candidate (a profile, or a project through its
 * owner) that already met at an event, the ratings both sides gave those meetings are averaged
 * ({@link Outcome#feedback()}: cooperation likely +1, informative +0.5, did not take place 0, no interest −1)
 * and the score is multiplied by {@code 1 + innomatch.meetings.outcome-weight × mean} (default weight 0.15:
 * ×0.85 after "no interest" on both sides, ×1.15 after "cooperation likely", capped at 1), shown as the reason
 * {@code meetingOutcome}. One MongoDB query per recommendation page.
 */
@ApplicationScoped
public class OutcomeFeedback implements RankingAdjustment {

    public static final String FACTOR = "meetingOutcome";

    private final double weight;
    private final MeetingRepository meetings;

    public OutcomeFeedback(@ConfigProperty(name = "innomatch.meetings.outcome-weight", defaultValue = "0.15") double weight,
                           MeetingRepository meetings) {
        this.weight = weight;
        this.meetings = meetings;
    }

    @Override
    public PairAdjuster forRequester(Candidate requester) {
        Map<UUID, Double> mean = meanFeedbackByProfile(requester);
        if (mean.isEmpty()) {
            return target -> Optional.empty();
        }
        return target -> {
            UUID who = target.type() == TargetType.PROFILE ? target.id() : target.ownerProfileId();
            Double feedback = who == null ? null : mean.get(who);
            if (feedback == null || feedback == 0) {
                return Optional.empty();
            }
            return Optional.of(new Adjustment(FACTOR, Math.max(0, 1 + weight * feedback), feedback > 0
                    ? "you met at an event and rated it positively" : "you met at an event and saw no common interest"));
        };
    }

    /** The mean rating of everything {@code requester} (a profile, or a project's owner) has met and rated. */
    private Map<UUID, Double> meanFeedbackByProfile(Candidate requester) {
        UUID viewer = requester.type() == TargetType.PROFILE ? requester.id() : requester.ownerProfileId();
        if (viewer == null || weight == 0) {
            return Map.of();
        }
        String v = viewer.toString();
        Map<String, List<Double>> ratings = new HashMap<>();
        for (Meeting m : meetings.scheduledOf(v)) {
            for (String rating : new String[] {m.requesterOutcome, m.inviteeOutcome}) {
                if (rating != null) {
                    ratings.computeIfAbsent(m.otherThan(v), k -> new ArrayList<>()).add(Outcome.valueOf(rating).feedback());
                }
            }
        }
        Map<UUID, Double> mean = new HashMap<>();
        ratings.forEach((other, values) -> mean.put(UUID.fromString(other),
                values.stream().mapToDouble(Double::doubleValue).average().orElse(0)));
        return mean;
    }
}
