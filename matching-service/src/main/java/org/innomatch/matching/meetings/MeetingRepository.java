package org.innomatch.matching.meetings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.conversions.Bson;
import org.innomatch.problems.KeysetCursor;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;

import io.quarkus.panache.common.Sort;

/**
 * The {@code meetings} collection. MongoDB here has no transactions, so a change is written only if the stored
 * revision is still the one it was read at ({@link #replaceIfRevision}); the queries use only operators that the
 * embedded Mongo-wire server and a real MongoDB both have.
 */
@ApplicationScoped
public class MeetingRepository {

    private static final List<String> OPEN = List.of(MeetingStatus.PENDING.name(), MeetingStatus.PROPOSED.name());

    public Optional<Meeting> find(String meetingId) {
        return Optional.ofNullable(Meeting.<Meeting>findById(meetingId));
    }

    public List<Meeting> withIds(Collection<String> meetingIds) {
        return Meeting.list("{'_id': {'$in': ?1}}", List.copyOf(meetingIds));
    }

    public void insert(Meeting meeting) {
        meeting.persist();
    }

    /**
     * Replaces the stored meeting with {@code meeting} if the stored revision is {@code expectedRevision};
     * returns whether it did (false: someone changed it meanwhile).
     */
    public boolean replaceIfRevision(Meeting meeting, long expectedRevision) {
        return Meeting.mongoCollection().replaceOne(
                Filters.and(Filters.eq("_id", meeting.id), Filters.eq("revision", expectedRevision)), meeting)
                .getMatchedCount() > 0;
    }

    /** Marks the stored revision as published, unless the meeting changed since. */
    public void markPublished(String meetingId, long revision) {
        Meeting.mongoCollection().updateOne(Filters.and(Filters.eq("_id", meetingId), Filters.eq("revision", revision)),
                Updates.set("published", true));
    }

    /**
     * One page of the event's meetings, oldest request first: of one side when {@code profileId} is given, in one
     * status when {@code status} is, after {@code after}.
     */
    public List<Meeting> pageOfEvent(String eventId, String profileId, MeetingStatus status, KeysetCursor after,
            int limit) {
        List<Bson> conditions = new ArrayList<>(List.of(Filters.eq("eventId", eventId)));
        if (profileId != null) {
            conditions.add(Filters.or(Filters.eq("requesterProfileId", profileId),
                    Filters.eq("inviteeProfileId", profileId)));
        }
        if (status != null) {
            conditions.add(Filters.eq("status", status.name()));
        }
        if (after != null) {
            conditions.add(Filters.or(Filters.gt("createdAt", after.position()), Filters.and(
                    Filters.eq("createdAt", after.position()), Filters.gt("_id", after.id().toString()))));
        }
        return Meeting.<Meeting>mongoCollection().find(Filters.and(conditions))
                .sort(Sorts.ascending("createdAt", "_id")).limit(limit).into(new ArrayList<>());
    }

    /** The event's meetings, oldest request first. */
    public List<Meeting> ofEvent(String eventId) {
        return Meeting.list("eventId", Sort.ascending("createdAt"), eventId);
    }

    /** The event's meetings {@code profileId} is a side of, oldest request first. */
    public List<Meeting> ofEventAndProfile(String eventId, String profileId) {
        return Meeting.list("eventId = ?1 and (requesterProfileId = ?2 or inviteeProfileId = ?2)",
                Sort.ascending("createdAt"), eventId, profileId);
    }

    /** Accepted and scheduled meetings of the event: the scheduler's input. */
    public List<Meeting> agreedOf(String eventId) {
        return Meeting.list("eventId = ?1 and status in ?2", eventId,
                List.of(MeetingStatus.ACCEPTED.name(), MeetingStatus.SCHEDULED.name()));
    }

    /** Scheduled meetings {@code profileId} is a side of, at any event. */
    public List<Meeting> scheduledOf(String profileId) {
        return Meeting.list("(requesterProfileId = ?1 or inviteeProfileId = ?1) and status = ?2", profileId,
                MeetingStatus.SCHEDULED.name());
    }

    /** Unanswered requests whose expiry is at or before {@code now}. */
    public List<Meeting> openDueBy(Instant now) {
        return Meeting.list("status in ?1 and expiresAt <= ?2", OPEN, now);
    }

    /** The requester's unanswered requests at the event whose expiry is at or before {@code now}. */
    public List<Meeting> openDueByOfRequester(String eventId, String requester, Instant now) {
        return Meeting.list("eventId = ?1 and requesterProfileId = ?2 and status in ?3 and expiresAt <= ?4",
                eventId, requester, OPEN, now);
    }

    /** Changes whose MeetingChanged was not acknowledged, oldest change first. */
    public List<Meeting> unpublished() {
        return Meeting.list("published = ?1", Sort.ascending("updatedAt"), false);
    }
}
