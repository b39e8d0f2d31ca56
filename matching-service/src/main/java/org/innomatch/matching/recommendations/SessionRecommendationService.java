package org.innomatch.matching.recommendations;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.innomatch.matching.eventmodel.EventDefinition;
import org.innomatch.matching.eventmodel.EventModelStore;
import org.innomatch.matching.index.Candidate;
import org.innomatch.matching.index.CandidateIndex;
import org.innomatch.matching.index.TargetType;
import org.innomatch.matching.interests.InterestStore;
import org.innomatch.matching.programme.ProgrammeSession;
import org.innomatch.matching.programme.ProgrammeStore;
import org.innomatch.matching.readmodel.ReadModelConsumer;
import org.innomatch.problems.ProblemException;

/**
 * Ranks an event's scheduled sessions for a participant with the same scorer as the partner and project lists: a
 * roadshow pitch scores as the project it presents, any other session as the best of its speakers. The profile's
 * own project and the profile itself as a speaker are not scored (nobody is recommended to themselves), nor is a
 * project or speaker the profile marked NOT_INTERESTED (as the lists exclude them). Sessions with nothing left to
 * score are listed after the scored ones, by start time, without a score.
 */
@ApplicationScoped
public class SessionRecommendationService {

    private final CandidateIndex index;
    private final ReadModelConsumer readModel;
    private final RecommendationService recommendations;
    private final EventModelStore events;
    private final ProgrammeStore programme;
    private final InterestStore interests;

    public SessionRecommendationService(CandidateIndex index, ReadModelConsumer readModel,
                                        RecommendationService recommendations, EventModelStore events,
                                        ProgrammeStore programme, InterestStore interests) {
        this.interests = interests;
        this.index = index;
        this.readModel = readModel;
        this.recommendations = recommendations;
        this.events = events;
        this.programme = programme;
    }

    public SessionRecommendationPage sessionsFor(UUID profileId, UUID eventId, int offset, int limit) {
        if (!readModel.caughtUp()) {
            throw ProblemException.unavailable("The matching index is still being rebuilt; retry shortly");
        }
        Candidate requester = index.get(TargetType.PROFILE, profileId)
                .orElseThrow(() -> ProblemException.notFound("Profile", profileId));
        EventDefinition event = events.event(eventId).orElseThrow(() -> ProblemException.notFound("Event", eventId));
        ZoneId zone = event.zone();
        Set<String> following = programme.followed(eventId, profileId);
        MatchScorer.Session session = recommendations.scorer().session(requester);
        Set<UUID> excluded = new HashSet<>(interests.notInterested(profileId, TargetType.PROJECT));
        excluded.addAll(interests.notInterested(profileId, TargetType.PROFILE));
        excluded.add(profileId);
        List<Ranked> ranked = new ArrayList<>();
        for (ProgrammeSession s : programme.sessions(eventId)) {
            if (s.scheduled()) {
                ranked.add(new Ranked(s, basis(s, requester, excluded, session)));
            }
        }
        ranked.sort(Comparator.comparing((Ranked r) -> r.basis().isEmpty())
                .thenComparing(r -> r.basis().map(b -> -b.score()).orElse(0.0))
                .thenComparing(r -> r.session(), ProgrammeStore.ORDER));
        List<SessionRecommendation> shown = ranked.stream().skip(offset).limit(limit)
                .map(r -> item(r, session, following.contains(r.session().id), zone)).toList();
        String next = offset + limit < ranked.size() ? PageCursor.encode(offset + limit) : null;
        return new SessionRecommendationPage(shown, next);
    }

    /** What the session is scored as for the requester (ranking score, without reasons), if anything indexed. */
    private Optional<ScoredPair> basis(ProgrammeSession s, Candidate requester, Set<UUID> excluded,
                                       MatchScorer.Session session) {
        if (ProgrammeSession.ROADSHOW_PITCH.equals(s.kind)) {
            return parse(s.projectId).filter(id -> !excluded.contains(id))
                    .flatMap(id -> index.get(TargetType.PROJECT, id))
                    .filter(p -> !requester.id().equals(p.ownerProfileId()))
                    .map(session::rank);
        }
        Optional<ScoredPair> best = Optional.empty();
        for (String speaker : s.speakerProfileIds == null ? List.<String>of() : s.speakerProfileIds) {
            Optional<ScoredPair> scored = parse(speaker).filter(id -> !excluded.contains(id))
                    .flatMap(id -> index.get(TargetType.PROFILE, id)).map(session::rank);
            if (scored.isPresent() && (best.isEmpty() || scored.get().score() > best.get().score())) {
                best = scored;
            }
        }
        return best;
    }

    private static SessionRecommendation item(Ranked r, MatchScorer.Session session, boolean following, ZoneId zone) {
        ProgrammeSession s = r.session();
        // Ranking skips quoting the matched words; only the shown items are explained (same scores).
        Optional<ScoredPair> explained = r.basis().map(b -> session.score(b.target()));
        Candidate target = explained.map(ScoredPair::target).orElse(null);
        return new SessionRecommendation(UUID.fromString(s.id), s.kind, s.title, at(s.startsAt, zone),
                at(s.endsAt, zone), s.room, parse(s.projectId).orElse(null),
                s.speakerProfileIds == null ? List.of() : s.speakerProfileIds.stream().map(UUID::fromString).toList(),
                explained.map(ScoredPair::score).orElse(null),
                target != null && target.type() == TargetType.PROJECT ? target.id() : null,
                target != null && target.type() == TargetType.PROFILE ? target.id() : null,
                explained.map(ScoredPair::reasons).orElse(List.of()), following);
    }

    private static OffsetDateTime at(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }

    private static Optional<UUID> parse(String id) {
        if (id == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private record Ranked(ProgrammeSession session, Optional<ScoredPair> basis) {
    }
}
