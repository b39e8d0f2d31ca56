package org.innomatch.matching.programme;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.bson.codecs.pojo.annotations.BsonId;

import io.quarkus.mongodb.panache.PanacheMongoEntityBase;
import io.quarkus.mongodb.panache.common.MongoEntity;

/**
 * A session of an event's programme as project-service last published it ({@code SessionChanged}). A DELETED
 * session stays as a tombstone with its version, so that an older state delivered again cannot bring it back;
 * every read leaves tombstones out.
 */
@MongoEntity(collection = "programme_sessions")
public class ProgrammeSession extends PanacheMongoEntityBase {

    public static final String SCHEDULED = "SCHEDULED";
    public static final String CANCELLED = "CANCELLED";
    public static final String DELETED = "DELETED";
    public static final String ROADSHOW_PITCH = "ROADSHOW_PITCH";

    @BsonId
    public String id;
    public String eventId;
    public String kind;
    public String title;
    public String description;
    public Instant startsAt;
    public Instant endsAt;
    public String room;
    public Integer capacity;
    public List<String> speakerProfileIds = new ArrayList<>();
    public String projectId;
    public String status;
    public long version;
    public Instant changedAt;

    public boolean scheduled() {
        return SCHEDULED.equals(status);
    }

    public boolean hasSpeaker(String profileId) {
        return speakerProfileIds != null && speakerProfileIds.contains(profileId);
    }

    /** Whether it takes time out of the event: scheduled, with a start before its end. */
    public boolean occupies() {
        return scheduled() && startsAt != null && endsAt != null && startsAt.isBefore(endsAt);
    }
}
