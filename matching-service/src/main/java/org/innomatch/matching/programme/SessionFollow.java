package org.innomatch.matching.programme;

import java.time.Instant;

import org.bson.codecs.pojo.annotations.BsonId;

import io.quarkus.mongodb.panache.PanacheMongoEntityBase;
import io.quarkus.mongodb.panache.common.MongoEntity;

/**
 * A participant following a session; id {@code sessionId|profileId}. UNFOLLOWED is kept (not deleted) so that its
 * version still drops an older FOLLOWING delivered again.
 */
@MongoEntity(collection = "session_follows")
public class SessionFollow extends PanacheMongoEntityBase {

    public static final String FOLLOWING = "FOLLOWING";

    @BsonId
    public String id;
    public String eventId;
    public String sessionId;
    public String profileId;
    public String status;
    public long version;
    public Instant changedAt;

    static String idOf(Object sessionId, Object profileId) {
        return sessionId + "|" + profileId;
    }
}
