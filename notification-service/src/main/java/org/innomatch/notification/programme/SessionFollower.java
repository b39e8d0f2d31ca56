package org.innomatch.notification.programme;

import org.bson.codecs.pojo.annotations.BsonId;

import io.quarkus.mongodb.panache.PanacheMongoEntityBase;
import io.quarkus.mongodb.panache.common.MongoEntity;

/** Who follows which session, from SessionFollowChanged; id {@code <sessionId>/<profileId>}. */
@MongoEntity(collection = "session_followers")
public class SessionFollower extends PanacheMongoEntityBase {

    public static final String FOLLOWING = "FOLLOWING";

    @BsonId
    public String id;
    public String sessionId;
    public String eventId;
    public String profileId;
    public String status;
    public long version;
}
