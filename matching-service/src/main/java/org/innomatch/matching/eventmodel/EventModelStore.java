package org.innomatch.matching.eventmodel;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.innomatch.events.matchmaking.EventUpserted;
import org.innomatch.events.matchmaking.RegistrationChanged;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

/**
 * The events and registrations read model. Upserts are guarded by a filter on the stored version (events) or
 * change time (registrations): when the stored state is newer the filter misses, the upsert tries to insert
 * the same {@code _id} and the duplicate key tells us to drop the stale state. A redelivery is a no-op.
 */
@ApplicationScoped
public class EventModelStore {

    /** Returns whether the state was applied (false: the stored one was the same or newer). */
    public boolean apply(EventUpserted e) {
        List<Document> breaks = e.breaks() == null ? List.of() : e.breaks().stream()
                .filter(b -> b.startsAt() != null && b.endsAt() != null)
                .map(b -> new Document("startsAt", b.startsAt().toInstant())
                        .append("endsAt", b.endsAt().toInstant()).append("label", b.label()))
                .toList();
        Bson update = Updates.combine(
                Updates.set("name", e.name()), Updates.set("city", e.city()), Updates.set("timezone", e.timezone()),
                Updates.set("startsAt", e.startsAt() == null ? null : e.startsAt().toInstant()),
                Updates.set("endsAt", e.endsAt() == null ? null : e.endsAt().toInstant()),
                Updates.set("slotMinutes", e.slotMinutes()), Updates.set("tables", e.tables()),
                Updates.set("status", e.status()), Updates.set("version", e.version()), Updates.set("breaks", breaks));
        return guardedUpsert(EventDefinition.mongoCollection(),
                Filters.and(Filters.eq("_id", e.id().toString()), Filters.lt("version", e.version())), update);
    }

    public boolean apply(RegistrationChanged r) {
        Instant at = r.changedAt() == null ? Instant.EPOCH : r.changedAt();
        Bson update = Updates.combine(Updates.set("eventId", r.eventId().toString()),
                Updates.set("profileId", r.profileId().toString()), Updates.set("status", r.status()),
                Updates.set("changedAt", at), Updates.set("checkedInAt", r.checkedInAt()));
        return guardedUpsert(EventRegistration.mongoCollection(),
                Filters.and(Filters.eq("_id", EventRegistration.idOf(r.eventId(), r.profileId())), Filters.lte("changedAt", at)),
                update);
    }

    private static boolean guardedUpsert(com.mongodb.client.MongoCollection<?> collection, Bson filter, Bson update) {
        try {
            collection.updateOne(filter, update, new UpdateOptions().upsert(true));
            return true;
        } catch (MongoWriteException ex) {
            if (ex.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw ex;
        }
    }

    public Optional<EventDefinition> event(UUID eventId) {
        return EventDefinition.findByIdOptional(eventId.toString());
    }

    public boolean isRegistered(UUID eventId, UUID profileId) {
        Optional<EventRegistration> r = EventRegistration.findByIdOptional(EventRegistration.idOf(eventId, profileId));
        return r.isPresent() && EventRegistration.REGISTERED.equals(r.get().status);
    }

    /** When the profile, registered, was checked in at the venue; empty if it was not. */
    public Optional<Instant> checkedInAt(UUID eventId, UUID profileId) {
        Optional<EventRegistration> r = EventRegistration.findByIdOptional(EventRegistration.idOf(eventId, profileId));
        return r.filter(reg -> EventRegistration.REGISTERED.equals(reg.status)).map(reg -> reg.checkedInAt);
    }

    public List<UUID> registered(UUID eventId) {
        return EventRegistration.<EventRegistration>list("eventId = ?1 and status = ?2", eventId.toString(),
                EventRegistration.REGISTERED).stream().map(r -> UUID.fromString(r.profileId)).toList();
    }
}
