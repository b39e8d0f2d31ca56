package org.innomatch.matching.messages;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.bson.conversions.Bson;
import org.innomatch.matching.matches.MutualMatch;
import org.innomatch.matching.meetings.Meeting;
import org.innomatch.matching.meetings.MeetingStatus;
import org.innomatch.matching.publishing.EventPublisher;
import org.innomatch.matching.readmodel.ProfileErased;
import org.innomatch.problems.KeysetCursor;
import org.jboss.logging.Logger;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

import io.quarkus.runtime.StartupEvent;

/**
 * Threads of messages between two profiles, one per pair. A profile may write to another while they have a mutual
 * match that holds (either side a profile or a project's owner) or an agreed meeting (ACCEPTED or SCHEDULED); the
 * history stays readable to both sides after that ends. A message is stored unpublished, then its
 * {@code MessagePosted} is published and flagged; the re-publisher sends what a crash left behind.
 */
@ApplicationScoped
public class MessageService {

    public static final int MAX_LENGTH = 2000;
    private static final Logger LOG = Logger.getLogger(MessageService.class);

    private final EventPublisher publisher;
    private final MessageEvents events;
    private final Clock clock;

    public MessageService(EventPublisher publisher, MessageEvents events, Clock clock) {
        this.publisher = publisher;
        this.events = events;
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent event) {
        Message.mongoCollection().createIndex(Indexes.compoundIndex(Indexes.ascending("threadId"),
                Indexes.descending("postedAt", "_id")), new IndexOptions().name("thread_time"));
        Message.mongoCollection().createIndex(Indexes.ascending("recipientProfileId", "readAt"),
                new IndexOptions().name("recipient_unread"));
        Message.mongoCollection().createIndex(Indexes.ascending("senderProfileId"),
                new IndexOptions().name("sender"));
        Message.mongoCollection().createIndex(Indexes.ascending("published", "postedAt"),
                new IndexOptions().name("unpublished"));
        ThreadEntry.mongoCollection().createIndex(Indexes.compoundIndex(Indexes.ascending("ownerProfileId"),
                Indexes.descending("lastAt", "otherProfileId")), new IndexOptions().name("owner_recent"));
        ThreadEntry.mongoCollection().createIndex(Indexes.ascending("otherProfileId"),
                new IndexOptions().name("other"));
    }

    /** The pair's thread id: the same for (a, b) and (b, a). */
    public static UUID threadIdOf(UUID a, UUID b) {
        String first = a.compareTo(b) <= 0 ? a.toString() : b.toString();
        String second = a.compareTo(b) <= 0 ? b.toString() : a.toString();
        return UUID.nameUUIDFromBytes(("thread|" + first + "|" + second).getBytes(StandardCharsets.UTF_8));
    }

    /** Why {@code from} may not write to {@code to} now; empty if it may. */
    public Optional<String> whyNotAllowed(UUID from, UUID to) {
        String a = from.toString();
        String b = to.toString();
        Bson pair = Filters.or(Filters.and(Filters.eq("firstProfileId", a), Filters.eq("secondProfileId", b)),
                Filters.and(Filters.eq("firstProfileId", b), Filters.eq("secondProfileId", a)));
        if (MutualMatch.mongoCollection().countDocuments(Filters.and(pair, Filters.eq("endedAt", null))) > 0) {
            return Optional.empty();
        }
        Bson meetingPair = Filters.or(
                Filters.and(Filters.eq("requesterProfileId", a), Filters.eq("inviteeProfileId", b)),
                Filters.and(Filters.eq("requesterProfileId", b), Filters.eq("inviteeProfileId", a)));
        List<String> agreed = MeetingStatus.AGREED.stream().map(Enum::name).toList();
        if (Meeting.mongoCollection().countDocuments(Filters.and(meetingPair, Filters.in("status", agreed))) > 0) {
            return Optional.empty();
        }
        return Optional.of("profile " + from + " and profile " + to
                + " have neither a mutual match that holds nor an accepted or scheduled meeting");
    }

