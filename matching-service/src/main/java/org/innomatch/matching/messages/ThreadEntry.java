package org.innomatch.matching.messages;

import java.time.Instant;

import org.bson.codecs.pojo.annotations.BsonId;

import io.quarkus.mongodb.panache.PanacheMongoEntityBase;
import io.quarkus.mongodb.panache.common.MongoEntity;

/**
 * A thread as one side lists it: one document per (owner, other) side, id {@code owner|other}, holding when the
 * thread last changed so the owner's threads page by recency. The last message and the unread count are read from
 * the messages themselves, so they are never out of step.
 */
@MongoEntity(collection = "message_threads")
public class ThreadEntry extends PanacheMongoEntityBase {

    @BsonId
    public String id;
    public String ownerProfileId;
    public String otherProfileId;
    public String threadId;
    public Instant lastAt;

    static String idOf(String owner, String other) {
        return owner + "|" + other;
    }
}
