package org.innomatch.profile.profiles;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.innomatch.caller.CallerIdentity;
import org.innomatch.caller.Role;
import org.innomatch.outbox.Outbox;
import org.innomatch.problems.EntityTags;
import org.innomatch.problems.FieldError;
import org.innomatch.problems.MergePatch;
import org.innomatch.problems.Problem;
import org.innomatch.problems.ProblemException;
import org.innomatch.problems.ProblemTypes;
import org.innomatch.profile.contacts.ContactGrants;
import org.innomatch.profile.taxonomy.Taxonomy;

/**
 * Writes profiles and publishes their events through the outbox in the same transaction, so a change is
 * either stored and (eventually) on {@code innomatch.profiles}, or neither.
 */
@ApplicationScoped
public class ProfileService {

    private final ProfileCodeValidator codeValidator;
    private final ProfileSearch search;
    private final ProfileHistory history;
    private final Taxonomy taxonomy;
    private final Outbox outbox;
    private final CallerIdentity caller;
    private final Validator validator;
    private final ObjectMapper mapper;
    private final ContactGrants contactGrants;

    public ProfileService(ProfileCodeValidator codeValidator, ProfileSearch search, ProfileHistory history,
                          Taxonomy taxonomy, Outbox outbox, CallerIdentity caller, Validator validator,
                          ObjectMapper mapper, ContactGrants contactGrants) {
        this.codeValidator = codeValidator;
        this.search = search;
        this.history = history;
        this.taxonomy = taxonomy;
        this.outbox = outbox;
        this.caller = caller;
        this.validator = validator;
        this.mapper = mapper;
        this.contactGrants = contactGrants;
    }

    /** Creates a profile from a request that passed Bean Validation. */
    @Transactional
    public ProfileView create(ProfileRequest request) {
        // A participant already is a profile (its token's subject); profiles are registered by partners and admins.
        caller.caller().requireRole("create profiles", Role.ADMIN, Role.PARTNER);
        ProfileRequest normalized = checkCodesAndNormalize(request);
        Instant now = now();
        Profile profile = new Profile();
        profile.id = UUID.randomUUID();
        profile.ownerPartnerId = caller.partnerId().orElse(null);
        profile.createdAt = now;
        profile.updatedAt = now;
        copy(normalized, profile);
        profile.persist();
        outbox.publish(ProfileEvents.upserted(profile));
        return ProfileView.withContact(profile);
    }

    @Transactional
    public VisibleProfile get(UUID id) {
        Profile profile = findVisible(id);
        return mayManage(profile) || grantedToCaller(profile)
                ? new VisibleProfile(ProfileView.withContact(profile), true)
                : new VisibleProfile(ProfileView.withoutContact(profile), false);
    }

    /** Full replacement; {@code ifMatch} must name the current version. */
    @Transactional
    public ProfileView replace(UUID id, String ifMatch, ProfileRequest request) {
        EntityTags.requirePresent(ifMatch);
        Profile profile = findToManage(id, "change");
        EntityTags.checkIfPresent(ifMatch, profile.version);
        return update(profile, request);
    }

