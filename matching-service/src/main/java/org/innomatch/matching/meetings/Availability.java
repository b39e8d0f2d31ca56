package org.innomatch.matching.meetings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.bson.codecs.pojo.annotations.BsonId;

import io.quarkus.mongodb.panache.PanacheMongoEntityBase;
import io.quarkus.mongodb.panache.common.MongoEntity;

/** The periods a participant cannot attend meetings at an event; id {@code eventId|profileId}. */
@MongoEntity(collection = "meeting_availability")
public class Availability extends PanacheMongoEntityBase {

    @BsonId
    public String id;
    public String eventId;
    public String profileId;
    public List<Period> unavailable = new ArrayList<>();
    public Instant updatedAt;

    public static class Period {
        public Instant from;
        public Instant to;

        public Period() {
        }

        public Period(Instant from, Instant to) {
            this.from = from;
            this.to = to;
        }
    }

    static String idOf(Object eventId, Object profileId) {
        return eventId + "|" + profileId;
    }
}
