package org.innomatch.notification.delivery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.bson.codecs.pojo.annotations.BsonId;

import io.quarkus.mongodb.panache.PanacheMongoEntityBase;
import io.quarkus.mongodb.panache.common.MongoEntity;

/**
 * One message to send outside the service (an e-mail or a webhook call), driven from here by {@code DeliveryJob}.
 * The id is derived from what is delivered to whom ({@code email/<notification>},
 * {@code webhook/<webhook>/<notification>}), so enqueueing twice is harmless; it is also the webhook's
 * {@code webhook-id}, the same on every retry.
 */
@MongoEntity(collection = "deliveries")
public class Delivery extends PanacheMongoEntityBase {

    public static final String EMAIL = "EMAIL";
    public static final String WEBHOOK = "WEBHOOK";

    /** Waiting for its next attempt at {@link #nextAttemptAt}. */
    public static final String PENDING = "PENDING";
    /** An e-mail waiting for the recipient's daily digest. */
    public static final String DIGEST = "DIGEST";
    public static final String DELIVERED = "DELIVERED";
    /** Gave up after the retry window (or the target became forbidden): on the dead-letter topic. */
    public static final String PARKED = "PARKED";

    @BsonId
    public String id;
    public String kind;
    public String status;
    public String notificationId;
    public String recipientProfileId;
    public String notificationType;
    /** For webhooks. */
    public String webhookId;
    /** E-mail address or webhook URL. */
    public String target;
    public String subject;
    /** E-mail text, or the webhook's JSON body (signed as is). */
    public String body;
    public int attempts;
    public Instant createdAt;
    /** Where the retry window starts: the creation, or the last manual resend. Null means {@link #createdAt}. */
    public Instant retryWindowFrom;
    /** When to try next; for an e-mail waiting for the digest, when the digest goes (or, once claimed, the lease). */
    public Instant nextAttemptAt;
    public Instant deliveredAt;
    public String lastError;
    /** Which run of the digest job claimed this e-mail last. */
    public String digestClaim;
    /** Newest-first order of the delivery log: zero-padded creation millis, then the id. */
    public String sortKey;
    public List<Attempt> log = new ArrayList<>();

    public Instant retryWindowStart() {
        return retryWindowFrom != null ? retryWindowFrom : createdAt;
    }

    /** One try, as the delivery log shows it. */
    public static class Attempt {
        public Instant at;
        /** The receiver's HTTP status, null when none came back. */
        public Integer statusCode;
        public String error;
        public long durationMillis;
    }
}