    /** JSON merge patch (RFC 7396) of the profile as written by clients; {@code ifMatch} must name the current version. */
    @Transactional
    public ProfileView patch(UUID id, String ifMatch, JsonNode patch) {
        EntityTags.requirePresent(ifMatch);
        if (patch == null || patch.isMissingNode()) {
            throw ProblemException.badRequest("The body must be a JSON merge patch object");
        }
        if (!patch.isObject()) {
            throw ProblemException.badRequest("The body must be a JSON object: a merge patch that is not an object "
                    + "would replace the whole profile with " + patch.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        Profile profile = findToManage(id, "change");
        EntityTags.checkIfPresent(ifMatch, profile.version);
        JsonNode merged = MergePatch.apply(mapper.valueToTree(ProfileRequest.of(profile)), patch);
        ProfileRequest request = readRequest(merged);
        Set<ConstraintViolation<ProfileRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return update(profile, request);
    }

    /**
     * Erasure: the row and with it every personal detail is deleted, and a tombstone is published so that
     * consumers drop the profile and compaction removes its earlier records from the topic.
     * {@code ifMatch} is optional here; when sent it must name the current version.
     */
    @Transactional
    public void erase(UUID id, String ifMatch) {
        Profile profile = findToManage(id, "erase");
        EntityTags.checkIfPresent(ifMatch, profile.version);
        profile.delete();
        contactGrants.forget(profile.id);
        history.forgetDelivered(profile.id);
        outbox.publish(ProfileEvents.deleted(profile, now()));
    }

    @Transactional
    public ProfilePage search(ProfileFilter filter) {
        ProfileSearch.Page page = search.find(filter.toQuery(taxonomy));
        List<ProfileView> items = page.profiles().stream().map(ProfileView::withoutContact).toList();
        return new ProfilePage(items, page.next() == null ? null : page.next().encode());
    }

    /** Everything stored about the profile, for a data-subject access request. */
    @Transactional
    public ProfileExport export(UUID id) {
        Profile profile = findToManage(id, "export");
        return new ProfileExport(now(), ProfileView.withContact(profile), history.eventsAbout(profile.id));
    }

    private ProfileView update(Profile profile, ProfileRequest request) {
        ProfileRequest normalized = checkCodesAndNormalize(request);
        requireMaySetKind(profile, normalized);
        if (normalized.equals(ProfileRequest.of(profile))) {
            // Nothing changed: no new version, no event.
            return ProfileView.withContact(profile);
        }
        copy(normalized, profile);
        profile.updatedAt = now();
        try {
            // Sets the new version on the entity, which the event must carry.
            profile.flush();
        } catch (OptimisticLockException e) {
            throw ProblemException.preconditionFailed("Profile " + profile.id + " was changed concurrently; "
                    + "read it again and retry with its new ETag");
        }
        outbox.publish(ProfileEvents.upserted(profile));
        return ProfileView.withContact(profile);
    }

    private ProfileRequest checkCodesAndNormalize(ProfileRequest request) {
        List<FieldError> errors = codeValidator.check(request);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return ProfileNormalizer.normalize(request);
    }

    private ProfileRequest readRequest(JsonNode merged) {
        try {
            return mapper.treeToValue(merged, ProfileRequest.class);
        } catch (JsonMappingException e) {
            throw malformedPatch(List.of(FieldError.of(JsonPaths.of(e), "has the wrong JSON type for this field")));
        } catch (JsonProcessingException e) {
            throw malformedPatch(List.of());
        }
    }

    private static ProblemException malformedPatch(List<FieldError> errors) {
        return new ProblemException(new Problem(ProblemTypes.MALFORMED_BODY, "Malformed request body", 400,
                "The merge patch gives a field a value of the wrong JSON type", null, errors, null));
    }

    /**
     * Contact details, changes, export and erasure are for the profile itself, the partner that registered it
     * and admins; contact details also for the other side of a mutual match or accepted meeting (see
     * {@link #grantedToCaller}).
     */
    private boolean mayManage(Profile profile) {
        return caller.caller().mayManage(profile.id.toString(), profile.ownerPartnerId);
    }

    /** Whether the calling participant is the other side of a mutual match or an accepted meeting. */
    private boolean grantedToCaller(Profile profile) {
        return caller.caller().participantProfileId()
                .flatMap(ProfileService::uuid)
                .map(me -> contactGrants.granted(me, profile.id))
                .orElse(false);
    }

    private static Optional<UUID> uuid(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The kind feeds filters and ranking, so it is what the partner or admin that registered the profile says it
     * is: a participant may send its current kind back (any spelling) but not change it.
     */
    private void requireMaySetKind(Profile profile, ProfileRequest normalized) {
        caller.caller().participantProfileId().ifPresent(self -> {
            if (!normalized.kind().equals(profile.kind)) {
                throw ProblemException.forbidden("participant " + self + " may not change the kind of profile "
                        + profile.id + "; its partner or an admin may", FieldError.of("kind",
                        "only partners and admins may change the kind (it is " + profile.kind + ")",
                        normalized.kind()));
            }
        });
    }

    private Profile findToManage(UUID id, String action) {
        Profile profile = findVisible(id);
        caller.caller().requireManage(action, "profile " + id, profile.id.toString(), profile.ownerPartnerId);
        return profile;
    }

    /** A HIDDEN profile does not exist for anyone but itself, its partner and admins: 404, not 403. */
    private Profile findVisible(UUID id) {
        Profile profile = find(id);
        if (Visibility.HIDDEN.name().equals(profile.visibility) && !mayManage(profile)) {
            throw ProblemException.notFound("Profile", id);
        }
        return profile;
    }

    private static Profile find(UUID id) {
        Profile profile = Profile.findById(id);
        if (profile == null) {
            throw ProblemException.notFound("Profile", id);
        }
        return profile;
    }

    private static void copy(ProfileRequest r, Profile p) {
        p.name = r.name();
        p.kind = r.kind();
        p.organization = r.organization();
        p.country = r.country();
        p.sectors = r.sectors();
        p.offers = r.offers();
        p.needs = r.needs();
        p.keywords = r.keywords();
        p.cooperationTypes = r.cooperationTypes();
        p.languages = r.languages();
        ContactDetails contact = r.contact();
        p.contactEmail = contact == null ? null : contact.email();
        p.contactPhone = contact == null ? null : contact.phone();
        p.contactWebsite = contact == null ? null : contact.website();
        p.visibility = r.visibility();
    }

    // PostgreSQL keeps microseconds; the API, the row and the event then show the same instant.
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
