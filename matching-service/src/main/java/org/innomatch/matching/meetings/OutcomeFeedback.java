package org.innomatch.matching.meetings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.innomatch.matching.index.Candidate;
import org.innomatch.matching.index.TargetType;
import org.innomatch.matching.recommendations.Reason;
import org.innomatch.matching.recommendations.ScoredPair;

/**
 * Meeting outcomes fed back into ranking. For a viewer and a candidate (a profile, or a project through its
 * owner) that already met at an event, the ratings both sides gave those meetings are averaged
 * ({@link Outcome#feedback()}: cooperation likely +1, informative +0.5, did not take place 0, no interest −1)
 * and the score moves by {@code innomatch.meetings.outcome-weight} (default 0.15) times that mean, clamped to
 * 0..1, shown as the reason {@code meetingOutcome}. One MongoDB query per recommendation page.
 */
@ApplicationScoped
public class OutcomeFeedback {

    public static final String FACTOR = "meetingOutcome";

    private final double weight;

    public OutcomeFeedback(@ConfigProperty(name = "innomatch.meetings.outcome-weight", defaultValue = "0.15") double weight) {
        this.weight = weight;
    }

    /** The adjustments for everything {@code requester} (a profile, or a project's owner) has met and rated. */
    public Adjustments forViewer(Candidate requester) {
        UUID viewer = requester.type() == TargetType.PROFILE ? requester.id() : requester.ownerProfileId();
        if (viewer == null || weight == 0) {
            return new Adjustments(Map.of(), 0);
        }
        String v = viewer.toString();
        Map<String, List<Double>> ratings = new HashMap<>();
        for (Meeting m : Meeting.<Meeting>list("(requesterProfileId = ?1 or inviteeProfileId = ?1) and status = ?2", v,
                MeetingStatus.SCHEDULED.name())) {
            for (String rating : new String[] {m.requesterOutcome, m.inviteeOutcome}) {
                if (rating != null) {
                    ratings.computeIfAbsent(m.otherThan(v), k -> new ArrayList<>()).add(Outcome.valueOf(rating).feedback());
                }
            }
        }
        Map<UUID, Double> mean = new HashMap<>();
        ratings.forEach((other, values) -> mean.put(UUID.fromString(other),
                values.stream().mapToDouble(Double::doubleValue).average().orElse(0)));
        return new Adjustments(mean, weight);
    }

    public record Adjustments(Map<UUID, Double> meanFeedbackByProfile, double weight) {

        public ScoredPair apply(ScoredPair pair) {
            Candidate t = pair.target();
            UUID who = t.type() == TargetType.PROFILE ? t.id() : t.ownerProfileId();
            Double mean = who == null ? null : meanFeedbackByProfile.get(who);
            if (mean == null || mean == 0) {
                return pair;
            }
            double score = Math.max(0, Math.min(1, pair.score() + weight * mean));
            List<Reason> reasons = new ArrayList<>(pair.reasons());
            reasons.add(new Reason(FACTOR, score - pair.score(), mean > 0
                    ? "you met at an event and rated it positively" : "you met at an event and saw no common interest"));
            return new ScoredPair(t, score, reasons);
        }
    }
}
