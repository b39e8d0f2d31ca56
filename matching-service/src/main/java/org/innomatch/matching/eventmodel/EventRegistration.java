package org.innomatch.matching.eventmodel;

import java.time.Instant;

import org.bson.codecs.pojo.annotations.BsonId;

import io.quarkus.mongodb.panache.PanacheMongoEntityBase;
import io.quarkus.mongodb.panache.common.MongoEntity;

/** A participant's registration for an event; id {@code eventId|profileId}, newest {@code changedAt} wins. */
@MongoEntity(collection = "event_registrations")
public class EventRegistration extends PanacheMongoEntityBase {

    public static final String REGISTERED = "REGISTERED";

    @BsonId
    public String id;
    public String eventId;
    public String profileId;
    public String status;
    public Instant changedAt;
    /** When the participant was checked in at the venue; null if not (or undone). */
    public Instant checkedInAt;

    static String idOf(Object eventId, Object profileId) {
        return eventId + "|" + profileId;
    }
}
