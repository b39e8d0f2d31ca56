package org.innomatch.notification.recipients;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.Document;
import org.innomatch.events.profiles.ProfileUpserted;

/** The recipients read model. */
@ApplicationScoped
public class Recipients {

    private final Clock clock;

    public Recipients(Clock clock) {
        this.clock = clock;
    }

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
        r.country = profile.country();
        r.sectors = topLevel(profile.sectors());
        r.email = profile.contact() == null ? null : profile.contact().email();
        r.ownerPartnerId = profile.ownerPartnerId();
        r.version = profile.version();
        r.updatedAt = clock.instant();
        r.persistOrUpdate();
        return true;
    }

    /** The profile's name, or its id while the profile is unknown. */
    public String name(UUID profileId) {
        return find(profileId).map(r -> r.name).filter(n -> n != null && !n.isBlank()).orElse(String.valueOf(profileId));
    }

    /** Recipients with at least one of these (top-level) sectors. */
    public List<Recipient> inSectors(List<String> sectors) {
        List<String> roots = topLevel(sectors);
        return roots.isEmpty() ? List.of() : Recipient.list(new Document("sectors", new Document("$in", roots)));
    }

    public static List<String> topLevel(List<String> sectors) {
        return sectors == null ? List.of() : sectors.stream()
                .filter(s -> s != null && !s.isBlank())
                .map(s -> s.split("\\.", 2)[0].trim())
                .distinct()
                .toList();
    }

    public void delete(UUID profileId) {
        Recipient.deleteById(profileId.toString());
    }
}
