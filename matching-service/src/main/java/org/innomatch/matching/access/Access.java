package org.innomatch.matching.access;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

import org.innomatch.caller.Caller;
import org.innomatch.caller.CurrentCaller;
import org.innomatch.caller.Role;
import org.innomatch.matching.index.Candidate;
import org.innomatch.matching.index.CandidateIndex;
import org.innomatch.matching.index.PartnerOwners;
import org.innomatch.matching.index.TargetType;
import org.innomatch.matching.readmodel.FreshReads;
import org.innomatch.problems.ProblemException;

/**
 * Ownership rules of this service (README, "Access"): a participant acts only as its own profile, a partner only
 * for the profiles and projects it created, an admin for anyone. Each check throws a 403 problem. Ownership is
 * read from the read model, so each check first lets it catch up with a profile or project written a moment ago
 * ({@link FreshReads}).
 */
@RequestScoped
public class Access {

    /** OpenAPI: who {@link #requireProfile} refuses. */
    public static final String PROFILE_REFUSED = "A participant, for another participant's profile; "
            + "a partner, for a profile it did not create";
    /** OpenAPI: who {@link #requireProject} refuses. */
    public static final String PROJECT_REFUSED = "A participant, for a project another profile owns; "
            + "a partner, for a project it did not create";

    private final CurrentCaller current;
    private final CandidateIndex index;
    private final PartnerOwners partners;
    private final FreshReads fresh;

    public Access(CurrentCaller current, CandidateIndex index, PartnerOwners partners, FreshReads fresh) {
        this.current = current;
        this.index = index;
        this.partners = partners;
        this.fresh = fresh;
    }

    public Caller caller() {
        return current.get();
    }

    /** The caller may act as (or see privately for) profile {@code profileId}. */
    public void requireProfile(String action, UUID profileId) {
        fresh.awaitIndexed(TargetType.PROFILE, profileId);
        caller().requireManage(action, "profile " + profileId, profileId.toString(),
                partners.of(TargetType.PROFILE, profileId));
    }

    /** Whether the caller may act as (or see privately for) profile {@code profileId}; refuses nothing itself. */
    public boolean mayActFor(UUID profileId) {
        fresh.awaitIndexed(TargetType.PROFILE, profileId);
        return caller().mayManage(profileId.toString(), partners.of(TargetType.PROFILE, profileId));
    }

    /** The caller owns project {@code projectId}: its owner profile, its creating partner, or an admin. */
    public void requireProject(String action, UUID projectId) {
        fresh.awaitIndexed(TargetType.PROJECT, projectId);
        Caller caller = caller();
        if (caller.isAdmin()) {
            return;
        }
        Optional<Candidate> project = index.get(TargetType.PROJECT, projectId);
        if (project.isEmpty()) {
            // Not published (a draft, closed, deleted or unknown id): the lookup answers 404 to everyone alike,
            // where refusing here would tell its owner 403 and a stranger 404.
            return;
        }
        String ownerProfile = project.map(Candidate::ownerProfileId).map(UUID::toString).orElse(null);
        caller.requireManage(action, "project " + projectId, ownerProfile, partners.of(TargetType.PROJECT, projectId));
    }

    /** The caller may act for at least one of the profiles (e.g. either side of a meeting). */
    public void requireAnyProfile(String action, String what, String... profileIds) {
        Caller caller = caller();
        for (String id : profileIds) {
            if (id != null) {
                fresh.awaitIndexed(TargetType.PROFILE, UUID.fromString(id));
            }
            if (id != null && caller.mayManage(id, partners.of(TargetType.PROFILE, UUID.fromString(id)))) {
                return;
            }
        }
        throw ProblemException.forbidden(caller.describe() + " may not " + action + " " + what
                + ": it acts for neither side");
    }

    public void requireAdmin(String action) {
        caller().requireRole(action, Role.ADMIN);
    }
}
