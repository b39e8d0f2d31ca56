package org.innomatch.notification.meetings;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.Document;
import org.innomatch.notification.inbox.Notification;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;

/**
 * The highest {@code MeetingChanged.revision} seen per meeting, so that a state re-published out of order after
 * an outage (a lower revision) notifies no-one. Records of one meeting share a key and so a partition: they are
 * handled one at a time, so a read-then-write is safe.
 */
@ApplicationScoped
public class MeetingRevisions {

    /**
     * Records {@code revision} unless a higher one was seen.
     *
     * @return false when the revision is older than one already seen (the change is stale); true otherwise,
     *         including for events without a revision and for the same revision again (a redelivery or retry)
     */
    public boolean advance(UUID meetingId, Long revision) {
        if (revision == null) {
            return true;
        }
        Document seen = collection().find(Filters.eq("_id", meetingId.toString())).first();
        if (seen != null && ((Number) seen.get("revision")).longValue() > revision) {
            return false;
        }
        collection().replaceOne(Filters.eq("_id", meetingId.toString()),
                new Document("_id", meetingId.toString()).append("revision", revision),
                new ReplaceOptions().upsert(true));
        return true;
    }

    private static MongoCollection<Document> collection() {
        return Notification.mongoDatabase().getCollection("meeting_revisions");
    }
}
