package org.innomatch.notification.programme;

import java.util.ArrayList;
import java.util.List;

import org.bson.codecs.pojo.annotations.BsonId;

import io.quarkus.mongodb.panache.PanacheMongoEntityBase;
import io.quarkus.mongodb.panache.common.MongoEntity;

/**
 * The last state of a programme session this service handled: what a change is compared with when it does not name
 * its changed fields, and the version below which a change is stale. A deleted session stays, status DELETED, so
 * that a replayed older state cannot bring it back.
 */
@MongoEntity(collection = "programme_sessions")
public class KnownSession extends PanacheMongoEntityBase {

    @BsonId
    public String id;
    public String eventId;
    public String title;
    /** ISO-8601 instants: compared as instants, whatever offset a producer wrote. */
    public String startsAt;
    public String endsAt;
    public String room;
    public String status;
    public List<String> speakerProfileIds = new ArrayList<>();
    public long version;
}
