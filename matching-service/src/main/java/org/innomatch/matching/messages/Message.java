package org.innomatch.matching.messages;

import java.time.Instant;

import org.bson.codecs.pojo.annotations.BsonId;

import io.quarkus.mongodb.panache.PanacheMongoEntityBase;
import io.quarkus.mongodb.panache.common.MongoEntity;

/**
 * One message of a thread between two profiles. {@code published} turns true once Kafka acknowledged its
 * {@code MessagePosted}; {@code readAt} is set when the recipient marks the thread read.
 */
@MongoEntity(collection = "messages")
public class Message extends PanacheMongoEntityBase {

    @BsonId
    public String id;
    public String threadId;
    public String senderProfileId;
    public String recipientProfileId;
    public String text;
    public Instant postedAt;
    public Instant readAt;
    public boolean published;
}