    /** Stores the message (text already checked), publishes its event; the caller checked the pair may write. */
    public Message post(UUID from, UUID to, String text) {
        Message m = new Message();
        m.id = UUID.randomUUID().toString();
        m.threadId = threadIdOf(from, to).toString();
        m.senderProfileId = from.toString();
        m.recipientProfileId = to.toString();
        m.text = text;
        // Millisecond precision is what MongoDB keeps, so a re-publish carries exactly the same ce_time.
        m.postedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        m.published = false;
        m.persist();
        touch(m.senderProfileId, m.recipientProfileId, m.threadId, m.postedAt);
        touch(m.recipientProfileId, m.senderProfileId, m.threadId, m.postedAt);
        publisher.publishAndFlag(events, List.of(m));
        return m;
    }

    private static void touch(String owner, String other, String threadId, Instant at) {
        ThreadEntry.mongoCollection().updateOne(Filters.eq("_id", ThreadEntry.idOf(owner, other)),
                Updates.combine(Updates.setOnInsert("ownerProfileId", owner),
                        Updates.setOnInsert("otherProfileId", other), Updates.setOnInsert("threadId", threadId),
                        Updates.max("lastAt", at)),
                new UpdateOptions().upsert(true));
    }

    /** The thread's messages, newest first, after the cursor. */
    public List<Message> messages(UUID me, UUID other, KeysetCursor after, int limit) {
        List<Bson> conditions = new ArrayList<>(List.of(Filters.eq("threadId", threadIdOf(me, other).toString())));
        if (after != null) {
            conditions.add(Filters.or(Filters.lt("postedAt", after.position()), Filters.and(
                    Filters.eq("postedAt", after.position()), Filters.lt("_id", after.id().toString()))));
        }
        return Message.<Message>mongoCollection().find(Filters.and(conditions))
                .sort(Sorts.descending("postedAt", "_id")).limit(limit).into(new ArrayList<>());
    }

    /** The profile's threads, most recently active first, after the cursor. */
    public List<ThreadEntry> threads(UUID owner, KeysetCursor after, int limit) {
        List<Bson> conditions = new ArrayList<>(List.of(Filters.eq("ownerProfileId", owner.toString())));
        if (after != null) {
            conditions.add(Filters.or(Filters.lt("lastAt", after.position()), Filters.and(
                    Filters.eq("lastAt", after.position()), Filters.lt("otherProfileId", after.id().toString()))));
        }
        return ThreadEntry.<ThreadEntry>mongoCollection().find(Filters.and(conditions))
                .sort(Sorts.descending("lastAt", "otherProfileId")).limit(limit).into(new ArrayList<>());
    }

    public Optional<Message> lastOf(String threadId) {
        return Optional.ofNullable(Message.<Message>mongoCollection().find(Filters.eq("threadId", threadId))
                .sort(Sorts.descending("postedAt", "_id")).first());
    }

    public long unread(String threadId, UUID recipient) {
        return Message.mongoCollection().countDocuments(Filters.and(Filters.eq("threadId", threadId),
                Filters.eq("recipientProfileId", recipient.toString()), Filters.eq("readAt", null)));
    }

    /** Marks every message to {@code me} in the thread read; returns how many were unread. */
    public long markRead(UUID me, UUID other) {
        return Message.mongoCollection().updateMany(Filters.and(
                        Filters.eq("threadId", threadIdOf(me, other).toString()),
                        Filters.eq("recipientProfileId", me.toString()), Filters.eq("readAt", null)),
                Updates.set("readAt", clock.instant().truncatedTo(ChronoUnit.MILLIS))).getModifiedCount();
    }

    /** Erases every message to or from the profile, and both sides' threads with it. */
    void onProfileErased(@Observes ProfileErased erased) {
        String id = erased.profileId().toString();
        long messages = Message.mongoCollection().deleteMany(Filters.or(Filters.eq("senderProfileId", id),
                Filters.eq("recipientProfileId", id))).getDeletedCount();
        long threads = ThreadEntry.mongoCollection().deleteMany(Filters.or(Filters.eq("ownerProfileId", id),
                Filters.eq("otherProfileId", id))).getDeletedCount();
        if (messages > 0 || threads > 0) {
            LOG.infof("Profile %s deleted: %d messages and %d thread entries erased", id, messages, threads);
        }
    }
}
