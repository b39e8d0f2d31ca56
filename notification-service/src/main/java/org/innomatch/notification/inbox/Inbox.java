package org.innomatch.notification.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.innomatch.problems.OpaqueCursor;
import org.innomatch.problems.ProblemException;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;

import io.quarkus.runtime.StartupEvent;

/** The inbox store: idempotent writes, newest-first pages, read state, erasure. */
@ApplicationScoped
public class Inbox {

    private static final Pattern SORT_KEY = Pattern.compile("\\d{13}-[0-9a-f-]{36}");

    private static final Object[] LOCKS = new Object[64];

    static {
        for (int i = 0; i < LOCKS.length; i++) {
            LOCKS[i] = new Object();
        }
    }

    private final Clock clock;
    private volatile boolean indexesReady;

    public Inbox(Clock clock) {
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent event) {
        ensureIndexes();
    }

    /** The unique index that makes delivery idempotent, and the index the inbox pages read. */
    public void ensureIndexes() {
        if (indexesReady) {
            return;
        }
        synchronized (this) {
            if (!indexesReady) {
                collection().createIndex(Indexes.ascending("eventId", "recipientProfileId"),
                        new IndexOptions().unique(true).name("event_recipient_unique"));
                collection().createIndex(Indexes.ascending("recipientProfileId", "sortKey"),
                        new IndexOptions().name("recipient_sort"));
                collection().createIndex(Indexes.ascending("recipientProfileId", "seq"),
                        new IndexOptions().unique(true).name("recipient_seq_unique"));
                indexesReady = true;
            }
        }
    }

    /** The notification's id: derived from its deduplication key and recipient, so a redelivery finds it. */
    public static String idFor(String eventId, String recipientProfileId) {
        return UUID.nameUUIDFromBytes((eventId + "|" + recipientProfileId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /**
     * Stores the notification unless one for the same event and recipient exists, giving it the recipient's next
     * sequence number. Writes for one recipient are serialised in this process, so sequence numbers become
     * visible in increasing order to the live stream's resume query.
     *
     * @return whether it was new
     */
    public boolean add(Notification n) {
        ensureIndexes();
        n.id = idFor(n.eventId, n.recipientProfileId);
        synchronized (LOCKS[Math.floorMod(n.recipientProfileId.hashCode(), LOCKS.length)]) {
            if (collection().find(Filters.eq("_id", n.id)).first() != null) {
                return false;
            }
            Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            n.createdAt = now;
            n.read = false;
            n.sortKey = String.format(Locale.ROOT, "%013d-%s", now.toEpochMilli(), n.id);
            n.seq = nextSeq(n.recipientProfileId);
            try {
                collection().insertOne(n);
                return true;
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                    return false;
                }
                throw e;
            }
        }
    }

    private static long nextSeq(String recipientProfileId) {
        Document counter = counters().findOneAndUpdate(Filters.eq("_id", recipientProfileId), Updates.inc("seq", 1L),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return ((Number) counter.get("seq")).longValue();
    }

    public Optional<Notification> find(String id) {
        return Optional.ofNullable(collection().find(Filters.eq("_id", id)).first());
    }

    /**
     * The recipient's notifications after a sequence number, in sequence order, those kept out of the inbox
     * included (they hold a number): what the live stream reads.
     */
    public List<Notification> sequence(UUID profileId, long seq, int limit) {
        return collection()
                .find(Filters.and(Filters.eq("recipientProfileId", profileId.toString()), Filters.gt("seq", seq)))
                .sort(Sorts.ascending("seq"))
                .limit(limit)
                .into(new ArrayList<>());
    }

    /** How many notifications the recipient got since an instant (the daily cap). */
    public long countSince(String profileId, Instant since) {
        return collection().countDocuments(Filters.and(Filters.eq("recipientProfileId", profileId),
                Filters.gte("createdAt", since)));
    }

    private static Bson visibleTo(UUID profileId) {
        return Filters.and(Filters.eq("recipientProfileId", profileId.toString()), Filters.ne("inbox", false));
    }

    public NotificationPage page(UUID profileId, Boolean unread, String cursor, int limit) {
        List<Bson> filters = new ArrayList<>();
        filters.add(visibleTo(profileId));
        if (unread != null) {
            filters.add(Filters.eq("read", !unread));
        }
        if (cursor != null && !cursor.isBlank()) {
            filters.add(Filters.lt("sortKey", decodeCursor(cursor)));
        }
        List<Notification> found = collection()
                .find(Filters.and(filters))
                .sort(Sorts.descending("sortKey"))
                .limit(limit + 1)
                .into(new ArrayList<>());
        boolean more = found.size() > limit;
        List<Notification> items = more ? found.subList(0, limit) : found;
        String next = more ? encodeCursor(items.get(items.size() - 1).sortKey) : null;
        return new NotificationPage(items.stream().map(NotificationView::of).toList(), next);
    }

    public long unreadCount(UUID profileId) {
        return collection().countDocuments(Filters.and(visibleTo(profileId), Filters.eq("read", false)));
    }

    /** Marks one notification read; reading it again changes nothing. */
    public void markRead(UUID notificationId) {
        var result = collection().updateOne(Filters.eq("_id", notificationId.toString()),
                new Document("$set", new Document("read", true)));
        if (result.getMatchedCount() == 0) {
            throw ProblemException.notFound("Notification", notificationId);
        }
        collection().updateOne(
                Filters.and(Filters.eq("_id", notificationId.toString()), Filters.eq("readAt", null)),
                Updates.set("readAt", java.util.Date.from(clock.instant())));
    }

    public void markAllRead(UUID profileId) {
        collection().updateMany(
                Filters.and(Filters.eq("recipientProfileId", profileId.toString()), Filters.eq("read", false)),
                Updates.combine(Updates.set("read", true),
                        Updates.set("readAt", java.util.Date.from(clock.instant()))));
    }

    /** Erases every notification of a deleted profile. */
    public long eraseFor(UUID profileId) {
        counters().deleteOne(Filters.eq("_id", profileId.toString()));
        return collection().deleteMany(Filters.eq("recipientProfileId", profileId.toString()))
                .getDeletedCount();
    }

    /**
     * Erases the notifications in other profiles' inboxes that name a deleted profile (a match with it, a meeting
     * with it, a recommendation of it): deleted rather than anonymised, since they are about a person who asked
     * to be forgotten and say nothing useful without them.
     *
     * @return the ids of the erased notifications, whose deliveries must go too
     */
    public List<String> eraseAbout(UUID profileId) {
        Bson about = Filters.eq("otherProfileId", profileId.toString());
        List<String> ids = collection().find(about).map(n -> n.id).into(new ArrayList<>());
        if (!ids.isEmpty()) {
            collection().deleteMany(Filters.in("_id", ids));
        }
        return ids;
    }

    private static MongoCollection<Document> counters() {
        return Notification.mongoDatabase().getCollection("notification_counters");
    }

    private static MongoCollection<Notification> collection() {
        return Notification.mongoCollection().withDocumentClass(Notification.class);
    }

    static String encodeCursor(String sortKey) {
        return OpaqueCursor.encode(sortKey);
    }

    static String decodeCursor(String cursor) {
        String key = OpaqueCursor.decode(cursor);
        if (SORT_KEY.matcher(key).matches()) {
            return key;
        }
        throw OpaqueCursor.invalid(cursor);
    }
}
