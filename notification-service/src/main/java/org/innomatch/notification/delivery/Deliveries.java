package org.innomatch.notification.delivery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.Document;
import org.bson.conversions.Bson;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;

/** The deliveries store: idempotent enqueue (the _id is the unique key), claiming due work, recording attempts. */
@ApplicationScoped
public class Deliveries {

    /** Stores the delivery unless one with the same id exists. @return whether it was new */
    public boolean enqueue(Delivery d) {
        d.sortKey = String.format(Locale.ROOT, "%013d-%s", d.createdAt.toEpochMilli(), d.id);
        try {
            collection().insertOne(d);
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    /** Ids of pending deliveries due at {@code now}, oldest first. */
    public List<String> due(Instant now, int limit) {
        return collection().find(Filters.and(Filters.eq("status", Delivery.PENDING), Filters.lte("nextAttemptAt", now)))
                .sort(Sorts.ascending("nextAttemptAt"))
                .limit(limit)
                .map(d -> d.id)
                .into(new ArrayList<>());
    }

    /**
     * Claims a due delivery for this process by moving its next attempt past the lease: another instance's job
     * skips it, and if this process dies the delivery is due again when the lease ends.
     */
    public Optional<Delivery> claim(String id, Instant now, Instant leaseUntil) {
        return Optional.ofNullable(collection().findOneAndUpdate(
                Filters.and(Filters.eq("_id", id), Filters.eq("status", Delivery.PENDING), Filters.lte("nextAttemptAt", now)),
                Updates.set("nextAttemptAt", leaseUntil),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER)));
    }

    public void delivered(Delivery d, Delivery.Attempt attempt) {
        collection().updateOne(Filters.eq("_id", d.id), Updates.combine(
                Updates.set("status", Delivery.DELIVERED), Updates.set("deliveredAt", attempt.at),
                Updates.inc("attempts", 1), Updates.push("log", doc(attempt))));
    }

    public void retryAt(Delivery d, Delivery.Attempt attempt, Instant next) {
        collection().updateOne(Filters.eq("_id", d.id), Updates.combine(
                Updates.set("nextAttemptAt", next), Updates.set("lastError", attempt.error),
                Updates.inc("attempts", 1), Updates.push("log", doc(attempt))));
    }

    public void parked(Delivery d, Delivery.Attempt attempt) {
        Bson update = Updates.combine(Updates.set("status", Delivery.PARKED), Updates.set("lastError", attempt.error),
                Updates.inc("attempts", 1), Updates.push("log", doc(attempt)));
        collection().updateOne(Filters.eq("_id", d.id), update);
    }

    /**
     * Recipients with e-mails whose digest is due at {@code now} (their {@code nextAttemptAt} is the digest time),
     * those waiting longest first; at most as many as {@code limit} e-mails name.
     */
    public List<String> recipientsWithDigestDue(Instant now, int limit) {
        Set<String> recipients = new LinkedHashSet<>();
        collection().find(digestDue(now))
                .sort(Sorts.ascending("nextAttemptAt"))
                .limit(limit)
                .forEach(d -> recipients.add(d.recipientProfileId));
        return List.copyOf(recipients);
    }

    /**
     * Claims the recipient's due digest e-mails for this process, like {@link #claim}: their next attempt moves past
     * the lease, so another instance's job skips them, and if this process dies they are due again when it ends.
     *
     * @return the e-mails claimed, oldest first; none if another instance took them first
     */
    public List<Delivery> claimDigest(String recipientProfileId, Instant now, Instant leaseUntil) {
        String claim = UUID.randomUUID().toString();
        collection().updateMany(Filters.and(digestDue(now), Filters.eq("recipientProfileId", recipientProfileId)),
                Updates.combine(Updates.set("nextAttemptAt", leaseUntil), Updates.set("digestClaim", claim)));
        return collection().find(Filters.and(Filters.eq("digestClaim", claim), Filters.eq("status", Delivery.DIGEST)))
                .sort(Sorts.ascending("createdAt"))
                .into(new ArrayList<>());
    }

    /**
     * Moves the recipient's e-mails waiting for a digest to the digest {@code dueFor} gives their queueing time:
     * what a change of digest time or time zone does to the e-mails queued before it.
     */
    public void rescheduleDigests(String recipientProfileId, UnaryOperator<Instant> dueFor) {
        Bson waiting = Filters.and(Filters.eq("recipientProfileId", recipientProfileId),
                Filters.eq("kind", Delivery.EMAIL), Filters.eq("status", Delivery.DIGEST));
        for (Delivery d : collection().find(waiting).into(new ArrayList<>())) {
            // Only while still waiting: one that a digest run just sent stays sent.
            collection().updateOne(Filters.and(Filters.eq("_id", d.id), Filters.eq("status", Delivery.DIGEST)),
                    Updates.set("nextAttemptAt", dueFor.apply(d.createdAt)));
        }
    }

    private static Bson digestDue(Instant now) {
        return Filters.and(Filters.eq("kind", Delivery.EMAIL), Filters.eq("status", Delivery.DIGEST),
                Filters.lte("nextAttemptAt", now));
    }

    public void digested(List<String> ids, Instant at) {
        collection().updateMany(Filters.and(Filters.in("_id", ids), Filters.eq("status", Delivery.DIGEST)),
                Updates.combine(Updates.set("status", Delivery.DELIVERED), Updates.set("deliveredAt", at)));
    }

    public Optional<Delivery> find(String id) {
        return Optional.ofNullable(collection().find(Filters.eq("_id", id)).first());
    }

    /**
     * Queues a delivered or parked delivery again, due now with a fresh retry window; empty if it is still pending
     * (its retries are running) or gone.
     */
    public Optional<Delivery> resend(String id, Instant now) {
        return Optional.ofNullable(collection().findOneAndUpdate(
                Filters.and(Filters.eq("_id", id), Filters.in("status", Delivery.DELIVERED, Delivery.PARKED)),
                Updates.combine(Updates.set("status", Delivery.PENDING), Updates.set("nextAttemptAt", now),
                        Updates.set("retryWindowFrom", now)),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER)));
    }

    /** A webhook's deliveries, newest first, for the delivery log. */
    public List<Delivery> ofWebhook(String webhookId, String beforeSortKey, int limit) {
        Bson filter = Filters.eq("webhookId", webhookId);
        if (beforeSortKey != null) {
            filter = Filters.and(filter, Filters.lt("sortKey", beforeSortKey));
        }
        return collection().find(filter).sort(Sorts.descending("sortKey")).limit(limit).into(new ArrayList<>());
    }

    /** Erasure: a deleted profile's messages (pending or sent) go with it. */
    public long eraseFor(String profileId) {
        return collection().deleteMany(new Document("recipientProfileId", profileId)).getDeletedCount();
    }

    /** Erasure: the messages (pending or sent) of these notifications. */
    public long eraseOfNotifications(List<String> notificationIds) {
        return notificationIds.isEmpty() ? 0
                : collection().deleteMany(new Document("notificationId", new Document("$in", notificationIds)))
                        .getDeletedCount();
    }

    private static Document doc(Delivery.Attempt a) {
        Document d = new Document("at", java.util.Date.from(a.at)).append("durationMillis", a.durationMillis);
        if (a.statusCode != null) {
            d.append("statusCode", a.statusCode);
        }
        if (a.error != null) {
            d.append("error", a.error);
        }
        return d;
    }

    private static MongoCollection<Delivery> collection() {
        return Delivery.mongoCollection().withDocumentClass(Delivery.class);
    }
}
