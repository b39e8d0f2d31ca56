package org.innomatch.matching.meetings;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.Document;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;

/**
 * Caps enforced by unique {@code _id}s instead of count-then-insert, which two concurrent requests could both
 * pass: a capped thing claims one of the numbered documents {@code kind|event|profile|0 … cap-1}; when all
 * exist the cap is reached. Releasing deletes the claimed document. Also holds the one active meeting per
 * pair ({@code PAIR|event|lo|hi}). Each document names the meeting that claimed it and when;
 * {@link #releaseUnheld} frees those that no active meeting holds (a crash between claiming and storing the
 * meeting, or between a meeting's end and its release).
 */
@ApplicationScoped
public class MeetingQuotas {

    static final String PENDING = "PENDING";
    static final String MEETINGS = "MEETINGS";

    private final MeetingRepository meetings;
    private final Clock clock;

    public MeetingQuotas(MeetingRepository meetings, Clock clock) {
        this.meetings = meetings;
        this.clock = clock;
    }

    private static com.mongodb.client.MongoCollection<Document> collection() {
        return Meeting.mongoDatabase().getCollection("meeting_quotas");
    }

    /** Claims a free numbered document; empty when {@code cap} are taken. */
    public Optional<String> claim(String kind, String eventId, String profileId, int cap, String meetingId) {
        for (int k = 0; k < cap; k++) {
            String key = kind + "|" + eventId + "|" + profileId + "|" + k;
            if (insert(key, meetingId)) {
                return Optional.of(key);
            }
        }
        return Optional.empty();
    }

    public long used(String kind, String eventId, String profileId) {
        String prefix = kind + "|" + eventId + "|" + profileId + "|";
        // '~' sorts after the digits, so this range is exactly the numbered documents of the prefix.
        return collection().countDocuments(Filters.and(Filters.gte("_id", prefix), Filters.lt("_id", prefix + "~")));
    }

    /** Claims the pair; empty if another active meeting holds it (its id is returned by {@link #pairHolder}). */
    public Optional<String> claimPair(String eventId, String a, String b, String meetingId) {
        String key = pairKey(eventId, a, b);
        return insert(key, meetingId) ? Optional.of(key) : Optional.empty();
    }

    public Optional<String> pairHolder(String eventId, String a, String b) {
        Document d = collection().find(Filters.eq("_id", pairKey(eventId, a, b))).first();
        return d == null ? Optional.empty() : Optional.ofNullable(d.getString("meetingId"));
    }

    public void release(Collection<String> keys, String meetingId) {
        if (!keys.isEmpty()) {
            // Only documents this meeting holds: a key re-claimed by another meeting since stays.
            collection().deleteMany(Filters.and(Filters.in("_id", keys), Filters.eq("meetingId", meetingId)));
        }
    }

    /**
     * Deletes the documents claimed before {@code claimedBefore} (or before claims were dated) that no active
     * meeting holds: their meeting does not exist, has ended, or does not list them. A document younger than that
     * may belong to a request still being stored, and is left alone.
     *
     * @return how many were deleted
     */
    public int releaseUnheld(Instant claimedBefore) {
        List<Document> old = collection().find(Filters.or(Filters.lt("claimedAt", Date.from(claimedBefore)),
                Filters.exists("claimedAt", false))).into(new ArrayList<>());
        if (old.isEmpty()) {
            return 0;
        }
        Set<String> meetingIds = new HashSet<>();
        old.forEach(d -> meetingIds.add(d.getString("meetingId")));
        Map<String, Meeting> holders = new HashMap<>();
        meetings.withIds(meetingIds).forEach(m -> holders.put(m.id, m));
        int released = 0;
        for (Document d : old) {
            String key = d.getString("_id");
            Meeting holder = holders.get(d.getString("meetingId"));
            boolean held = holder != null && holder.quotaKeys != null && holder.quotaKeys.contains(key)
                    && isActive(holder.status);
            if (!held) {
                released += (int) collection().deleteOne(Filters.and(Filters.eq("_id", key),
                        Filters.eq("meetingId", d.getString("meetingId")))).getDeletedCount();
            }
        }
        return released;
    }

    private static boolean isActive(String status) {
        try {
            MeetingStatus s = MeetingStatus.valueOf(status);
            return s.isOpen() || s.isAgreed();
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    static String pairKey(String eventId, String a, String b) {
        return a.compareTo(b) <= 0 ? "PAIR|" + eventId + "|" + a + "|" + b : "PAIR|" + eventId + "|" + b + "|" + a;
    }

    private boolean insert(String key, String meetingId) {
        try {
            collection().insertOne(new Document("_id", key).append("meetingId", meetingId)
                    .append("claimedAt", Date.from(clock.instant())));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }
}
