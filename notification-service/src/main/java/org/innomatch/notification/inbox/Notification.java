package org.innomatch.notification.inbox;

import java.time.Instant;

import org.bson.codecs.pojo.annotations.BsonId;

import io.quarkus.mongodb.panache.PanacheMongoEntityBase;
import io.quarkus.mongodb.panache.common.MongoEntity;

/**
 * One notification in a recipient's inbox. {@code (eventId, recipientProfileId)} is unique (see
 * {@link Inbox#ensureIndexes()}), so a redelivered event cannot notify anyone twice.
 */
@MongoEntity(collection = "notifications")
public class Notification extends PanacheMongoEntityBase {

    @BsonId
    public String id;
    /** The CloudEvents id of the event that caused it. */
    public String eventId;
    public String recipientProfileId;
    /** e.g. {@code MATCH_FOUND}. */
    public String type;
    /** The aggregate the notification is about, e.g. the match id. */
    public String subject;
    public String otherProfileId;
    public String language;
    public String title;
    public String body;
    public boolean read;
    public Instant createdAt;
    public Instant readAt;
    /** Newest-first order and cursor: zero-padded creation millis, then the id. */
    public String sortKey;
}
