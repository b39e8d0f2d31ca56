package org.innomatch.matching.recommendations;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.innomatch.events.EventEnvelope;
import org.innomatch.events.EventType;
import org.innomatch.events.matches.RecommendationAvailable;
import org.innomatch.matching.publishing.EventPublisher;
import org.innomatch.matching.publishing.PendingEvents;
import org.innomatch.matching.publishing.RepublishSchedule;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

import io.quarkus.panache.common.Sort;

/** The {@code RecommendationAvailable} of a notice, pending while the notice is {@code QUEUED}. */
@ApplicationScoped
public class NoticeEvents implements PendingEvents<RecommendationNotice> {

    private final RepublishSchedule schedule;

    public NoticeEvents(RepublishSchedule schedule) {
        this.schedule = schedule;
    }

    @Override
    public String kind() {
        return "RecommendationAvailable";
    }

    @Override
    public RepublishSchedule schedule() {
        return schedule;
    }

    @Override
    public List<RecommendationNotice> unpublishedBefore(Instant olderThan) {
        return RecommendationNotice.<RecommendationNotice>list("status = ?1", Sort.ascending("createdAt"),
                RecommendationNotice.QUEUED).stream().filter(notice -> notice.createdAt.isBefore(olderThan)).toList();
    }

    @Override
    public List<EventEnvelope<?>> eventsOf(List<RecommendationNotice> notices) {
        return notices.stream().<EventEnvelope<?>>map(NoticeEvents::eventOf).toList();
    }

    @Override
    public void markPublished(RecommendationNotice notice) {
        RecommendationNotice.mongoCollection().updateOne(Filters.eq("_id", notice.id),
                Updates.set("status", RecommendationNotice.PUBLISHED));
        notice.status = RecommendationNotice.PUBLISHED;
    }

    private static EventEnvelope<RecommendationAvailable> eventOf(RecommendationNotice notice) {
        // Name-based on the notice id, so a re-publish carries the same ce_id and consumers drop the duplicate.
        UUID eventId = UUID.nameUUIDFromBytes(("recommendation-available|" + notice.id)
                .getBytes(StandardCharsets.UTF_8));
        return new EventEnvelope<>(eventId, EventType.RECOMMENDATION_AVAILABLE, EventPublisher.SOURCE,
                notice.createdAt, notice.recipientProfileId, toEvent(notice));
    }

    static RecommendationAvailable toEvent(RecommendationNotice n) {
        List<RecommendationAvailable.Reason> reasons = n.reasons == null ? List.of() : n.reasons.stream()
                .map(r -> new RecommendationAvailable.Reason(r.factor, r.contribution, r.detail)).toList();
        return new RecommendationAvailable(UUID.fromString(n.recipientProfileId), n.targetType,
                UUID.fromString(n.targetId), n.score, reasons, n.createdAt);
    }
}
