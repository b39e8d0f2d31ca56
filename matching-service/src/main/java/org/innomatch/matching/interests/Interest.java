package org.innomatch.matching.interests;

import java.time.Instant;

import org.bson.codecs.pojo.annotations.BsonId;

import io.quarkus.mongodb.panache.PanacheMongoEntityBase;
import io.quarkus.mongodb.panache.common.MongoEntity;

/**
 * A profile's latest decision about a target. The id is {@code profileId|targetType|targetId}, so the
 * primary key is the uniqueness constraint and a later decision replaces the earlier one.
 */
@MongoEntity(collection = "interests")
public class Interest extends PanacheMongoEntityBase {

    @BsonId
    public String id;
    public String profileId;
    public String targetType;
    public String targetId;
    public String decision;
    public Instant decidedAt;

    public static String idOf(String profileId, String targetType, String targetId) {
        return profileId + "|" + targetType + "|" + targetId;
    }
}
