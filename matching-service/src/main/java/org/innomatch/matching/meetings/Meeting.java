package org.innomatch.matching.meetings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.bson.codecs.pojo.annotations.BsonId;
import org.bson.codecs.pojo.annotations.BsonIgnore;

import io.quarkus.mongodb.panache.PanacheMongoEntityBase;
import io.quarkus.mongodb.panache.common.MongoEntity;

/**
 * A meeting request and, once agreed and scheduled, the meeting. Every change increments {@code revision}
 * and is written only if the stored revision is still the one read (optimistic concurrency: MongoDB here has
 * no transactions); {@code published} turns true once the {@code MeetingChanged} of that revision was acked.
 */
@MongoEntity(collection = "meetings")
public class Meeting extends PanacheMongoEntityBase {

    @BsonId
    public String id;
    public String eventId;
    public String requesterProfileId;
    public String inviteeProfileId;
    public String status;
    /** REQUEST (a participant asked) or MUTUAL_MATCH (added by the scheduler from mutual interest). */
    public String origin;
    public String message;
    public List<Instant> preferredSlots = new ArrayList<>();
    public Instant proposedSlot;
    public String reason;
    public String actorProfileId;
    public Instant createdAt;
    public Instant updatedAt;
    public Instant expiresAt;
    /** When it was accepted, kept after a later cancel (acceptance rate). */
    public Instant acceptedAt;
    public Integer slotIndex;
    public Instant slotStart;
    public Instant slotEnd;
    public Integer table;
    /** TABLE (null in meetings stored before modes), ROOM or ONLINE. */
    public String mode;
    /** The room of a ROOM meeting, if named. */
    public String room;
    /** The https link of an ONLINE meeting (and optionally of a hybrid ROOM one). */
    public String link;
    public boolean locked;
    public double score;
    /** The side that did not come to a NO_SHOW meeting. */
    public String absentProfileId;
    public String requesterOutcome;
    public String inviteeOutcome;
    /** Quota documents held by this meeting ({@link MeetingQuotas}); released when it leaves the state that needs them. */
    public List<String> quotaKeys = new ArrayList<>();
    public long revision;
    public boolean published;

    @BsonIgnore
    public MeetingStatus state() {
        return MeetingStatus.valueOf(status);
    }

    @BsonIgnore
    public MeetingMode meetingMode() {
        return MeetingMode.of(mode);
    }

    @BsonIgnore
    public boolean involves(String profileId) {
        return profileId.equals(requesterProfileId) || profileId.equals(inviteeProfileId);
    }

    @BsonIgnore
    public String otherThan(String profileId) {
        return profileId.equals(requesterProfileId) ? inviteeProfileId : requesterProfileId;
    }
}
