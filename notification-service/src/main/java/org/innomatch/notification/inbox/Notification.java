package org.innomatch.notification.inbox;

import java.time.Instant;

import org.bson.codecs.pojo.annotations.BsonId;

import io.quarkus.mongodb.panache.PanacheMongoEntityBase;
import io.quarkus.mongodb.panache.common.MongoEntity;

/**
 * One notification of a recipient. {@code (eventId, recipientProfileId)} is unique (see
 * {@link Inbox#ensureIndexes()}), so a redelivered event cannot notify anyone twice; the id itself is derived
 * from that pair, so a redelivery also finds the same deliveries (e-mail, webhooks) to enqueue.
 */
@MongoEntity(collection = "notifications")
public class Notification extends PanacheMongoEntityBase {

    @BsonId
    public String id;
    /**
     * The deduplication key: the CloudEvents id of the event that caused it, or for notifications that must fire
     * once per fact whatever event carries it, a key naming the fact (e.g. {@code project-published/<id>}).
     */
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
    /** Increases with every notification of the recipient: the live stream's event id. */
    public long seq;
    /** Shown in the inbox and on the stream (false when the recipient turned the inbox channel off). */
    public Boolean inbox;
    /** Arrived in quiet hours or beyond the daily cap: clients should not ring. */
    public boolean silent;
    /** {@code NONE}, {@code INSTANT} or {@code DIGEST}: what the preferences decided for e-mail. */
    public String email;
    /** Whether partner webhooks get it (the recipient's webhook channel). */
    public boolean webhook;
}
