package org.innomatch.profile.profiles;

import java.time.Instant;

import org.innomatch.events.EventEnvelope;
import org.innomatch.events.EventType;
import org.innomatch.events.profiles.ProfileDeleted;
import org.innomatch.events.profiles.ProfileUpserted;

/** The events this service publishes about profiles. */
final class ProfileEvents {

    static final String SOURCE = "/profile-service";

    private ProfileEvents() {
    }

    /** The full current state; call after the flush that set the new version. */
    static EventEnvelope<ProfileUpserted> upserted(Profile p) {
        ProfileUpserted.Contact contact = p.contactEmail == null && p.contactPhone == null && p.contactWebsite == null
                ? null
                : new ProfileUpserted.Contact(p.contactEmail, p.contactPhone, p.contactWebsite);
        ProfileUpserted data = new ProfileUpserted(p.id, p.name, p.kind, p.organization, p.country, p.sectors,
                p.offers, p.needs, p.keywords, p.cooperationTypes, p.languages, contact, p.visibility,
                p.ownerPartnerId, p.version, p.createdAt, p.updatedAt);
        return EventEnvelope.of(EventType.PROFILE_UPSERTED, SOURCE, p.id.toString(), data);
    }

    /** Goes to innomatch.profiles as a tombstone: compaction then drops the profile's earlier records. */
    static EventEnvelope<ProfileDeleted> deleted(Profile p, Instant deletedAt) {
        return EventEnvelope.of(EventType.PROFILE_DELETED, SOURCE, p.id.toString(), new ProfileDeleted(p.id, deletedAt));
    }
}
