package org.innomatch.matching.eventmodel;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.bson.codecs.pojo.annotations.BsonId;

import io.quarkus.mongodb.panache.PanacheMongoEntityBase;
import io.quarkus.mongodb.panache.common.MongoEntity;

/**
 * A matchmaking event as project-service last published it ({@code EventUpserted}); {@code version} guards
 * against an older state overwriting a newer one. Times are instants; {@code timezone} is the venue's zone.
 */
@MongoEntity(collection = "matchmaking_events")
public class EventDefinition extends PanacheMongoEntityBase {

    @BsonId
    public String id;
    public String name;
    public String city;
    public String timezone;
    public Instant startsAt;
    public Instant endsAt;
    public int slotMinutes;
    public int tables;
    public String status;
    public long version;
    public List<Pause> breaks = new ArrayList<>();

    /** A break in the programme: no meetings in slots that overlap it. */
    public static class Pause {
        public Instant startsAt;
        public Instant endsAt;
        public String label;

        public Pause() {
        }

        public Pause(Instant startsAt, Instant endsAt, String label) {
            this.startsAt = startsAt;
            this.endsAt = endsAt;
            this.label = label;
        }
    }

    public ZoneId zone() {
        return ZoneId.of(timezone);
    }

    public EventSlots slots() {
        return EventSlots.of(this);
    }
}
