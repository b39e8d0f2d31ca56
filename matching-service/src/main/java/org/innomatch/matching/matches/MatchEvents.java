package org.innomatch.matching.matches;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.conversions.Bson;
import org.innomatch.events.EventEnvelope;
import org.innomatch.events.EventType;
import org.innomatch.events.matches.MatchEnded;
import org.innomatch.events.matches.MatchFound;
import org.innomatch.matching.publishing.EventPublisher;
import org.innomatch.matching.publishing.PendingEvents;
import org.innomatch.matching.publishing.RepublishSchedule;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

import io.quarkus.panache.common.Sort;

/**
 * The event of a match's latest change, {@code MatchFound} or {@code MatchEnded}, pending while
 * {@code published=false}; its id is derived from (match id, generation), the same on every re-publish.
 */
@ApplicationScoped
public class MatchEvents implements PendingEvents<MutualMatch> {

    private final RepublishSchedule schedule;

    public MatchEvents(RepublishSchedule schedule) {
        this.schedule = schedule;
    }

    @Override
    public String kind() {
        return "MatchFound/MatchEnded";
    }

    @Override
    public RepublishSchedule schedule() {
        return schedule;
    }

    @Override
    public List<MutualMatch> unpublishedBefore(Instant olderThan) {
        return MutualMatch.<MutualMatch>list("published = ?1", Sort.ascending("foundAt"), false).stream()
                .filter(match -> changedAt(match).isBefore(olderThan)).toList();
    }

    @Override
    public List<EventEnvelope<?>> eventsOf(List<MutualMatch> changes) {
        return changes.stream().<EventEnvelope<?>>map(MatchEvents::eventOf).toList();
    }

    /** Flags the change as published unless the match changed since (another generation, or it ended). */
    @Override
    public void markPublished(MutualMatch match) {
        MutualMatch.mongoCollection().updateOne(Filters.and(Filters.eq("_id", match.id),
                generationIs(match.generation), Filters.eq("endedAt", match.endedAt)),
                Updates.set("published", true));
        match.published = true;
    }

    private static Instant changedAt(MutualMatch match) {
        return match.endedAt != null ? match.endedAt : match.foundAt;
    }

    private static EventEnvelope<?> eventOf(MutualMatch match) {
        int generation = match.effectiveGeneration();
        UUID matchId = UUID.fromString(match.matchId);
        if (match.endedAt == null) {
            return new EventEnvelope<>(MatchPair.foundEventIdOf(matchId, generation), EventType.MATCH_FOUND,
                    EventPublisher.SOURCE, match.foundAt, matchId.toString(), toEvent(match));
        }
        return new EventEnvelope<>(MatchPair.endedEventIdOf(matchId, generation), EventType.MATCH_ENDED,
                EventPublisher.SOURCE, match.endedAt, matchId.toString(), toEndedEvent(match));
    }

    /** Documents from before generations lack the field (read as 0): they match 0 too. */
    static Bson generationIs(int generation) {
        return generation == 0
                ? Filters.or(Filters.eq("generation", 0), Filters.exists("generation", false))
                : Filters.eq("generation", generation);
    }

    static MatchEnded toEndedEvent(MutualMatch m) {
        MatchFound found = toEvent(m);
        return new MatchEnded(found.matchId(), found.a(), found.b(),
                MatchPair.foundEventIdOf(found.matchId(), m.effectiveGeneration()), m.endedAt);
    }

    static MatchFound toEvent(MutualMatch m) {
        return new MatchFound(UUID.fromString(m.matchId), party(m.firstType, m.firstId, m.firstProfileId),
                party(m.secondType, m.secondId, m.secondProfileId), m.score, m.foundAt);
    }

    private static MatchFound.MatchParty party(String type, String id, String profileId) {
        return new MatchFound.MatchParty(type, UUID.fromString(id),
                profileId == null ? null : UUID.fromString(profileId));
    }
}
