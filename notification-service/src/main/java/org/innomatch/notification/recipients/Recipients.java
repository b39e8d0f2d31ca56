package org.innomatch.notification.recipients;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.innomatch.events.profiles.ProfileUpserted;

/** The recipients read model. */
@ApplicationScoped
public class Recipients {

    public Optional<Recipient> find(UUID profileId) {
        return profileId == null ? Optional.empty() : Optional.ofNullable(Recipient.findById(profileId.toString()));
    }

    /**
     * Stores the profile's state unless a newer version is already held. Records of one profile share a key and
     * so a partition: they arrive in order, one at a time, so a read-then-write is safe here.
     *
     * @return whether the state was applied
     */
    public boolean applyUpsert(ProfileUpserted profile) {
        Recipient current = Recipient.findById(profile.id().toString());
        if (current != null && current.version > profile.version()) {
            return false;
        }
        Recipient r = current != null ? current : new Recipient();
        r.id = profile.id().toString();
        r.name = profile.name();
        r.languages = profile.languages();
        r.version = profile.version();
        r.updatedAt = Instant.now();
        r.persistOrUpdate();
        return true;
    }

    public void delete(UUID profileId) {
        Recipient.deleteById(profileId.toString());
    }
}
