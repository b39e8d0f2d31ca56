package org.innomatch.caller;

import java.util.Objects;
import java.util.Optional;

import org.innomatch.problems.ProblemException;

/**
 * A caller whose internal token this service verified.
 *
 * @param role      what kind of caller it is
 * @param subject   a participant's profile id; a partner's API key id; an admin's subject
 * @param partnerId the partner portal of a partner, null otherwise
 * @param requestId the gateway's request id, for logs
 */
public record Caller(Role role, String subject, String partnerId, String requestId) {

    public Caller {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(subject, "subject");
        if (role == Role.PARTNER && (partnerId == null || partnerId.isBlank())) {
            throw new IllegalArgumentException("a partner caller needs a partner id");
        }
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** The partner portal calling, empty unless the caller is a partner. */
    public Optional<String> partner() {
        return role == Role.PARTNER ? Optional.of(partnerId) : Optional.empty();
    }

    /** The profile the caller is, empty unless the caller is a participant. */
    public Optional<String> participantProfileId() {
        return role == Role.PARTICIPANT ? Optional.of(subject) : Optional.empty();
    }

    /**
     * Whether the caller may change or see privately something owned by the profile {@code ownerProfileId} and
     * created by the partner {@code ownerPartnerId} (either may be null): admins always; a participant if it is
     * that profile; a partner if it created it.
     */
    public boolean mayManage(String ownerProfileId, String ownerPartnerId) {
        return switch (role) {
            case ADMIN -> true;
            case PARTICIPANT -> subject.equals(ownerProfileId);
            case PARTNER -> partnerId.equals(ownerPartnerId);
        };
    }

    /**
     * 403 unless {@link #mayManage}; {@code what} names the thing in the problem, e.g. {@code "profile 6f1c…"}.
     */
    public void requireManage(String action, String what, String ownerProfileId, String ownerPartnerId) {
        if (!mayManage(ownerProfileId, ownerPartnerId)) {
            throw ProblemException.forbidden(describe() + " may not " + action + " " + what + ": "
                    + switch (role) {
                        case PARTICIPANT -> "it belongs to another participant";
                        case PARTNER -> "it was not created by this partner";
                        case ADMIN -> "admins may";
                    });
        }
    }

    /** 403 unless the caller has one of {@code allowed}; {@code action} names what was refused. */
    public void requireRole(String action, Role... allowed) {
        for (Role candidate : allowed) {
            if (candidate == role) {
                return;
            }
        }
        throw ProblemException.forbidden("A " + role.claimValue() + " may not " + action);
    }

    /** E.g. {@code participant 6f1c…} or {@code partner embassy-pl}, for problem details. */
    public String describe() {
        return switch (role) {
            case ADMIN -> "admin " + subject;
            case PARTICIPANT -> "participant " + subject;
            case PARTNER -> "partner " + partnerId;
        };
    }
}
